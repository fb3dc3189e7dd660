import type { SeededRandom } from './random.js';

/** A demo person's name in Chinese characters and in pinyin (for Latin-script columns, e-mails and usernames). */
export interface DemoName {
  han: string;
  surname: string;
  /** Pinyin of the given name, syllables joined: `xiaoyu`. */
  given: string;
}

/** "字pinyin" entries split into [characters, pinyin]. */
function table(entries: string): [string, string][] {
  return entries.split(' ').map((entry) => {
    const at = entry.search(/[a-z]/);
    return [entry.slice(0, at), entry.slice(at)];
  });
}

// Most frequent first: `frequent` below draws the front of the table more often, as in a real population.
const SURNAMES = table(
  '王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin ' +
    '罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan ' +
    '蒋jiang 蔡cai 杜du 叶ye 程cheng 苏su 魏wei 吕lyu 丁ding 任ren 沈shen 姚yao 卢lu 崔cui 钟zhong 谭tan 范fan 金jin 廖liao ' +
    '贾jia 夏xia 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 薛xue 雷lei 侯hou 龙long 陶tao 贺he 顾gu 毛mao 郝hao 龚gong ' +
    '邵shao 钱qian 严yan 戴dai 孔kong 汤tang 温wen 康kang 欧阳ouyang 司马sima 上官shangguan',
);
const MALE_GIVEN = table(
  '伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 明ming 超chao 刚gang 建jian 辉hui 鹏peng 斌bin 宇yu 浩hao 凯kai 博bo ' +
    '睿rui 俊jun 志zhi 海hai 东dong 亮liang 龙long 飞fei 波bo 昊hao 泽ze 铭ming 振zhen 德de 庆qing 永yong 国guo 轩xuan',
);
const FEMALE_GIVEN = table(
  '芳fang 娜na 敏min 静jing 丽li 艳yan 娟juan 秀xiu 霞xia 玲ling 婷ting 欣xin 雪xue 琳lin 怡yi 佳jia 倩qian 颖ying 琪qi ' +
    '瑶yao 雨yu 燕yan 梅mei 莉li 慧hui 婧jing 诗shi 雅ya 雯wen 楠nan 彤tong 悦yue 萱xuan 晴qing 蕾lei 璐lu',
);
const SHARED_GIVEN = table('晓xiao 小xiao 子zi 思si 嘉jia 文wen 一yi 天tian 春chun 秋qiu 晨chen 新xin 宁ning 欢huan');

/** An index in [0, n) that favours the front: the frequent surnames come up far more often. */
function frequent(random: SeededRandom, n: number): number {
  return Math.floor(n * (random.next() / 2 ** 32) ** 2);
}

export function chineseName(random: SeededRandom, male: boolean): DemoName {
  const [surnameHan, surname] = SURNAMES[frequent(random, SURNAMES.length)];
  const own = male ? MALE_GIVEN : FEMALE_GIVEN;
  const parts = random.chance(0.35) ? [random.pick(own)] : [random.pick(random.chance(0.5) ? SHARED_GIVEN : own), random.pick(own)];
  return { han: surnameHan + parts.map(([han]) => han).join(''), surname, given: parts.map(([, pinyin]) => pinyin).join('') };
}

const capital = (word: string) => word[0].toUpperCase() + word.slice(1);

/** The name in Latin script as forms and profiles write it: `Zhang Xiaoyu`. */
export function latinName(name: DemoName): string {
  return `${capital(name.surname)} ${capital(name.given)}`;
}

/** The name as an airline ticket writes it: `ZHANG/XIAOYU`. */
export function ticketName(name: DemoName): string {
  return `${name.surname}/${name.given}`.toUpperCase();
}
