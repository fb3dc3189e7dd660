import { CN_ADDRESS_LABELS } from '../data/cn-address-terms.js';
import type { Recognizer, ScanState } from '../types.js';
import { inColumn } from './column-context.js';
import { divisionAt, divisionStartBefore } from './cn-division-index.js';
import { type Parsed, isStopCode, parseAddress } from './zh-address-grammar.js';
import { stickyEnd } from './sticky.js';
import { ADDRESS_LABEL, ADDRESS_VERB, zhIndex } from './zh-keywords.js';
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
/** Road suffixes before a house number ("科技园路1号"; 胡同 is found by its 同). */
const ROAD_ENDS = new Uint8Array(65536);
for (const ch of '路街道巷弄同村里') ROAD_ENDS[ch.charCodeAt(0)] = 1;
const isDigit = (code: number) => (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
const isDash = (code: number) => code === 45 || code === 0xff0d;

/** Where the house or building number ending at `end` starts ("12" or "12-3" before 号); `end` when there is none. */
function numberBefore(text: string, end: number): number {
  let at = end;
  while (at > 0 && end - at < 11 && (isDigit(text.charCodeAt(at - 1)) || isDash(text.charCodeAt(at - 1)))) at--;
  while (at < end && !isDigit(text.charCodeAt(at))) at++; // a leading dash is not part of the number
  return at;
}

/** Where the road or estate named just before `nameEnd` starts: at a division name if one is near, else after prose. */
function nameStart(text: string, nameEnd: number): number {
  let from = nameEnd;
  while (from > nameEnd - NAME_REACH && from > 0 && isCjk(text.charCodeAt(from - 1)) && !isStopCode(text.charCodeAt(from - 1))) from--;
  for (let at = from; at < nameEnd - 1; at++) if (divisionAt(text, at)) return at;
  return from;
}

/**
 * Where an address may start, each with the context seen there, packed as `start * 4 + context` so that one numeric
 * sort orders them by start and puts the strongest context of a start last.
 */
/** Where address starts are packed and sorted, reused from text to text (unless a text needed a very large one). */
const BUFFER_SIZE = 256;
const LARGEST_KEPT = 65536;
let buffer = new Float64Array(BUFFER_SIZE);
const NO_STARTS = new Float64Array(0);

class Starts {
  count = 0;

  add(start: number, context: Context): void {
    if (this.count === buffer.length) {
      const grown = new Float64Array(buffer.length * 2);
      grown.set(buffer);
      buffer = grown;
    }
    buffer[this.count++] = start * 4 + context;
  }

  /**
   * The packed starts in text order (a typed array sorts numbers natively, far faster than an array with a compare
   * function); where a start was added more than once, only its strongest context is kept.
   */
  sorted(): Float64Array {
    if (this.count === 0) return NO_STARTS; // most texts: no view of the buffer made
    const packed = buffer.subarray(0, this.count).sort();
    if (buffer.length > LARGEST_KEPT) buffer = new Float64Array(BUFFER_SIZE); // `packed` keeps the large one while read
    let kept = 0;
    for (let i = 0; i < packed.length; i++) {
      if (i + 1 < packed.length && Math.floor(packed[i + 1] / 4) === Math.floor(packed[i] / 4)) continue;
      packed[kept++] = packed[i];
    }
    return packed.subarray(0, kept);
  }
}

/** A road or estate named just before `nameEnd`: its start is a candidate. */
function addNamed(text: string, starts: Starts, nameEnd: number): void {
  const start = nameStart(text, nameEnd);
  if (start < nameEnd) starts.add(start, Context.None);
}

function candidates(scan: ScanState): Starts {
  const { text } = scan;
  const index = zhIndex(scan);
  const found = new Starts();
  for (const { end, kind } of index.keywords) {
    if ((kind & (ADDRESS_LABEL | ADDRESS_VERB)) === 0) continue;
    found.add(stickyEnd(KEYWORD_TAIL, text, end), kind & ADDRESS_LABEL ? Context.Label : Context.Verb);
  }
  if (inColumn(scan, COLUMN_WORDS)) {
    // A cell under an address column; a start where nothing parses scores nothing whatever its context.
    const start = text.length - text.trimStart().length;
    const parsed = parseAddress(text, start);
    if (parsed.divisions > 0 || parsed.parts > 0) found.add(start, Context.Label);
  }
  for (const at of index.divisionEnds) {
    let start = divisionStartBefore(text, at + 1);
    if (start < 0) continue;
    for (let hops = 0, before = 0; hops < 3 && (before = divisionStartBefore(text, start)) >= 0; hops++) start = before;
    found.add(start, Context.None);
  }
  // House numbers before 号 after a road suffix, and building numbers: found in the shared scan of the text.
  for (const at of index.numberUnits) {
    const digits = numberBefore(text, at);
    if (digits < at && digits > 0 && ROAD_ENDS[text.charCodeAt(digits - 1)] === 1) addNamed(text, found, digits - 1); // the road suffix is part of the name
  }
  for (const at of index.buildingUnits) {
    const digits = numberBefore(text, at);
    if (digits < at) addNamed(text, found, digits);
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
    let covered = 0;
    for (const packed of candidates(scan).sorted()) {
      const start = Math.floor(packed / 4);
      const context = (packed % 4) as Context;
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
