import type { Rng } from './rng.js';

/** Personal names: Chinese (common and compound surnames, one- or two-character given names) and English. */

/** Surnames with their pinyin, most frequent first; picked with a bias toward the front. */
const ZH_SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'],
  ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'],
  ['何', 'he'], ['高', 'gao'], ['林', 'lin'], ['罗', 'luo'], ['郑', 'zheng'], ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'],
  ['唐', 'tang'], ['许', 'xu'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'],
  ['肖', 'xiao'], ['田', 'tian'], ['董', 'dong'], ['袁', 'yuan'], ['潘', 'pan'], ['于', 'yu'], ['蒋', 'jiang'], ['蔡', 'cai'],
  ['余', 'yu'], ['杜', 'du'], ['叶', 'ye'], ['程', 'cheng'], ['苏', 'su'], ['魏', 'wei'], ['吕', 'lv'], ['丁', 'ding'],
  ['任', 'ren'], ['沈', 'shen'], ['姚', 'yao'], ['卢', 'lu'], ['姜', 'jiang'], ['崔', 'cui'], ['钟', 'zhong'], ['谭', 'tan'],
  ['陆', 'lu'], ['汪', 'wang'], ['范', 'fan'], ['金', 'jin'], ['石', 'shi'], ['廖', 'liao'], ['贾', 'jia'], ['夏', 'xia'],
  ['韦', 'wei'], ['付', 'fu'], ['方', 'fang'], ['白', 'bai'], ['邹', 'zou'], ['孟', 'meng'], ['熊', 'xiong'], ['秦', 'qin'],
  ['邱', 'qiu'], ['江', 'jiang'], ['尹', 'yin'], ['薛', 'xue'], ['闫', 'yan'], ['段', 'duan'], ['雷', 'lei'], ['侯', 'hou'],
  ['龙', 'long'], ['史', 'shi'], ['陶', 'tao'], ['黎', 'li'], ['贺', 'he'], ['顾', 'gu'], ['毛', 'mao'], ['郝', 'hao'],
  ['龚', 'gong'], ['邵', 'shao'], ['万', 'wan'], ['钱', 'qian'], ['严', 'yan'], ['覃', 'qin'], ['武', 'wu'], ['戴', 'dai'],
  ['莫', 'mo'], ['孔', 'kong'], ['向', 'xiang'], ['汤', 'tang'], ['常', 'chang'], ['温', 'wen'], ['康', 'kang'], ['施', 'shi'],
  ['文', 'wen'], ['牛', 'niu'], ['樊', 'fan'], ['葛', 'ge'], ['邢', 'xing'], ['安', 'an'], ['齐', 'qi'], ['易', 'yi'],
  ['乔', 'qiao'], ['伍', 'wu'], ['庞', 'pang'], ['颜', 'yan'], ['倪', 'ni'], ['庄', 'zhuang'], ['聂', 'nie'], ['章', 'zhang'],
  ['鲁', 'lu'], ['岳', 'yue'], ['翟', 'zhai'], ['殷', 'yin'], ['詹', 'zhan'], ['申', 'shen'], ['欧', 'ou'], ['耿', 'geng'],
  ['关', 'guan'], ['兰', 'lan'], ['焦', 'jiao'], ['俞', 'yu'], ['左', 'zuo'], ['柳', 'liu'], ['甘', 'gan'], ['祝', 'zhu'],
  ['包', 'bao'], ['宁', 'ning'], ['尚', 'shang'], ['符', 'fu'], ['舒', 'shu'], ['阮', 'ruan'], ['柯', 'ke'], ['纪', 'ji'],
  ['梅', 'mei'], ['童', 'tong'], ['凌', 'ling'], ['毕', 'bi'], ['单', 'shan'], ['季', 'ji'], ['裴', 'pei'], ['霍', 'huo'],
  ['涂', 'tu'], ['成', 'cheng'], ['苗', 'miao'], ['谷', 'gu'], ['盛', 'sheng'], ['曲', 'qu'], ['翁', 'weng'], ['冉', 'ran'],
  ['骆', 'luo'], ['蓝', 'lan'], ['路', 'lu'], ['游', 'you'], ['辛', 'xin'], ['靳', 'jin'], ['管', 'guan'], ['柴', 'chai'],
];

const ZH_COMPOUND_SURNAMES: readonly (readonly [string, string])[] = [
  ['欧阳', 'ouyang'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['上官', 'shangguan'], ['东方', 'dongfang'], ['慕容', 'murong'],
  ['皇甫', 'huangfu'], ['尉迟', 'yuchi'], ['公孙', 'gongsun'], ['令狐', 'linghu'], ['夏侯', 'xiahou'], ['长孙', 'zhangsun'],
  ['宇文', 'yuwen'], ['司徒', 'situ'], ['端木', 'duanmu'], ['申屠', 'shentu'], ['南宫', 'nangong'], ['西门', 'ximen'],
];

/** Characters common in given names, with pinyin. */
const ZH_GIVEN: readonly (readonly [string, string])[] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'],
  ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'],
  ['超', 'chao'], ['秀', 'xiu'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['桂', 'gui'], ['英', 'ying'], ['华', 'hua'],
  ['建', 'jian'], ['国', 'guo'], ['文', 'wen'], ['辉', 'hui'], ['玲', 'ling'], ['鹏', 'peng'], ['斌', 'bin'], ['宇', 'yu'],
  ['浩', 'hao'], ['凯', 'kai'], ['婷', 'ting'], ['欣', 'xin'], ['雪', 'xue'], ['琳', 'lin'], ['晨', 'chen'], ['阳', 'yang'],
  ['子', 'zi'], ['梓', 'zi'], ['涵', 'han'], ['轩', 'xuan'], ['博', 'bo'], ['睿', 'rui'], ['思', 'si'], ['佳', 'jia'],
  ['怡', 'yi'], ['嘉', 'jia'], ['俊', 'jun'], ['志', 'zhi'], ['海', 'hai'], ['晓', 'xiao'], ['红', 'hong'], ['小', 'xiao'],
  ['东', 'dong'], ['春', 'chun'], ['秋', 'qiu'], ['兰', 'lan'], ['萍', 'ping'], ['燕', 'yan'], ['梅', 'mei'], ['莉', 'li'],
  ['倩', 'qian'], ['颖', 'ying'], ['琪', 'qi'], ['瑶', 'yao'], ['雨', 'yu'], ['欢', 'huan'], ['亮', 'liang'], ['成', 'cheng'],
  ['龙', 'long'], ['飞', 'fei'], ['鑫', 'xin'], ['波', 'bo'], ['宁', 'ning'], ['丹', 'dan'], ['蕾', 'lei'], ['璐', 'lu'],
  ['晶', 'jing'], ['慧', 'hui'], ['婧', 'jing'], ['昊', 'hao'], ['泽', 'ze'], ['铭', 'ming'], ['诗', 'shi'], ['雅', 'ya'],
  ['一', 'yi'], ['天', 'tian'], ['振', 'zhen'], ['德', 'de'], ['庆', 'qing'], ['福', 'fu'], ['荣', 'rong'], ['永', 'yong'],
  ['新', 'xin'], ['卫', 'wei'], ['光', 'guang'], ['雯', 'wen'], ['楠', 'nan'], ['彤', 'tong'], ['悦', 'yue'], ['然', 'ran'],
];

export interface ZhName {
  name: string;
  surname: string;
  /** Lower-case pinyin, surname first: ['zhang', 'wei'] */
  pinyin: readonly string[];
}

/** Index biased toward 0: the frequent surnames come up much more often. */
function biased(rng: Rng, n: number): number {
  const u = rng.float();
  return Math.floor(u * u * n);
}

export function zhName(rng: Rng): ZhName {
  const [surname, sp] = rng.chance(0.03)
    ? ZH_COMPOUND_SURNAMES[rng.int(ZH_COMPOUND_SURNAMES.length)]
    : ZH_SURNAMES[biased(rng, ZH_SURNAMES.length)];
  const [g1, p1] = ZH_GIVEN[rng.int(ZH_GIVEN.length)];
  if (rng.chance(0.3)) return { name: surname + g1, surname, pinyin: [sp, p1] };
  const [g2, p2] = ZH_GIVEN[rng.int(ZH_GIVEN.length)];
  return { name: surname + g1 + g2, surname, pinyin: [sp, p1 + p2] };
}

const EN_FIRST = [
  'James', 'Robert', 'John', 'Michael', 'David', 'William', 'Richard', 'Joseph', 'Thomas', 'Charles', 'Christopher', 'Daniel',
  'Matthew', 'Anthony', 'Mark', 'Donald', 'Steven', 'Paul', 'Andrew', 'Joshua', 'Kenneth', 'Kevin', 'Brian', 'George',
  'Timothy', 'Ronald', 'Edward', 'Jason', 'Jeffrey', 'Ryan', 'Jacob', 'Gary', 'Nicholas', 'Eric', 'Jonathan', 'Stephen',
  'Larry', 'Justin', 'Scott', 'Brandon', 'Benjamin', 'Samuel', 'Gregory', 'Alexander', 'Patrick', 'Frank', 'Raymond', 'Jack',
  'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Lisa', 'Nancy',
  'Betty', 'Margaret', 'Sandra', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle', 'Carol', 'Amanda', 'Melissa', 'Deborah',
  'Stephanie', 'Rebecca', 'Sharon', 'Laura', 'Cynthia', 'Kathleen', 'Amy', 'Angela', 'Shirley', 'Anna', 'Brenda', 'Pamela',
  'Emma', 'Nicole', 'Helen', 'Samantha', 'Katherine', 'Christine', 'Olivia', 'Sophia', 'Chloe', 'Grace', 'Hannah', 'Zoe',
];

const EN_LAST = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
  'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson',
  'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright',
  'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell',
  'Mitchell', 'Carter', 'Roberts', 'Gomez', 'Phillips', 'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz', 'Edwards', 'Collins',
  'Reyes', 'Stewart', 'Morris', 'Morales', 'Murphy', 'Cook', 'Rogers', 'Gutierrez', 'Ortiz', 'Morgan', 'Cooper', 'Peterson',
  'Bailey', 'Reed', 'Kelly', 'Howard', 'Ramos', 'Kim', 'Cox', 'Ward', 'Richardson', 'Watson', 'Brooks', 'Chavez', 'Wood',
  "O'Brien", 'McDonald', 'Fitzgerald', 'Sullivan', 'Schmidt', 'Müller', 'Kowalski', 'Novak', 'Dubois', 'Rossi', 'Chen', 'Wang',
];

const EN_MIDDLE_INITIALS = 'ABCDEFGHJKLMNPRSTW';

export interface EnName {
  first: string;
  last: string;
  /** The full name as written: "Emily Johnson", "Robert J. Brown". */
  name: string;
}

export function enName(rng: Rng): EnName {
  const first = EN_FIRST[rng.int(EN_FIRST.length)];
  const last = EN_LAST[rng.int(EN_LAST.length)];
  const name = rng.chance(0.1) ? `${first} ${EN_MIDDLE_INITIALS[rng.int(EN_MIDDLE_INITIALS.length)]}. ${last}` : `${first} ${last}`;
  return { first, last, name };
}

/** Romanised Chinese name as used in English text or Latin-only systems: "Wei Zhang", "ZHANG Wei". */
export function zhNameLatin(rng: Rng): string {
  const { pinyin } = zhName(rng);
  const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
  return rng.chance(0.7) ? `${cap(pinyin[1])} ${cap(pinyin[0])}` : `${pinyin[0].toUpperCase()} ${cap(pinyin[1])}`;
}
