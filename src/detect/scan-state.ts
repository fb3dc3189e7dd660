import type { FindingType, Finding, Language, ScanState } from './types.js';

const DEFAULT_WINDOW = 30;

/**
 * One case-insensitive regex per word list (lists are module constants, so this stays small): one test instead of an
 * `includes` per word, on the window as written (lower-casing the whole text cost more than all the tests).
 */
const wordPatterns = new WeakMap<readonly string[], RegExp>();

function wordPattern(words: readonly string[]): RegExp {
  let pattern = wordPatterns.get(words);
  if (pattern === undefined) {
    pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
    wordPatterns.set(words, pattern);
  }
  return pattern;
}

/**
 * Words that count as context everywhere in a text (a column header, say), fixed for a scanner, with the answer for
 * each word list asked about: a structured scan asked the same question again for every cell (a tenth of a CSV scan).
 * Keyed weakly, so a list made for one call is let go of.
 */
export class WholeTextContext {
  private readonly answers = new WeakMap<readonly string[], boolean>();

  constructor(private readonly given: readonly string[]) {}

  /** Whether a given word contains one of `words`. */
  names(words: readonly string[]): boolean {
    if (this.given.length === 0) return false;
    let answer = this.answers.get(words);
    if (answer === undefined) {
      answer = this.given.some((given) => words.some((word) => given.includes(word)));
      this.answers.set(words, answer);
    }
    return answer;
  }
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
    private readonly wholeText: WholeTextContext,
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
    if (this.wholeText.names(words)) return true;
    // A zero window asks only about the whole-text context (see inColumn): nothing in the text can answer.
    if (words.length === 0 || window === 0) return false;
    const pattern = wordPattern(words);
    const { text } = this;
    return pattern.test(text.slice(Math.max(0, start - window), start)) || pattern.test(text.slice(end, end + Math.min(window, 12)));
  }

  memo<T>(key: string, compute: (text: string) => T): T {
    const { memos } = this;
    for (let k = 0; k < memos.length; k += 2) if (memos[k] === key) return memos[k + 1] as T;
    const value = compute(this.text);
    memos.push(key, value);
    return value;
  }
}
