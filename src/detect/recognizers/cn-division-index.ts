import { CN_CITIES, CN_COUNTIES, CN_PROVINCES } from '../data/cn-divisions.js';

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
  /** Names keyed by their first two characters, longest first. */
  byHead: Map<number, string[]>;
  /** Names keyed by their last two characters, longest first. */
  byTail: Map<number, string[]>;
}

const pairKey = (a: number, b: number): number => a * 65536 + b;

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
  const byHead = new Map<number, string[]>();
  const byTail = new Map<number, string[]>();
  const push = (map: Map<number, string[]>, key: number, name: string) => {
    const list = map.get(key);
    if (list) list.push(name);
    else map.set(key, [name]);
  };
  for (const name of levels.keys()) {
    push(byHead, pairKey(name.charCodeAt(0), name.charCodeAt(1)), name);
    push(byTail, pairKey(name.charCodeAt(name.length - 2), name.charCodeAt(name.length - 1)), name);
  }
  for (const map of [byHead, byTail]) for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return { levels, byHead, byTail };
}

let index: Index | undefined;
const getIndex = (): Index => (index ??= buildIndex());

/** The longest division name (full or short form) starting at `pos` whose levels intersect `wanted`. */
export function divisionAt(text: string, pos: number, wanted = PROVINCE | CITY | COUNTY): DivisionMatch | undefined {
  const { byHead, levels } = getIndex();
  const list = byHead.get(pairKey(text.charCodeAt(pos), text.charCodeAt(pos + 1)));
  if (!list) return undefined;
  for (const name of list) {
    const found = levels.get(name)! & wanted;
    if (found !== 0 && text.startsWith(name, pos)) return { start: pos, end: pos + name.length, levels: found };
  }
  return undefined;
}

/** The longest division name ending at `end` (exclusive). */
export function divisionEndingAt(text: string, end: number): DivisionMatch | undefined {
  if (end < 2) return undefined;
  const { byTail, levels } = getIndex();
  const list = byTail.get(pairKey(text.charCodeAt(end - 2), text.charCodeAt(end - 1)));
  if (!list) return undefined;
  for (const name of list) {
    const start = end - name.length;
    if (start >= 0 && text.startsWith(name, start)) return { start, end, levels: levels.get(name)! };
  }
  return undefined;
}

export function isDivisionName(value: string): boolean {
  return getIndex().levels.has(value);
}
