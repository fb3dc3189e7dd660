import { PairIndex } from './pair-index.js';

/** An occurrence of a word: where it is, and the value given with the word. */
export interface WordMatch {
  start: number;
  end: number;
  kind: number;
}

/**
 * Finds every occurrence of a fixed set of words in one pass: a table lookup on each character rules out almost every
 * position, and only the rest are compared. Much faster than a regex alternation of a hundred CJK words, which V8
 * tries word by word at every position. ASCII letters match case-insensitively.
 */
export class WordSet {
  /** Bit 1: some word of two or more characters starts with this character; bit 2: some word is just this character. */
  readonly heads = new Uint8Array(65536);
  /** A bit per hash of the first two (lower-cased) characters of a word longer than one: most pairs need no lookup. */
  private readonly pairBits = new Uint8Array(8192);
  /** The words (lower-cased) and their values, by index. */
  private readonly words: string[] = [];
  private readonly values: number[] = [];
  /** Indices of the words longer than one character, keyed by their first two (lower-cased) characters, longest first. */
  private readonly byPair = new PairIndex();
  /** Indices of the one-character words, by their (lower-cased) character. */
  private readonly singles = new Map<number, number>();

  constructor(words: Iterable<readonly [string, number]>) {
    for (const [raw, value] of words) {
      const word = raw.toLowerCase();
      const index = this.words.length;
      this.words.push(word);
      this.values.push(value);
      const first = word.charCodeAt(0);
      if (word.length === 1) {
        mark(first, (code) => (this.heads[code] |= 2));
        this.singles.set(first, index);
        continue;
      }
      mark(first, (code) => (this.heads[code] |= 1));
      const second = word.charCodeAt(1);
      const bit = pairHash(first, second);
      this.pairBits[bit >>> 3] |= 1 << (bit & 7);
      this.byPair.add(first, second, index);
    }
    this.byPair.seal((a, b) => this.words[b].length - this.words[a].length);
  }

  /** A cheap first look: whether a word may start at `at`, judged by its first two characters. */
  mayStartAt(text: string, at: number): boolean {
    const head = this.heads[text.charCodeAt(at)];
    if (head & 2) return true;
    const bit = pairHash(lower(text.charCodeAt(at)), lower(text.charCodeAt(at + 1)));
    return (this.pairBits[bit >>> 3] & (1 << (bit & 7))) !== 0;
  }

  /** Appends the words at `at` (a position whose `heads` entry is not 0) to `out`, longest first. */
  matchesAt(text: string, at: number, out: WordMatch[]): void {
    const head = this.heads[text.charCodeAt(at)];
    if (head & 1 && at + 1 < text.length) {
      const first = lower(text.charCodeAt(at));
      const next = lower(text.charCodeAt(at + 1));
      const bit = pairHash(first, next);
      if (this.pairBits[bit >>> 3] & (1 << (bit & 7))) {
        const span = this.byPair.find(first, next);
        if (span >= 0) {
          const { entries } = this.byPair;
          for (let k = span >> 8, end = k + (span & 255); k < end; k++) {
            const index = entries[k];
            const word = this.words[index];
            if (matchesAt(text, at, word)) out.push({ start: at, end: at + word.length, kind: this.values[index] });
          }
        }
      }
    }
    if (head & 2) out.push({ start: at, end: at + 1, kind: this.values[this.singles.get(lower(text.charCodeAt(at)))!] });
  }
}

function matchesAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 2; k < word.length; k++) if (lower(text.charCodeAt(at + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** Marks a character and, for an ASCII letter, its upper-case form. */
function mark(code: number, set: (code: number) => void): void {
  set(code);
  if (code >= 97 && code <= 122) set(code - 32);
}

/** 16 bits from a pair of character codes. */
const pairHash = (first: number, second: number) => (Math.imul(first, 40503) + second) & 0xffff;

function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}
