import type { FindingType, Finding, Language, ScanState } from './types.js';

const DEFAULT_WINDOW = 30;

/** Collects candidate findings for one text and answers context questions cheaply. */
export class TextScanState implements ScanState {
  readonly findings: Finding[] = [];
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly text: string,
    readonly languages: ReadonlySet<Language>,
    private readonly typeFilter: ReadonlySet<string> | null,
    /** Lower-cased words that count as context everywhere in the text (a column header, say). */
    private readonly globalContext: readonly string[],
  ) {}

  wants(type: FindingType): boolean {
    return this.typeFilter === null || this.typeFilter.has(type);
  }

  add(type: FindingType, start: number, end: number, score: number, recognizer: string): void {
    if (end > start && this.wants(type)) this.findings.push({ type, start, end, score, recognizer });
  }

  hasContext(start: number, end: number, words: readonly string[], window = DEFAULT_WINDOW): boolean {
    for (const given of this.globalContext) {
      for (const word of words) if (given.includes(word)) return true;
    }
    const before = this.text.slice(Math.max(0, start - window), start).toLowerCase();
    const after = this.text.slice(end, end + Math.min(window, 12)).toLowerCase();
    for (const word of words) {
      if (before.includes(word) || after.includes(word)) return true;
    }
    return false;
  }

  memo<T>(key: string, compute: (text: string) => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute(this.text));
    return this.memos.get(key) as T;
  }
}
