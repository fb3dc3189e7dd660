import {
  CN_ADDRESS_FINAL_UNITS,
  CN_ADDRESS_LABELS,
  CN_ADDRESS_NAMED_SUFFIXES,
  CN_ADDRESS_STOP_CHARS,
  CN_ADDRESS_UNIT_SUFFIXES,
} from '../data/cn-address-terms.js';
import type { Recognizer, ScanState } from '../types.js';
import { CITY, COUNTY, PROVINCE, divisionAt, divisionEndingAt } from './cn-division-index.js';
import { ADDRESS_LABEL, ADDRESS_VERB, zhKeywords } from './zh-keywords.js';

const NAME = 'zh-address';
const MAX_LENGTH = 90;
/** How far back from a road number the road name may start. */
const NAME_REACH = 10;

const enum Context {
  None = 0,
  Verb = 1,
  Label = 2,
}

const STOP = new Set(CN_ADDRESS_STOP_CHARS);
const FINAL = new Set(CN_ADDRESS_FINAL_UNITS);
/** What may follow an address keyword before the address itself. */
const KEYWORD_TAIL = /[ \t\u3000]*["'”]?[ \t\u3000]*(?:[:：=][ \t\u3000]*["'“]?[ \t\u3000]*)?(?:是|为|在)?/y;
const COLUMN_WORDS = CN_ADDRESS_LABELS.map((w) => w.toLowerCase());
/** Administrative suffixes: each may end a division name found in the gazetteer. */
const DIVISION_END = /[省市区县旗州盟]/g;
/** A road number or a building number: "科技园路1号", "阳光花园3栋" (胡同 is found by its 同). */
const NUMBERED = /[路街道巷弄同村里][0-9０-９]{1,5}(?:[-－][0-9０-９]{1,5})?号|[0-9０-９](?:栋|幢|单元)/g;
const isDigit = (code: number) => (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
/** Suffixes by their first character, longest first. */
function suffixTable(words: readonly string[]): Map<number, string[]> {
  const table = new Map<number, string[]>();
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const list = table.get(word.charCodeAt(0)) ?? [];
    list.push(word);
    table.set(word.charCodeAt(0), list);
  }
  return table;
}
const UNIT_SUFFIXES = suffixTable(CN_ADDRESS_UNIT_SUFFIXES);
const NAMED_SUFFIXES = suffixTable(CN_ADDRESS_NAMED_SUFFIXES);
/** Characters of a number before a unit: digits, letters, Chinese numerals, "#" and "-" ("12", "B1", "十二", "3#"). */
const NUMBER_CHARS = new Uint8Array(65536);
for (const ch of '0123456789０１２３４５６７８９一二三四五六七八九十百零〇两#-－') NUMBER_CHARS[ch.charCodeAt(0)] = 1;
for (let code = 65; code <= 122; code++) if (code <= 90 || code >= 97) NUMBER_CHARS[code] = 1;
const MAX_NUMBER = 8;
const MAX_NAME = 12;

const isCjk = (code: number) => code >= 0x4e00 && code <= 0x9fff;
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\u3000';
/** A character of a road or estate name: a Chinese character that is not a stop word, a digit or a letter. */
const isNameChar = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return isCjk(code) ? !STOP.has(text[at]) : NUMBER_CHARS[code] === 1 && code !== 35 && code !== 45 && code !== 0xff0d;
};

function suffixAt(text: string, at: number, table: Map<number, string[]>): string | undefined {
  const list = table.get(text.charCodeAt(at));
  if (list) for (const suffix of list) if (text.startsWith(suffix, at)) return suffix;
  return undefined;
}

/** A numbered part at `at` ("3栋", "1201室", "十二层"): its end and unit, or undefined. */
function unitAt(text: string, at: number): [number, string] | undefined {
  let i = at;
  while (i < at + MAX_NUMBER && NUMBER_CHARS[text.charCodeAt(i)] === 1) i++;
  if (i === at) return undefined;
  const unit = suffixAt(text, i, UNIT_SUFFIXES);
  return unit ? [i + unit.length, unit] : undefined;
}

/**
 * A named part at `at`: a name of at least `least` characters and a suffix ("科技园路", "阳光花园"), or an estate name
 * of two or more Chinese characters right before a numbered unit ("恒大名都" in "恒大名都5栋"). Its end, or -1.
 */
function namedAt(text: string, at: number, least: number): number {
  let chinese = true;
  for (let i = at; i <= at + MAX_NAME && i < text.length; i++) {
    if (i - at >= least) {
      const suffix = suffixAt(text, i, NAMED_SUFFIXES);
      if (suffix) return i + suffix.length;
      if (chinese && i - at >= 2 && unitAt(text, i)) return i;
    }
    if (!isNameChar(text, i)) return -1;
    chinese &&= isCjk(text.charCodeAt(i));
  }
  return -1;
}

/** "3-2-1201" after a street number; a bare room number after a building or entrance: "3栋1201". */
const DASHED = /[0-9]{1,4}(?:[-－][0-9]{1,5}){1,3}(?:室|号)?/y;
const ROOM = /[0-9]{2,5}(?![0-9])/y;
const BUILDING_UNITS = new Set(['栋', '幢', '座', '单元', '号楼']);

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

interface Parsed {
  end: number;
  divisions: number;
  parts: number;
}

/** Reads divisions (each deeper than the last), then numbered and named parts, from `start`. */
function parse(text: string, start: number): Parsed {
  const limit = Math.min(text.length, start + MAX_LENGTH);
  let pos = start;
  let end = start;
  let wanted = PROVINCE | CITY | COUNTY;
  let divisions = 0;
  for (;;) {
    const at = pos > start && isSpace(text[pos]) ? pos + 1 : pos;
    const found = wanted !== 0 ? divisionAt(text, at, wanted) : undefined;
    if (!found || found.end > limit) break;
    pos = end = found.end;
    divisions++;
    const deepest = found.levels & -found.levels; // the shallowest level the name can stand for
    wanted = (PROVINCE | CITY | COUNTY) & ~(deepest * 2 - 1);
  }
  let parts = 0;
  let lastUnit = '';
  while (pos < limit) {
    const at = pos > start && isSpace(text[pos]) ? pos + 1 : pos;
    const unit = unitAt(text, at);
    if (unit) {
      [pos, lastUnit] = unit;
      end = pos;
      parts++;
      if (FINAL.has(lastUnit)) break;
      continue;
    }
    const tail = parts > 0 ? (sticky(DASHED, text, at) ?? (BUILDING_UNITS.has(lastUnit) ? sticky(ROOM, text, at) : null)) : null;
    if (tail) {
      end = at + tail[0].length;
      break;
    }
    // After another part a name may be empty: "科技园" + "路", "中关村" + "大厦".
    const named = namedAt(text, at, parts > 0 ? 0 : 1);
    if (named < 0) break;
    pos = end = named;
    parts++;
    lastUnit = '';
  }
  return { end: Math.min(end, limit), divisions, parts };
}

/** Where the road or estate named just before `nameEnd` starts: at a division name if one is near, else after prose. */
function nameStart(text: string, nameEnd: number): number {
  let from = nameEnd;
  while (from > nameEnd - NAME_REACH && from > 0 && isCjk(text.charCodeAt(from - 1)) && !STOP.has(text[from - 1])) from--;
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
  if (scan.hasContext(0, 0, COLUMN_WORDS, 0)) add(text.length - text.trimStart().length, Context.Label);
  DIVISION_END.lastIndex = 0;
  for (let m = DIVISION_END.exec(text); m !== null; m = DIVISION_END.exec(text)) {
    let division = divisionEndingAt(text, m.index + 1);
    if (!division) continue;
    let start = division.start;
    for (let hops = 0; hops < 3 && (division = divisionEndingAt(text, start)); hops++) start = division.start;
    add(start, Context.None);
  }
  NUMBERED.lastIndex = 0;
  for (let m = NUMBERED.exec(text); m !== null; m = NUMBERED.exec(text)) {
    let nameEnd = m.index;
    while (nameEnd > 0 && isDigit(text.charCodeAt(nameEnd - 1))) nameEnd--; // "12栋": the number starts earlier
    const start = nameStart(text, nameEnd);
    if (start < nameEnd) add(start, Context.None);
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
      const parsed = parse(scan.text, start);
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
