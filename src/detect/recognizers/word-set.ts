/**
 * Finds every occurrence of a fixed set of words in one pass: a table lookup on each character rules out almost every
 * position, and only the rest are compared. Much faster than a regex alternation of a hundred CJK words, which V8
 * tries word by word at every position. ASCII letters match case-insensitively.
 */
export class WordSet {
  /** Bit 1: some word starts with this character; bit 2: some word is just this character. */
  private readonly heads = new Uint8Array(65536);
  /** Second characters of words longer than one character. */
  private readonly seconds = new Uint8Array(65536);
  /** Words longer than one character, keyed by their first two (lower-cased) characters, longest first. */
  private readonly byPair = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const raw of words) {
      const word = raw.toLowerCase();
      const first = word.charCodeAt(0);
      this.mark(first, (code) => (this.heads[code] |= word.length === 1 ? 3 : 1));
      if (word.length === 1) continue;
      const second = word.charCodeAt(1);
      this.mark(second, (code) => (this.seconds[code] = 1));
      const key = first * 65536 + second;
      const list = this.byPair.get(key) ?? [];
      list.push(word);
      list.sort((a, b) => b.length - a.length);
      this.byPair.set(key, list);
    }
  }

  /** Visits every occurrence (the word lower-cased), in text order, longest first at each position. */
  forEach(text: string, visit: (start: number, word: string) => void): void {
    const { heads, seconds } = this;
    const last = text.length;
    for (let i = 0; i < last; i++) {
      const head = heads[text.charCodeAt(i)];
      if (head === 0) continue;
      const next = text.charCodeAt(i + 1);
      if (i + 1 < last && seconds[next] === 1) {
        const list = this.byPair.get(lower(text.charCodeAt(i)) * 65536 + lower(next));
        if (list) {
          for (const word of list) if (this.matchesAt(text, i, word)) visit(i, word);
        }
      }
      if (head & 2) visit(i, String.fromCharCode(lower(text.charCodeAt(i))));
    }
  }

  private matchesAt(text: string, at: number, word: string): boolean {
    if (at + word.length > text.length) return false;
    for (let k = 2; k < word.length; k++) if (lower(text.charCodeAt(at + k)) !== word.charCodeAt(k)) return false;
    return true;
  }

  /** Marks a character and, for an ASCII letter, its upper-case form. */
  private mark(code: number, set: (code: number) => void): void {
    set(code);
    if (code >= 97 && code <= 122) set(code - 32);
  }
}

function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}
