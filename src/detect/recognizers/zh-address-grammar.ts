import {
  CN_ADDRESS_FINAL_UNITS,
  CN_ADDRESS_NAMED_SUFFIXES,
  CN_ADDRESS_STOP_CHARS,
  CN_ADDRESS_UNIT_SUFFIXES,
} from '../data/cn-address-terms.js';
import { CITY, COUNTY, PROVINCE, divisionAt } from './cn-division-index.js';
import { stickyEnd } from './sticky.js';
import { isCjk } from './zh-name.js';

/**
 * The grammar of a Chinese address after its start: divisions from the gazetteer, each deeper than the last, then
 * roads, estates and numbered units down to the room: [省][市][区/县][街道/镇][路 + 号][小区/大厦][栋][单元][层][室].
 */

const MAX_LENGTH = 90;
const STOP = new Uint8Array(65536);
for (const ch of CN_ADDRESS_STOP_CHARS) STOP[ch.charCodeAt(0)] = 1;
const FINAL = new Set(CN_ADDRESS_FINAL_UNITS);

/** Whether the character `code` cannot be part of a road or estate name: where one appears, the address has ended. */
export const isStopCode = (code: number) => STOP[code] === 1;

/** Suffixes by their first character, longest first: `index` maps a character code to 1 + its position in `lists`. */
interface SuffixTable {
  index: Uint8Array;
  lists: string[][];
}

function suffixTable(words: readonly string[]): SuffixTable {
  const index = new Uint8Array(65536);
  const lists: string[][] = [];
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const first = word.charCodeAt(0);
    if (index[first] === 0) {
      lists.push([]);
      index[first] = lists.length;
    }
    lists[index[first] - 1].push(word);
  }
  return { index, lists };
}
const UNIT_SUFFIXES = suffixTable(CN_ADDRESS_UNIT_SUFFIXES);
const NAMED_SUFFIXES = suffixTable(CN_ADDRESS_NAMED_SUFFIXES);
/** Characters of a number before a unit: digits, letters, Chinese numerals, "#" and "-" ("12", "B1", "十二", "3#"). */
const NUMBER_CHARS = new Uint8Array(65536);
for (const ch of '0123456789０１２３４５６７８９一二三四五六七八九十百零〇两#-－') NUMBER_CHARS[ch.charCodeAt(0)] = 1;
for (let code = 65; code <= 122; code++) if (code <= 90 || code >= 97) NUMBER_CHARS[code] = 1;
const MAX_NUMBER = 8;
const MAX_NAME = 12;

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\u3000';
/** A character of a road or estate name: a Chinese character that is not a stop word, a digit or a letter. */
const isNameChar = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return isCjk(code) ? STOP[code] === 0 : NUMBER_CHARS[code] === 1 && code !== 35 && code !== 45 && code !== 0xff0d;
};

function suffixAt(text: string, at: number, table: SuffixTable): string | undefined {
  const slot = table.index[text.charCodeAt(at)];
  if (slot === undefined || slot === 0) return undefined;
  for (const suffix of table.lists[slot - 1]) if (suffix.length === 1 || text.startsWith(suffix, at)) return suffix;
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

export interface Parsed {
  end: number;
  divisions: number;
  parts: number;
}

/** Reads divisions (each deeper than the last), then numbered and named parts, from `start`. */
export function parseAddress(text: string, start: number): Parsed {
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
    if (parts > 0) {
      let tail = stickyEnd(DASHED, text, at);
      if (tail < 0 && BUILDING_UNITS.has(lastUnit)) tail = stickyEnd(ROOM, text, at);
      if (tail >= 0) {
        end = tail;
        break;
      }
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

