import type { ScanState } from '../types.js';

/**
 * Positions several recognizers anchor on, each found once per text (with `indexOf`, far faster than a regex, which
 * V8 runs at every position) and shared. One object per text, reached through one `scan.memo` lookup; each list is
 * found when first asked for. Every list is in text order.
 */
export class TextIndex {
  private breaks: number[] | undefined;
  private marks: number[] | undefined;
  private capitals: number[] | undefined;
  private keywords: number[] | undefined;
  private schemes: number[] | undefined;
  private ats: number[] | undefined;

  constructor(readonly text: string) {}

  /** Every "\n". */
  get lineBreaks(): readonly number[] {
    return (this.breaks ??= charPositions(this.text, '\n'));
  }

  /** Every ":", "=" and "：", the separators between a label and its value. */
  get separators(): readonly number[] {
    return (this.marks ??= merge(merge(charPositions(this.text, ':'), charPositions(this.text, '=')), charPositions(this.text, '：')));
  }

  /**
   * Every capital letter A-Z right after a space or tab: where a second word of a name, the street name after a house
   * number, or a name after a title starts.
   */
  get spaceCapitals(): readonly number[] {
    return (this.capitals ??= findSpaceCapitals(this.text));
  }

  /**
   * Where a Latin account or password word starts, in any case: "pass" and "pw" (password, passwd, pwd), "user",
   * "login", "acct", "account", "handle", and the chat-app abbreviations "qq", "vx", "wx", "tg". The label patterns of
   * the username and password recognizers can only start at one of these, and are tried only there.
   */
  get latinKeywords(): readonly number[] {
    return (this.keywords ??= findLatinKeywords(this.text));
  }

  /** Every "@": of e-mail addresses, handles and mentions. */
  get atSigns(): readonly number[] {
    return (this.ats ??= charPositions(this.text, '@'));
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

/** Shared by every text that has none of something. */
const NONE: number[] = [];

function charPositions(text: string, ch: string): number[] {
  let at = text.indexOf(ch);
  if (at < 0) return NONE;
  const out: number[] = [];
  for (; at >= 0; at = text.indexOf(ch, at + 1)) out.push(at);
  return out;
}

function findSchemeMarks(text: string, separators: readonly number[]): number[] {
  let out = NONE;
  for (const at of separators) {
    if (text.charCodeAt(at) !== 58 || text.charCodeAt(at + 1) !== 47 || text.charCodeAt(at + 2) !== 47) continue; // "://"
    if (out === NONE) out = [];
    out.push(at);
  }
  return out;
}

function merge(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i] < b[j] ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

function capitalsAfter(text: string, gap: string): number[] {
  let out = NONE;
  for (let at = text.indexOf(gap); at >= 0; at = text.indexOf(gap, at + 1)) {
    if (!isCapital(text.charCodeAt(at + 1))) continue;
    if (out === NONE) out = [];
    out.push(at + 1);
  }
  return out;
}

function findSpaceCapitals(text: string): number[] {
  return merge(capitalsAfter(text, ' '), capitalsAfter(text, '\t'));
}

/**
 * The Latin account and password words (see `latinKeywords`). Occurrences never overlap except where the later one
 * follows a letter ("pwx"), which no label pattern accepts.
 */
const LATIN_KEYWORDS = /p(?:ass|w)|user|login|acc(?:oun)?t|handle|qq|vx|wx|tg/gi;

function findLatinKeywords(text: string): number[] {
  let out = NONE;
  LATIN_KEYWORDS.lastIndex = 0;
  for (let m = LATIN_KEYWORDS.exec(text); m !== null; m = LATIN_KEYWORDS.exec(text)) {
    if (out === NONE) out = [];
    out.push(m.index);
  }
  return out;
}
