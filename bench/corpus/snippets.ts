import { type Rng, zeroPad } from '../../test/synth/index.js';

/** Filler without personal data: dates, products, shops, cities named alone (not addresses), masked values. */

export function dateZh(rng: Rng): string {
  return `${rng.range(2019, 2025)}年${1 + rng.int(12)}月${1 + rng.int(28)}日`;
}

export function dateIso(rng: Rng): string {
  return `${rng.range(2019, 2025)}-${zeroPad(1 + rng.int(12), 2)}-${zeroPad(1 + rng.int(28), 2)}`;
}

export function clock(rng: Rng, seconds = true): string {
  const hm = `${zeroPad(rng.int(24), 2)}:${zeroPad(rng.int(60), 2)}`;
  return seconds ? `${hm}:${zeroPad(rng.int(60), 2)}` : hm;
}

/** Message times of one conversation: a random start, then a few seconds to an hour between messages. */
export class Conversation {
  private ms: number;

  constructor(private readonly rng: Rng) {
    this.ms = Date.UTC(rng.range(2019, 2025), rng.int(12), 1 + rng.int(28), rng.int(24), rng.int(60), rng.int(60));
  }

  /** `YYYY-MM-DD HH:MM:SS` of the next message. */
  next(): string {
    this.ms += 1000 * (3 + this.rng.int(this.rng.chance(0.8) ? 120 : 3600));
    return new Date(this.ms).toISOString().slice(0, 19).replace('T', ' ');
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function dateEn(rng: Rng): string {
  return rng.chance(0.5)
    ? `${MONTHS[rng.int(12)]} ${1 + rng.int(28)}, ${rng.range(2019, 2025)}`
    : `${1 + rng.int(28)} ${MONTHS[rng.int(12)]} ${rng.range(2019, 2025)}`;
}

export const CITIES_ZH = ['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '南京', '西安', '重庆', '苏州', '郑州', '长沙', '天津', '青岛', '厦门', '合肥', '昆明'];
export const PRODUCTS_ZH = [
  '无线蓝牙耳机', '加厚羽绒服', '儿童保温杯', '智能手环', '纯棉四件套', '有机大米5kg', '机械键盘', '空气炸锅', '护肝片', '猫粮10斤装',
  '运动跑鞋', '电动牙刷', '蚕丝面膜', '笔记本电脑支架', '婴儿纸尿裤', '茶叶礼盒', '车载充电器', '手机壳', '洗衣凝珠', '养生壶',
];
export const SHOPS_ZH = ['京东', '淘宝', '天猫', '拼多多', '唯品会', '抖音商城', '苏宁易购', '美团优选'];
export const COMPANIES_ZH = ['深圳市腾达科技有限公司', '杭州云栖网络技术有限公司', '北京华信通达物流有限公司', '上海浦江数据服务有限公司', '广州市百顺贸易有限公司', '成都天府软件园有限公司'];
export const HOSPITALS_ZH = ['北京协和医院', '复旦大学附属中山医院', '四川大学华西医院', '中山大学附属第一医院', '浙江大学医学院附属第一医院', '武汉同济医院'];
export const DEPARTMENTS_ZH = ['心内科', '呼吸内科', '消化内科', '骨科', '神经内科', '儿科', '妇产科', '皮肤科', '内分泌科', '急诊科'];
export const COMPANIES_EN = ['Acme Corp', 'Globex Inc.', 'Initech', 'Northwind Traders', 'Contoso Ltd', 'Umbrella Health', 'Blue River Bank', 'Stark Logistics'];
export const TITLES_EN = ['Customer Success Manager', 'Account Executive', 'HR Generalist', 'Support Engineer', 'Payroll Specialist', 'Office Manager', 'Senior Analyst'];

export type MaskedKind = 'name' | 'phone' | 'id' | 'card';

/** A value with its middle hidden, as printed on receipts and waybills: not itself personal data. */
export function masked(rng: Rng, kind: MaskedKind = rng.pick(['name', 'phone', 'id', 'card'] as const)): string {
  switch (kind) {
    case 'phone': return `1${rng.range(30, 99)}****${zeroPad(rng.int(10000), 4)}`;
    case 'id': return `${rng.range(110000, 659000)}********${zeroPad(rng.int(10000), 4)}`;
    case 'card': return `**** **** **** ${zeroPad(rng.int(10000), 4)}`;
    case 'name': return `${rng.pick(['张', '李', '王', '刘', '陈'])}*${rng.chance(0.5) ? '*' : ''}`;
  }
}

export function lastFour(rng: Rng): string {
  return zeroPad(rng.int(10000), 4);
}
