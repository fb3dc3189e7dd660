import { CN_ADDRESS_LABELS } from '../data/cn-address-terms.js';
import type { Recognizer, ScanState } from '../types.js';
import { inColumn } from './column-context.js';
import { divisionAt, divisionEndingAt } from './cn-division-index.js';
import { type Parsed, isStop, parseAddress } from './zh-address-grammar.js';
import { ADDRESS_LABEL, ADDRESS_VERB, zhKeywords } from './zh-keywords.js';
import { isCjk } from './zh-name.js';

const NAME = 'zh-address';
/** How far back from a road number the road name may start. */
const NAME_REACH = 10;

const enum Context {
  None = 0,
  Verb = 1,
  Label = 2,
}

/** What may follow an address keyword before the address itself. */
const KEYWORD_TAIL = /[ \t\u3000]*["'”]?[ \t\u3000]*(?:[:：=][ \t\u3000]*["'“]?[ \t\u3000]*)?(?:是|为|在)?/y;
const COLUMN_WORDS = CN_ADDRESS_LABELS.map((w) => w.toLowerCase());
/** Administrative suffixes: each may end a division name found in the gazetteer. */
const DIVISION_END = /[省市区县旗州盟]/g;
/** Road suffixes before a house number ("科技园路1号"; 胡同 is found by its 同). */
const ROAD_ENDS = new Set('路街道巷弄同村里');
/** Units after a building number ("阳光花园3栋"). */
const BUILDING_MARKS = ['栋', '幢', '单元'];
const isDigit = (code: number) => (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);

/** Where the house or building number ending at `end` starts ("12" or "12-3" before 号); `end` when there is none. */
function numberBefore(text: string, end: number): number {
  let at = end;
  while (at > 0 && end - at < 11 && (isDigit(text.charCodeAt(at - 1)) || text[at - 1] === '-' || text[at - 1] === '－')) at--;
  while (at < end && !isDigit(text.charCodeAt(at))) at++; // a leading dash is not part of the number
  return at;
}

/** Where the road or estate named just before `nameEnd` starts: at a division name if one is near, else after prose. */
function nameStart(text: string, nameEnd: number): number {
  let from = nameEnd;
  while (from > nameEnd - NAME_REACH && from > 0 && isCjk(text.charCodeAt(from - 1)) && !isStop(text[from - 1])) from--;
  for (let at = from; at < nameEnd - 1; at++) if (divisionAt(text, at)) return at;
  return from;
}

function candidates(scan: ScanState): Map<number, Context> {
  const { text } = scan;
  const found = new Map<number, Context>();
  const add = (start: number, context: Context) => found.set(start, Math.max(found.get(start) ?? Context.None, context));
  for (const { end, kind } of zhKeywords(scan)) {
    if ((kind & (ADDRESS_LABEL | ADDRESS_VERB)) === 0) continue;
    KEYWORD_TAIL.lastIndex = end;
    add(end + KEYWORD_TAIL.exec(text)![0].length, kind & ADDRESS_LABEL ? Context.Label : Context.Verb);
  }
  if (inColumn(scan, COLUMN_WORDS)) add(text.length - text.trimStart().length, Context.Label);
  DIVISION_END.lastIndex = 0;
  for (let m = DIVISION_END.exec(text); m !== null; m = DIVISION_END.exec(text)) {
    let division = divisionEndingAt(text, m.index + 1);
    if (!division) continue;
    let start = division.start;
    for (let hops = 0; hops < 3 && (division = divisionEndingAt(text, start)); hops++) start = division.start;
    add(start, Context.None);
  }
  // Numbered anchors are found with indexOf: a regex starting with a digit is slow on text dense with numbers.
  const addNamed = (nameEnd: number) => {
    const start = nameStart(text, nameEnd);
    if (start < nameEnd) add(start, Context.None);
  };
  for (let at = text.indexOf('号'); at >= 0; at = text.indexOf('号', at + 1)) {
    const digits = numberBefore(text, at);
    if (digits < at && digits > 0 && ROAD_ENDS.has(text[digits - 1])) addNamed(digits - 1); // the road suffix is part of the name
  }
  for (const mark of BUILDING_MARKS) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      const digits = numberBefore(text, at);
      if (digits < at) addNamed(digits);
    }
  }
  return found;
}

function score(parsed: Parsed, context: Context): number {
  if (parsed.parts === 0) {
    const enough = context === Context.Label ? parsed.divisions >= 1 : context === Context.Verb && parsed.divisions >= 2;
    return enough ? 0.8 : 0;
  }
  if (context !== Context.None) return 0.9;
  return parsed.divisions > 0 ? 0.85 : 0.7;
}

/** Chinese postal addresses: the division gazetteer plus road, estate and unit grammar. */
export const zhAddressRecognizer: Recognizer = {
  name: NAME,
  types: ['ADDRESS'],
  languages: ['zh'],
  find(scan) {
    if (!scan.wants('ADDRESS')) return;
    const starts = [...candidates(scan)].sort((a, b) => a[0] - b[0]);
    let covered = 0;
    for (const [start, context] of starts) {
      if (start < covered) continue;
      const parsed = parseAddress(scan.text, start);
      const value = score(parsed, context);
      if (value === 0) continue;
      scan.add('ADDRESS', start, parsed.end, value, NAME);
      covered = parsed.end;
    }
  },
  examples: {
    positive: [
      {
        text: '收货地址：广东省深圳市南山区科技园路1号腾讯大厦3栋2单元1201室，电话',
        type: 'ADDRESS',
        value: '广东省深圳市南山区科技园路1号腾讯大厦3栋2单元1201室',
      },
      { text: '寄到北京市朝阳区建国路88号，谢谢', type: 'ADDRESS', value: '北京市朝阳区建国路88号' },
      { text: '住址：浙江省杭州市西湖区文三路478号', type: 'ADDRESS', value: '浙江省杭州市西湖区文三路478号' },
      { text: '我家在阳光花园3栋1201，有空来玩', type: 'ADDRESS', value: '阳光花园3栋1201' },
      { text: '籍贯：湖南省长沙市', type: 'ADDRESS', value: '湖南省长沙市' },
      { text: '张伟,13800138000,江苏省南京市鼓楼区中山北路100号', type: 'ADDRESS', value: '江苏省南京市鼓楼区中山北路100号' },
    ],
    negative: ['我在北京工作', '深圳市政府发布通知', '广东省深圳市南山区', '地址不详，请核实', '2024年3月5号开会', '第2单元的课文'],
  },
};
