import { CN_CITIES, CN_COUNTIES, CN_PROVINCES } from '../data/cn-divisions.js';
import { PairIndex } from './pair-index.js';

/** Bit per administrative level a name can stand for (吉林 is a province and a city). */
export const PROVINCE = 1;
export const CITY = 2;
export const COUNTY = 4;

export interface DivisionMatch {
  start: number;
  end: number;
  levels: number;
}

/**
 * The gazetteer's names in flat typed arrays: name i is chars[starts[i], starts[i] + lengths[i]) and stands for
 * levels[i]. Looked up by the pair indices below and compared in place, without a string per name or per lookup.
 */
interface Index {
  chars: Uint16Array;
  starts: Int32Array;
  lengths: Uint8Array;
  levels: Uint8Array;
  /** Names keyed by their first two characters, longest first. */
  byHead: PairIndex;
  /**
   * Names of three or more characters keyed by their last three (the third from last and the second from last folded
   * into one 16-bit code, so a list may hold a stranger, which the full comparison rules out), longest first. Keyed by
   * the last two alone, a list such as all the names ending in 州市 would be long.
   */
  byTail3: PairIndex;
  /** Names of two characters keyed by both. */
  byTail2: PairIndex;
}

/** The third from last and the second from last character of a name ending at `end`, folded into 16 bits. */
const fold = (text: string, end: number) => (Math.imul(text.charCodeAt(end - 3), 31) ^ text.charCodeAt(end - 2)) & 0xffff;

function buildIndex(): Index {
  const levelsByName = new Map<string, number>();
  const add = (list: string, level: number) => {
    for (const entry of list.split(' ')) {
      for (const name of entry.split('/')) levelsByName.set(name, (levelsByName.get(name) ?? 0) | level);
    }
  };
  add(CN_PROVINCES, PROVINCE);
  add(CN_CITIES, CITY);
  add(CN_COUNTIES, COUNTY);
  const count = levelsByName.size;
  const index: Index = {
    chars: new Uint16Array([...levelsByName.keys()].reduce((n, name) => n + name.length, 0)),
    starts: new Int32Array(count),
    lengths: new Uint8Array(count),
    levels: new Uint8Array(count),
    byHead: new PairIndex(),
    byTail3: new PairIndex(),
    byTail2: new PairIndex(),
  };
  let i = 0;
  let at = 0;
  for (const [name, level] of levelsByName) {
    index.starts[i] = at;
    index.lengths[i] = name.length;
    index.levels[i] = level;
    for (let k = 0; k < name.length; k++) index.chars[at++] = name.charCodeAt(k);
    index.byHead.add(name.charCodeAt(0), name.charCodeAt(1), i);
    const last = name.charCodeAt(name.length - 1);
    if (name.length === 2) index.byTail2.add(name.charCodeAt(0), last, i);
    else index.byTail3.add(fold(name, name.length), last, i);
    i++;
  }
  const longestFirst = (a: number, b: number) => index.lengths[b] - index.lengths[a];
  index.byHead.seal(longestFirst);
  index.byTail3.seal(longestFirst);
  index.byTail2.seal(longestFirst);
  return index;
}

let cached: Index | undefined;
const getIndex = (): Index => (cached ??= buildIndex());

/** Whether `text` holds name `name` at `at`, its characters from `from` to `to` (exclusive) compared; the rest are known. */
function holds(index: Index, text: string, at: number, name: number, from: number, to: number): boolean {
  const { chars } = index;
  const base = index.starts[name];
  for (let k = from; k < to; k++) if (text.charCodeAt(at + k) !== chars[base + k]) return false;
  return true;
}

/** The longest division name (full or short form) starting at `pos` whose levels intersect `wanted`. */
export function divisionAt(text: string, pos: number, wanted = PROVINCE | CITY | COUNTY): DivisionMatch | undefined {
  const index = getIndex();
  const span = index.byHead.find(text.charCodeAt(pos), text.charCodeAt(pos + 1));
  if (span < 0) return undefined;
  const { entries } = index.byHead;
  for (let k = span >> 8, stop = k + (span & 255); k < stop; k++) {
    const name = entries[k];
    const found = index.levels[name] & wanted;
    const length = index.lengths[name];
    // The first two characters are the key; names are at least two characters long.
    if (found !== 0 && pos + length <= text.length && holds(index, text, pos, name, 2, length)) {
      return { start: pos, end: pos + length, levels: found };
    }
  }
  return undefined;
}

/** Where the longest division name ending at `end` (exclusive) starts, or -1. */
export function divisionStartBefore(text: string, end: number): number {
  if (end < 2) return -1;
  const index = getIndex();
  const last = text.charCodeAt(end - 1);
  if (end >= 3) {
    const span = index.byTail3.find(fold(text, end), last);
    if (span >= 0) {
      const { entries } = index.byTail3;
      for (let k = span >> 8, stop = k + (span & 255); k < stop; k++) {
        const name = entries[k];
        const start = end - index.lengths[name];
        // Only the last character is known to match: the folded key may be shared.
        if (start >= 0 && holds(index, text, start, name, 0, index.lengths[name] - 1)) return start;
      }
    }
  }
  return index.byTail2.find(text.charCodeAt(end - 2), last) >= 0 ? end - 2 : -1;
}

/** Whether text[start, end) is a division name, compared in place among the names sharing its first two characters. */
export function isDivisionNameAt(text: string, start: number, end: number): boolean {
  const index = getIndex();
  const length = Math.min(end, text.length) - start; // as `slice` reads it
  if (length < 2) return false;
  const span = index.byHead.find(text.charCodeAt(start), text.charCodeAt(start + 1));
  if (span < 0) return false;
  const { entries } = index.byHead;
  for (let k = span >> 8, stop = k + (span & 255); k < stop; k++) {
    const name = entries[k];
    if (index.lengths[name] === length && holds(index, text, start, name, 2, length)) return true;
  }
  return false;
}
