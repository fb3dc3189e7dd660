/** Chinese names written in Latin script: pinyin (and common Hong Kong spellings) of surnames, and pinyin syllables. */

export const PINYIN_SURNAMES = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han ' +
    'feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lyu lv lu ding ren shen yao cui ' +
    'zhong tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao mao hao ' +
    'gong shao wan qian dai kong xiang chang wen kang niu ge xing an qi yi qiao pang ni zhuang nie yue zhai zhan ou ' +
    'geng guan lan jiao zuo gan bao ning shang shu ruan ke ji mei tong ling bi shan pei huo tu miao gu sheng qu weng ' +
    'ran you xin chai hua pu teng rao mu ai nong zhuo jian che lian ' +
    'wong chan cheung leung ho ng lam tsang chow yeung kwok lau tse tam lo mak'
  ).split(' '),
);

/** One to three pinyin syllables, tone marks dropped ("wei", "wenchao", "liangwen"). */
export const PINYIN_WORD =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)){1,3}$/;

/** Pairs of pinyin-looking words that are not names. */
export const PINYIN_NOT_NAMES = new Set(['hong kong', 'yin yang', 'feng shui', 'wu tang', 'tai chi', 'kung fu', 'mah jong', 'xi an', 'shang hai']);
