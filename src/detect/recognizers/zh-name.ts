import { CN_NAME_FOLLOWERS, CN_NAME_TITLES, CN_NON_GIVEN_CHARS, CN_NOT_NAMES } from '../data/cn-name-words.js';
import { CN_COMPOUND_SURNAMES, CN_SINGLE_SURNAMES } from '../data/cn-surnames.js';
import { isDivisionNameAt } from './cn-division-index.js';
import { PhraseSet } from './pair-index.js';

/**
 * The shape of a Chinese name: a surname, one or two given characters, and what may stand around it. Characters are
 * looked up in tables by code, words in place: a Set of strings would build a string for every lookup.
 */

const COMPOUND = new PhraseSet(CN_COMPOUND_SURNAMES);
const FOLLOWERS = new PhraseSet([...CN_NAME_FOLLOWERS, ...CN_NAME_TITLES.map((t) => t.slice(0, 2))]);
const NOT_NAMES = new PhraseSet(CN_NOT_NAMES);
/** Every character a name can start with. */
export const SURNAME_HEADS = [...new Set([...CN_SINGLE_SURNAMES, ...CN_COMPOUND_SURNAMES.map((s) => s[0])])].join('');

const table = (chars: Iterable<string>) => {
  const codes = new Uint8Array(65536);
  for (const ch of chars) codes[ch.charCodeAt(0)] = 1;
  return codes;
};
const SINGLE = table(CN_SINGLE_SURNAMES);
const NON_GIVEN = table(CN_NON_GIVEN_CHARS);

export const isCjk = (code: number) => code >= 0x4e00 && code <= 0x9fff;
/** Whether the character at `at` may be a single-character surname. */
export const isSingleSurname = (text: string, at: number) => SINGLE[text.charCodeAt(at)] === 1;

/** Whether a two-character word that follows names ("电话", "先生") starts at `at`. */
function followerAt(text: string, at: number): boolean {
  return FOLLOWERS.hasAt(text, at, at + 2);
}

function givenChar(text: string, at: number, limit: number): boolean {
  if (at >= limit) return false;
  const code = text.charCodeAt(at);
  return isCjk(code) && NON_GIVEN[code] === 0;
}

function givenEnd(text: string, given: number, limit: number): number {
  if (!givenChar(text, given, limit)) return -1;
  const second = given + 1;
  return givenChar(text, second, limit) && !followerAt(text, second) ? second + 1 : second;
}

/** End of a surname and one or two given characters at `pos` (never past `limit`), or -1. */
export function readName(text: string, pos: number, limit = text.length): number {
  const code = text.charCodeAt(pos);
  if (COMPOUND.hasAt(text, pos, pos + 2)) {
    const end = givenEnd(text, pos + 2, limit);
    if (end > 0) return end;
  }
  return SINGLE[code] === 1 ? givenEnd(text, pos + 1, limit) : -1;
}

/** Rejects words that look like names: 高兴, 周末, 江苏 ...; `loose` (an explicit label) only rejects exact words. */
export function plausible(text: string, start: number, end: number, loose: boolean): boolean {
  // A word that follows names does not start one: "业主向记者反映" has no name 向记.
  if (NOT_NAMES.hasAt(text, start, end) || isDivisionNameAt(text, start, end) || followerAt(text, start)) return false;
  if (loose || end - start === 2) return true; // the head is the whole candidate
  return !NOT_NAMES.hasAt(text, start, start + 2) && !isDivisionNameAt(text, start, start + 2);
}

/** Whether a name may end at `end`: the text after it is not Chinese, or starts a word no name continues into. */
function bounded(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const code = text.charCodeAt(end);
  return !isCjk(code) || NON_GIVEN[code] === 1 || followerAt(text, end);
}

/** The end of a name at `pos` that is followed by a boundary (the one-character given name if need be), or -1. */
export function boundedName(text: string, pos: number): number {
  const end = readName(text, pos);
  if (end < 0 || bounded(text, end)) return end;
  const shorter = end - 1;
  return readName(text, pos, shorter) === shorter && bounded(text, shorter) ? shorter : -1;
}
