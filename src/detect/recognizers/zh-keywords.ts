import { CN_ADDRESS_LABELS, CN_ADDRESS_VERBS } from '../data/cn-address-terms.js';
import { CN_NAME_LABELS, CN_NAME_TITLES } from '../data/cn-name-words.js';
import { CN_PLATE_EMBASSY, CN_PLATE_PROVINCES } from '../data/cn-plates.js';
import { CN_CREDENTIAL_PAIR_LABELS, CN_PASSWORD_LABELS, CN_USERNAME_LABELS } from '../data/credential-terms.js';
import type { ScanState } from '../types.js';
import { codeAt } from './code-at.js';
import { type WordMatch, WordSet } from './word-set.js';
import { SURNAME_HEADS } from './zh-name.js';

/** What a keyword announces; a word can be several. */
export const NAME_LABEL = 1;
export const NAME_TITLE = 2;
export const ADDRESS_LABEL = 4;
export const ADDRESS_VERB = 8;
export const USERNAME_LABEL = 16;
export const PASSWORD_LABEL = 32;
export const CREDENTIAL_PAIR_LABEL = 64;

/** Latin keys of JSON or key=value text that label a name ("name": "张伟"). */
const LATIN_NAME_LABELS = ['name', 'fullname', 'full_name', 'realname', 'real_name'];

const KINDS = new Map<string, number>();
const add = (words: readonly string[], kind: number) => {
  for (const word of words) KINDS.set(word.toLowerCase(), (KINDS.get(word.toLowerCase()) ?? 0) | kind);
};
add(CN_NAME_LABELS, NAME_LABEL);
add(LATIN_NAME_LABELS, NAME_LABEL);
add([...CN_NAME_TITLES, '收'], NAME_TITLE);
add(CN_ADDRESS_LABELS, ADDRESS_LABEL);
add(CN_ADDRESS_VERBS, ADDRESS_VERB);
add(Object.values(CN_USERNAME_LABELS).flat(), USERNAME_LABEL);
add(CN_PASSWORD_LABELS, PASSWORD_LABEL);
add(CN_CREDENTIAL_PAIR_LABELS, CREDENTIAL_PAIR_LABEL);

const WORDS = new WordSet(KINDS);

const isLatinLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isCapital = (code: number) => code >= 65 && code <= 90;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isWordChar = (code: number) => isLatinLetter(code) || (code >= 48 && code <= 57) || code === 95;

/** A keyword: where it is, and what it announces (`kind`, a set of the bits above). */
export type Keyword = WordMatch;

/**
 * Anchors of the Chinese recognizers, all found in one pass over the text (each used to be a pass of its own):
 * keywords, administrative suffixes, house and building numbers' units, a sex after a name, and delimiters before a
 * surname; and where a licence plate may start, which spares that recognizer a regex search of its own over the
 * whole text. (Where an IBAN may start is found by TextIndex, for every text.) Every list is in text order.
 */
export interface ZhIndex {
  /** Name, address and credential keywords. */
  readonly keywords: readonly Keyword[];
  /** Every 省 市 区 县 旗 州 盟: where a division name found in the gazetteer may end. */
  readonly divisionEnds: readonly number[];
  /** Every 号. */
  readonly numberUnits: readonly number[];
  /** Every 栋, 幢 and 单元: units after a building number. */
  readonly buildingUnits: readonly number[];
  /** Where a delimiter stands before a sex: "（男", "，女" followed by a delimiter, space or digit. */
  readonly sexMarks: readonly number[];
  /** Where a field delimiter (see FIELD_START) stands before a character that can start a surname. */
  readonly fieldStarts: readonly number[];
  /** Every province abbreviation or 使 before an ASCII capital or digit: where a licence plate may start. */
  readonly plateStarts: readonly number[];
}

const KEYWORD = 1;
const SURNAME = 2;
const DIVISION_END = 4;
const NUMBER_UNIT = 8;
const BUILDING_UNIT = 16; // 栋 幢, and 单 when 元 follows
const SEX = 32;
const PLATE_HEAD = 64;

const CLASSES = new Uint8Array(65536);
const mark = (chars: string, bit: number) => {
  for (const ch of chars) CLASSES[ch.charCodeAt(0)] |= bit;
};
for (let code = 0; code < 65536; code++) if (WORDS.heads[code] !== 0) CLASSES[code] |= KEYWORD;
/** Characters before a field; a plain loop over these tables is several times faster than a regex with a lookahead. */
const FIELD_START = new Uint8Array(65536);
for (const ch of '\n\t ,，|;；"\'、/[(（【<>\u3000“「『:：。！？') FIELD_START[ch.charCodeAt(0)] = 1;
mark(SURNAME_HEADS, SURNAME);
mark('省市区县旗州盟', DIVISION_END);
mark('号', NUMBER_UNIT);
mark('栋幢单', BUILDING_UNIT);
mark('男女', SEX);
mark(CN_PLATE_PROVINCES + CN_PLATE_EMBASSY, PLATE_HEAD);
const SEX_BEFORE = new Uint8Array(65536);
for (const ch of '（(，, ') SEX_BEFORE[ch.charCodeAt(0)] = 1;
/** What may follow a sex: [，,、)）], a digit, or white space as `\s` reads it. */
const SEX_AFTER = /[，,、)）\s\d]/y;

/**
 * CLASSES by the character before: [0, 65536) after one that is no word character ([0-9A-Za-z_]), [65536, 131072)
 * after one that is. After a word character no Latin keyword starts, and neither a field delimiter nor a sex's
 * delimiter stands before, so the first pass notes only what the second would keep.
 */
const CLASSES_BY_BEFORE = new Uint8Array(2 * 65536);
CLASSES_BY_BEFORE.set(CLASSES);
for (let code = 0; code < 65536; code++) {
  CLASSES_BY_BEFORE[65536 + code] = CLASSES[code] & ~(SURNAME | SEX | (code < 128 ? KEYWORD : 0));
}
/** 1 for a word character. */
const WORD_CHARS = new Uint8Array(65536);
for (let code = 0; code < 128; code++) WORD_CHARS[code] = isWordChar(code) ? 1 : 0;

/** Characters read per chunk by `buildIndex`, and the positions its first pass notes in one, reused from text to text. */
const CHUNK = 16384;
const candidates = new Int32Array(CHUNK);

const EMPTY: ZhIndex = {
  keywords: [],
  divisionEnds: [],
  numberUnits: [],
  buildingUnits: [],
  sexMarks: [],
  fieldStarts: [],
  plateStarts: [],
};

function buildIndex(text: string): ZhIndex {
  const keywords: Keyword[] = [];
  const divisionEnds: number[] = [];
  const numberUnits: number[] = [];
  const buildingUnits: number[] = [];
  const sexMarks: number[] = [];
  const fieldStarts: number[] = [];
  const plateStarts: number[] = [];
  const length = text.length;
  // Local tables are read faster than module constants.
  const classes = CLASSES_BY_BEFORE;
  const words = WORD_CHARS;
  const found = candidates;
  let half = 0; // the half of CLASSES_BY_BEFORE for the character before
  // Two passes over each chunk: the first notes every position with a class, without a branch (a branch per
  // character, taken for about one in eight of Chinese text, is mispredicted often); the second looks only at those.
  for (let from = 0; from < length; from += CHUNK) {
    const to = Math.min(length, from + CHUNK);
    let count = 0;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      found[count] = i;
      count += (classes[half + code] + 255) >> 8;
      half = words[code] << 16;
    }
    for (let k = 0; k < count; k++) {
      const i = found[k];
      const code = text.charCodeAt(i);
      const bits = classes[code];
      if (bits & SURNAME && i > 0 && FIELD_START[text.charCodeAt(i - 1)] === 1) fieldStarts.push(i - 1);
      // "username" inside a longer Latin word is no keyword: most Latin letters are ruled out by the one before.
      if (bits & KEYWORD && !(code < 128 && i > 0 && isWordChar(text.charCodeAt(i - 1))) && WORDS.mayStartAt(text, i)) {
        WORDS.matchesAt(text, i, keywords);
      }
      if (bits & DIVISION_END) divisionEnds.push(i);
      if (bits & NUMBER_UNIT) numberUnits.push(i);
      if (bits & BUILDING_UNIT && (code !== 0x5355 || codeAt(text, i + 1) === 0x5143)) buildingUnits.push(i); // 单元
      if (bits & SEX && i > 0 && SEX_BEFORE[text.charCodeAt(i - 1)] === 1) {
        SEX_AFTER.lastIndex = i + 1;
        if (SEX_AFTER.test(text)) sexMarks.push(i - 1);
      }
      if (bits & PLATE_HEAD) {
        const next = codeAt(text, i + 1);
        if (isCapital(next) || isDigit(next)) plateStarts.push(i);
      }
    }
  }
  return { keywords, divisionEnds, numberUnits, buildingUnits, sexMarks, fieldStarts, plateStarts };
}

/** The anchors of a Chinese text, found once and shared; empty when the text is not scanned as Chinese. */
export function zhIndex(scan: ScanState): ZhIndex {
  if (!scan.languages.has('zh')) return EMPTY;
  return scan.memo('zh-index', buildIndex);
}

/**
 * The name, address and credential keywords of a Chinese text, found once and shared by the recognizers that need
 * them. Empty when the text is not scanned as Chinese.
 */
export function zhKeywords(scan: ScanState): readonly Keyword[] {
  return zhIndex(scan).keywords;
}
