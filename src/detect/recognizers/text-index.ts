import type { ScanState } from '../types.js';
import { codeAt } from './code-at.js';

/**
 * Positions several recognizers anchor on, all found in one pass over the text when the first list is asked for, and
 * shared: one object per text, reached through one `scan.memo` lookup. Every list is in text order. (Each list used
 * to be a search of its own, `indexOf` or a regex: together they took a tenth of a scan, the pass a third of that.)
 */
export class TextIndex {
  private anchors: Anchors | undefined;
  private schemes: number[] | undefined;

  constructor(readonly text: string) {}

  private get found(): Anchors {
    return (this.anchors ??= findAnchors(this.text));
  }

  /** Every "\n". */
  get lineBreaks(): readonly number[] {
    return this.found.breaks;
  }

  /** Every ":", "=" and "：", the separators between a label and its value. */
  get separators(): readonly number[] {
    return this.found.separators;
  }

  /**
   * Every capital letter A-Z right after a space or tab: where a second word of a name, the street name after a house
   * number, or a name after a title starts.
   */
  get spaceCapitals(): readonly number[] {
    return this.found.capitals;
  }

  /**
   * Where a Latin account or password word starts, in any case: "pass" and "pw" (password, passwd, pwd), "user",
   * "login", "acct", "account", "handle", and the chat-app abbreviations "qq", "vx", "wx", "tg". The label patterns of
   * the username and password recognizers can only start at one of these, and are tried only there. As a search
   * for LATIN_KEYWORDS from left to right finds them: a word is looked for again only after the one found.
   */
  get latinKeywords(): readonly number[] {
    return this.found.keywords;
  }

  /** Every "@": of e-mail addresses, handles and mentions. */
  get atSigns(): readonly number[] {
    return this.found.ats;
  }

  /** Every two ASCII capitals and two digits ([A-Z]{2}\d\d) after no word character: where an IBAN may start. */
  get ibanStarts(): readonly number[] {
    return this.found.ibans;
  }

  /** Every "://", where a URL's scheme ends: read off the separators. */
  get schemeMarks(): readonly number[] {
    return (this.schemes ??= findSchemeMarks(this.text, this.separators));
  }
}

const newIndex = (text: string) => new TextIndex(text);

export function textIndex(scan: ScanState): TextIndex {
  return scan.memo('text-index', newIndex);
}

/** Every "\n" (see `TextIndex`). */
export function lineBreaks(scan: ScanState): readonly number[] {
  return textIndex(scan).lineBreaks;
}

const isCapital = (code: number) => code >= 65 && code <= 90;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isWordCode = (code: number) => isCapital(code) || isDigit(code) || (code >= 97 && code <= 122) || code === 95;

/** Shared by every text that has none of something. */
const NONE: number[] = [];

interface Anchors {
  breaks: number[];
  separators: number[];
  capitals: number[];
  keywords: number[];
  ats: number[];
  ibans: number[];
}

/**
 * The pass reads each pair of adjacent characters (a, b) as one number from their codes below: their own for ASCII,
 * COLON for "：", and 0 for anything else. PAIRS says which pairs start something: a line break, a separator or "@"
 * (whatever follows), a capital after a space or tab, the first two letters of a Latin keyword, two capitals (where an
 * IBAN may start). A table of pairs rules out far more than one of single characters: the first letters of the
 * keywords alone are a third of English text.
 */
const COLON = 1; // "：" (code 1, a control character, reads as nothing)
const CODES = new Uint8Array(65536);
for (let code = 2; code < 128; code++) CODES[code] = code;
CODES[0xff1a] = COLON;
const pair = (a: number, b: number) => (a << 7) | b;

const BREAK = 1;
const SEPARATOR = 2;
const AT = 3;
const CAPITAL_AFTER_GAP = 4;
const KEYWORD_HEAD = 5;
const CAPITALS = 6;
const KEYWORD_AND_CAPITALS = 7; // "QQ", "VX", "WX", "TG"

const PAIRS = new Uint8Array(128 * 128);
for (let b = 0; b < 128; b++) {
  PAIRS[pair(10, b)] = BREAK;
  for (const a of [58, 61, COLON]) PAIRS[pair(a, b)] = SEPARATOR; // ":", "=", "："
  PAIRS[pair(64, b)] = AT;
}
for (let a = 65; a <= 90; a++) {
  PAIRS[pair(32, a)] = PAIRS[pair(9, a)] = CAPITAL_AFTER_GAP;
  for (let b = 65; b <= 90; b++) PAIRS[pair(a, b)] = CAPITALS;
}
for (const head of ['pa', 'pw', 'us', 'lo', 'ac', 'ha', 'qq', 'vx', 'wx', 'tg']) {
  for (const a of [head[0], head[0].toUpperCase()]) {
    for (const b of [head[1], head[1].toUpperCase()]) {
      const at = pair(a.charCodeAt(0), b.charCodeAt(0));
      PAIRS[at] = PAIRS[at] === CAPITALS ? KEYWORD_AND_CAPITALS : KEYWORD_HEAD;
    }
  }
}

/**
 * Characters read per chunk by `findAnchors`, and the positions its first pass notes in one (each as its offset in the
 * chunk times 8 plus its kind, 1-7), reused from text to text.
 */
const CHUNK = 16384;
const candidates = new Int32Array(CHUNK);

/**
 * The length of the Latin keyword at text[at] (LATIN_KEYWORDS: /p(?:ass|w)|user|login|acc(?:oun)?t|handle|qq|vx|wx|tg/i,
 * alternatives tried in that order), or 0. `at` holds a KEYWORD_HEAD.
 */
function keywordAt(text: string, at: number): number {
  const c = text.charCodeAt(at) | 32;
  const next = text.charCodeAt(at + 1) | 32;
  switch (c) {
    case 112: // p
      if (next === 119) return 2; // pw
      return next === 97 && (codeAt(text, at + 2) | 32) === 115 && (codeAt(text, at + 3) | 32) === 115 ? 4 : 0; // pass
    case 117: // u
      return next === 115 && (codeAt(text, at + 2) | 32) === 101 && (codeAt(text, at + 3) | 32) === 114 ? 4 : 0; // user
    case 108: // l
      return next === 111 && (codeAt(text, at + 2) | 32) === 103 && (codeAt(text, at + 3) | 32) === 105 && (codeAt(text, at + 4) | 32) === 110 ? 5 : 0; // login
    case 97: // a
      if (next !== 99 || (codeAt(text, at + 2) | 32) !== 99) return 0;
      if ((codeAt(text, at + 3) | 32) === 116) return 4; // acct
      return (codeAt(text, at + 3) | 32) === 111 && (codeAt(text, at + 4) | 32) === 117 && (codeAt(text, at + 5) | 32) === 110 && (codeAt(text, at + 6) | 32) === 116 ? 7 : 0; // account
    case 104: // h
      return next === 97 && (codeAt(text, at + 2) | 32) === 110 && (codeAt(text, at + 3) | 32) === 100 && (codeAt(text, at + 4) | 32) === 108 && (codeAt(text, at + 5) | 32) === 101 ? 6 : 0; // handle
    case 113: // q
      return next === 113 ? 2 : 0; // qq
    case 118: // v
    case 119: // w
      return next === 120 ? 2 : 0; // vx, wx
    case 116: // t
      return next === 103 ? 2 : 0; // tg
    default:
      return 0;
  }
}

/** A list that is NONE until something is found, then an array of its own. */
const grown = (list: number[]): number[] => (list === NONE ? [] : list);

/** Every list of TextIndex but the scheme marks, in one pass over the text. */
function findAnchors(text: string): Anchors {
  let breaks = NONE;
  let separators = NONE;
  let capitals = NONE;
  let keywords = NONE;
  let ats = NONE;
  let ibans = NONE;
  const length = text.length;
  // Local tables are read faster than module constants.
  const codes = CODES;
  const pairs = PAIRS;
  const marks = candidates;
  let keywordFrom = 0; // keywords do not overlap: the next may start here
  // Two passes over each chunk, as in zh-keywords.ts: the first notes every position whose pair starts something,
  // with its kind, without a branch; the second looks only at those.
  for (let from = 0; from < length; from += CHUNK) {
    const to = Math.min(length, from + CHUNK);
    const last = Math.min(to, length - 1); // the text's last character pairs with nothing (code 0)
    let count = 0;
    let a = codes[text.charCodeAt(from)];
    for (let i = from; i < last; i++) {
      const b = codes[text.charCodeAt(i + 1)];
      const kind = pairs[(a << 7) | b];
      marks[count] = ((i - from) << 3) | kind;
      count += (kind + 255) >> 8;
      a = b;
    }
    if (last < to) {
      const kind = pairs[a << 7];
      marks[count] = ((last - from) << 3) | kind;
      count += (kind + 255) >> 8;
    }
    for (let k = 0; k < count; k++) {
      const mark = marks[k];
      const i = from + (mark >> 3);
      const kind = mark & 7;
      if (kind === BREAK) (breaks = grown(breaks)).push(i);
      else if (kind === SEPARATOR) (separators = grown(separators)).push(i);
      else if (kind === AT) (ats = grown(ats)).push(i);
      else if (kind === CAPITAL_AFTER_GAP) (capitals = grown(capitals)).push(i + 1);
      else {
        if ((kind === KEYWORD_HEAD || kind === KEYWORD_AND_CAPITALS) && i >= keywordFrom) {
          const word = keywordAt(text, i);
          if (word > 0) {
            (keywords = grown(keywords)).push(i);
            keywordFrom = i + word;
          }
        }
        if ((kind === CAPITALS || kind === KEYWORD_AND_CAPITALS) && !(i > 0 && isWordCode(text.charCodeAt(i - 1)))) {
          if (isDigit(codeAt(text, i + 2)) && isDigit(codeAt(text, i + 3))) (ibans = grown(ibans)).push(i);
        }
      }
    }
  }
  return { breaks, separators, capitals, keywords, ats, ibans };
}

function findSchemeMarks(text: string, separators: readonly number[]): number[] {
  let out = NONE;
  for (const at of separators) {
    if (text.charCodeAt(at) !== 58 || codeAt(text, at + 1) !== 47 || codeAt(text, at + 2) !== 47) continue; // "://"
    if (out === NONE) out = [];
    out.push(at);
  }
  return out;
}
