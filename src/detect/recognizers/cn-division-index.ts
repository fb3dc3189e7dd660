import { CN_CITIES, CN_COUNTIES, CN_PROVINCES } from '../data/cn-divisions.js';
import { PairMap } from './word-set.js';

/** Bit per administrative level a name can stand for (吉林 is a province and a city). */
export const PROVINCE = 1;
export const CITY = 2;
export const COUNTY = 4;

export interface DivisionMatch {
  start: number;
  end: number;
  levels: number;
}

interface Index {
  levels: Map<string, number>;
  /** Names keyed by their first two characters (see `Pairs`), longest first. */
  byHead: PairMap<Name>;
  /**
   * Names of three or more characters keyed by their last three (the third from last and the second from last folded
   * into one 16-bit code, so a list may hold a stranger, which the full comparison rules out), longest first. Keyed by
   * the last two alone, a list such as all the names ending in 州市 would be long.
   */
  byTail3: PairMap<Name>;
  /** Names of two characters keyed by both. */
  byTail2: PairMap<Name>;
}

/** The third from last and the second from last character of a name ending at `end`, folded into 16 bits. */
const fold = (text: string, end: number) => (Math.imul(text.charCodeAt(end - 3), 31) ^ text.charCodeAt(end - 2)) & 0xffff;

/** A division name and the levels it can stand for. */
interface Name {
  name: string;
  levels: number;
}

/** Whether `text` holds `name` at `at`, its characters from `from` to `to` (exclusive) compared; the rest are known. */
function holds(text: string, at: number, name: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(at + k) !== name.charCodeAt(k)) return false;
  return true;
}

function buildIndex(): Index {
  const levels = new Map<string, number>();
  const add = (list: string, level: number) => {
    for (const entry of list.split(' ')) {
      for (const name of entry.split('/')) levels.set(name, (levels.get(name) ?? 0) | level);
    }
  };
  add(CN_PROVINCES, PROVINCE);
  add(CN_CITIES, CITY);
  add(CN_COUNTIES, COUNTY);
  const byHead = new PairMap<Name>();
  const byTail3 = new PairMap<Name>();
  const byTail2 = new PairMap<Name>();
  for (const [name, level] of levels) {
    const entry = { name, levels: level };
    byHead.add(name.charCodeAt(0), name.charCodeAt(1), entry);
    const last = name.charCodeAt(name.length - 1);
    if (name.length === 2) byTail2.add(name.charCodeAt(0), last, entry);
    else byTail3.add(fold(name, name.length), last, entry);
  }
  const longestFirst = (a: Name, b: Name) => b.name.length - a.name.length;
  byHead.seal(longestFirst);
  byTail3.seal(longestFirst);
  byTail2.seal(longestFirst);
  return { levels, byHead, byTail3, byTail2 };
}

let index: Index | undefined;
const getIndex = (): Index => (index ??= buildIndex());

/** The longest division name (full or short form) starting at `pos` whose levels intersect `wanted`. */
export function divisionAt(text: string, pos: number, wanted = PROVINCE | CITY | COUNTY): DivisionMatch | undefined {
  const list = getIndex().byHead.get(text.charCodeAt(pos), text.charCodeAt(pos + 1));
  if (!list) return undefined;
  for (const { name, levels } of list) {
    const found = levels & wanted;
    // The first two characters are the key; names are at least two characters long.
    if (found !== 0 && pos + name.length <= text.length && holds(text, pos, name, 2, name.length)) {
      return { start: pos, end: pos + name.length, levels: found };
    }
  }
  return undefined;
}

/** The longest division name ending at `end` (exclusive). */
export function divisionEndingAt(text: string, end: number): DivisionMatch | undefined {
  if (end < 2) return undefined;
  const { byTail3, byTail2 } = getIndex();
  const last = text.charCodeAt(end - 1);
  if (end >= 3) {
    const list = byTail3.get(fold(text, end), last);
    if (list) {
      for (const { name, levels } of list) {
        const start = end - name.length;
        // Only the last character is known to match: the folded key may be shared.
        if (start >= 0 && holds(text, start, name, 0, name.length - 1)) return { start, end, levels };
      }
    }
  }
  const pair = byTail2.get(text.charCodeAt(end - 2), last);
  return pair ? { start: end - 2, end, levels: pair[0].levels } : undefined;
}

/** Looked up among the names sharing its first two characters: no hashing of a freshly cut string. */
export function isDivisionName(value: string): boolean {
  const list = getIndex().byHead.get(value.charCodeAt(0), value.charCodeAt(1));
  if (!list) return false;
  for (const { name } of list) if (name === value) return true;
  return false;
}
