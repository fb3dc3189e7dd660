import type { FindingType, Finding, Language, ScanState } from './types.js';

const DEFAULT_WINDOW = 30;

/**
 * The context test of one word list (lists are module constants, so these stay few): whether a stretch of the text
 * holds one of the words, in any ASCII case, as a case-insensitive regex of them all would say. Read in place, a
 * table lookup per character, where the regex needed both windows cut out first (this took 4% of a scan).
 */
export class ContextWords {
  /** By a character (in either case for an ASCII letter): 1 when some word starts with it. */
  private readonly heads = new Uint8Array(65536);
  /** By a word's first character, lower-cased: the words, as their lower-cased codes. */
  private readonly byHead = new Map<number, Uint16Array[]>();
  private readonly shortest: number;
  /**
   * A regex for a list with an empty word (which the regex finds anywhere) or a letter outside ASCII (whose case
   * folding this matcher does not do).
   */
  private readonly pattern: RegExp | undefined;

  constructor(words: readonly string[]) {
    this.shortest = Math.min(...words.map((w) => w.length));
    if (this.shortest === 0 || !words.every(isCaseless)) {
      this.pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
      return;
    }
    for (const word of words) {
      const codes = Uint16Array.from({ length: word.length }, (_, k) => asciiLower(word.charCodeAt(k)));
      const list = this.byHead.get(codes[0]) ?? [];
      list.push(codes);
      this.byHead.set(codes[0], list);
      this.heads[codes[0]] = 1;
      if (codes[0] >= 97 && codes[0] <= 122) this.heads[codes[0] - 32] = 1;
    }
  }

  /** Whether one of the words lies wholly inside text[from, to). */
  within(text: string, from: number, to: number): boolean {
    if (this.pattern !== undefined) return this.pattern.test(text.slice(from, to));
    const heads = this.heads;
    for (let at = from, last = to - this.shortest; at <= last; at++) {
      if (heads[text.charCodeAt(at)] === 0) continue;
      for (const word of this.byHead.get(asciiLower(text.charCodeAt(at)))!) {
        if (at + word.length <= to && wordAt(text, at, word)) return true;
      }
    }
    return false;
  }
}

/** Whether every character of `word` outside ASCII has no case. */
function isCaseless(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const ch = word[k];
    if (ch.charCodeAt(0) >= 128 && ch.toLowerCase() !== ch.toUpperCase()) return false;
  }
  return true;
}

const asciiLower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

function wordAt(text: string, at: number, word: Uint16Array): boolean {
  for (let k = 1; k < word.length; k++) if (asciiLower(text.charCodeAt(at + k)) !== word[k]) return false;
  return true;
}

const contextWords = new WeakMap<readonly string[], ContextWords>();

function contextWordsOf(words: readonly string[]): ContextWords {
  let matcher = contextWords.get(words);
  if (matcher === undefined) {
    matcher = new ContextWords(words);
    contextWords.set(words, matcher);
  }
  return matcher;
}

/** Collects candidate findings for one text and answers context questions cheaply. */
export class TextScanState implements ScanState {
  readonly findings: Finding[] = [];
  /** Memo keys and their values, side by side: a text has a handful, and a scan of a few string keys beats hashing. */
  private readonly memos: unknown[] = [];

  constructor(
    readonly text: string,
    readonly languages: ReadonlySet<Language>,
    private readonly typeFilter: ReadonlySet<string> | null,
    /** Lower-cased words that count as context everywhere in the text (a column header, say). */
    private readonly globalContext: readonly string[],
    /** Candidates scored below this are dropped on arrival: they could never be reported. */
    private readonly minScore = 0,
  ) {}

  wants(type: FindingType): boolean {
    return this.typeFilter === null || this.typeFilter.has(type);
  }

  add(type: FindingType, start: number, end: number, score: number, recognizer: string): void {
    if (end > start && score >= this.minScore && this.wants(type)) this.findings.push({ type, start, end, score, recognizer });
  }

  hasContext(start: number, end: number, words: readonly string[], window = DEFAULT_WINDOW): boolean {
    for (const given of this.globalContext) {
      for (const word of words) if (given.includes(word)) return true;
    }
    // A zero window asks only about the whole-text context (see inColumn): nothing in the text can answer.
    if (words.length === 0 || window === 0) return false;
    const matcher = contextWordsOf(words);
    const { text } = this;
    return matcher.within(text, Math.max(0, start - window), start) || matcher.within(text, end, Math.min(text.length, end + Math.min(window, 12)));
  }

  memo<T>(key: string, compute: (text: string) => T): T {
    const { memos } = this;
    for (let k = 0; k < memos.length; k += 2) if (memos[k] === key) return memos[k + 1] as T;
    const value = compute(this.text);
    memos.push(key, value);
    return value;
  }
}
