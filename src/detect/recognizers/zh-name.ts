import { CN_NAME_FOLLOWERS, CN_NAME_TITLES, CN_NON_GIVEN_CHARS, CN_NOT_NAMES } from '../data/cn-name-words.js';
import { CN_COMPOUND_SURNAMES, CN_SINGLE_SURNAMES } from '../data/cn-surnames.js';
import { isDivisionName } from './cn-division-index.js';

/** The shape of a Chinese name: a surname, one or two given characters, and what may stand around it. */

export const SINGLE_SURNAMES = new Set(CN_SINGLE_SURNAMES);
const COMPOUND = new Set(CN_COMPOUND_SURNAMES);
const COMPOUND_HEADS = new Set(CN_COMPOUND_SURNAMES.map((s) => s[0]));
const NON_GIVEN = new Set(CN_NON_GIVEN_CHARS);
const FOLLOWERS = new Set([...CN_NAME_FOLLOWERS, ...CN_NAME_TITLES.map((t) => t.slice(0, 2))]);
/** Every character a name can start with. */
export const SURNAME_HEADS = [...new Set([...CN_SINGLE_SURNAMES, ...COMPOUND_HEADS])].join('');

export const isCjk = (code: number) => code >= 0x4e00 && code <= 0x9fff;

function givenChar(text: string, at: number, limit: number): boolean {
  return at < limit && isCjk(text.charCodeAt(at)) && !NON_GIVEN.has(text[at]);
}

function givenEnd(text: string, given: number, limit: number): number {
  if (!givenChar(text, given, limit)) return -1;
  const second = given + 1;
  return givenChar(text, second, limit) && !FOLLOWERS.has(text.slice(second, second + 2)) ? second + 1 : second;
}

/** End of a surname and one or two given characters at `pos` (never past `limit`), or -1. */
export function readName(text: string, pos: number, limit = text.length): number {
  if (COMPOUND_HEADS.has(text[pos]) && COMPOUND.has(text.slice(pos, pos + 2))) {
    const end = givenEnd(text, pos + 2, limit);
    if (end > 0) return end;
  }
  return SINGLE_SURNAMES.has(text[pos]) ? givenEnd(text, pos + 1, limit) : -1;
}

/** Rejects words that look like names: 高兴, 周末, 江苏 ...; `loose` (an explicit label) only rejects exact words. */
export function plausible(text: string, start: number, end: number, loose: boolean): boolean {
  const candidate = text.slice(start, end);
  if (CN_NOT_NAMES.has(candidate) || isDivisionName(candidate)) return false;
  if (loose) return true;
  const head = text.slice(start, start + 2);
  return !CN_NOT_NAMES.has(head) && !isDivisionName(head);
}

/** Whether a name may end at `end`: the text after it is not Chinese, or starts a word no name continues into. */
function bounded(text: string, end: number): boolean {
  if (end >= text.length || !isCjk(text.charCodeAt(end))) return true;
  return NON_GIVEN.has(text[end]) || FOLLOWERS.has(text.slice(end, end + 2));
}

/** The end of a name at `pos` that is followed by a boundary (the one-character given name if need be), or -1. */
export function boundedName(text: string, pos: number): number {
  const end = readName(text, pos);
  if (end < 0 || bounded(text, end)) return end;
  const shorter = end - 1;
  return readName(text, pos, shorter) === shorter && bounded(text, shorter) ? shorter : -1;
}
