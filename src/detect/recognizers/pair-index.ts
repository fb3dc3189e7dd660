/**
 * Small integers (indices into a caller's tables) keyed by a pair of character codes, all in flat typed arrays: V8's
 * Map is several times slower on this path, a pair of CJK codes is no small integer, and lists of objects cost a cache
 * miss per entry. A character no pair starts with is ruled out by one bit first. Call `seal` once every pair is added.
 */
export class PairIndex {
  /** A bit per character code that starts some pair. */
  private readonly firsts = new Uint32Array(2048);
  private readonly pending = new Map<number, number[]>();
  private keys = new Int32Array(0);
  /** Per slot of `keys`: where its entries start in `entries`, times 256, plus how many there are. */
  private spans = new Int32Array(0);
  private mask = 0;
  /** The entries of every pair, one list after another, each in the order `seal` gave it. */
  entries = new Int32Array(0);

  add(first: number, second: number, entry: number): void {
    this.firsts[first >>> 5] |= 1 << (first & 31);
    const key = pairKey(first, second);
    const list = this.pending.get(key);
    if (list) list.push(entry);
    else this.pending.set(key, [entry]);
  }

  /** Sorts each list and builds the table. */
  seal(order: (a: number, b: number) => number): void {
    let size = 16;
    while (size < this.pending.size * 4) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(EMPTY_KEY);
    this.spans = new Int32Array(size);
    const entries: number[] = [];
    for (const [key, list] of this.pending) {
      if (list.length > 255) throw new Error(`PairIndex: more than 255 entries for one pair`);
      list.sort(order);
      let at = mix(key) & this.mask;
      while (this.keys[at] !== EMPTY_KEY) at = (at + 1) & this.mask;
      this.keys[at] = key;
      this.spans[at] = entries.length * 256 + list.length;
      for (const entry of list) entries.push(entry);
    }
    this.entries = Int32Array.from(entries);
    this.pending.clear();
  }

  /** The entries of a pair as `start * 256 + count` (read them from `entries`), or -1 when it has none. */
  find(first: number, second: number): number {
    if (((this.firsts[first >>> 5] >>> (first & 31)) & 1) === 0 || !(second >= 0)) return -1;
    const key = pairKey(first, second);
    const keys = this.keys;
    for (let at = mix(key) & this.mask; ; at = (at + 1) & this.mask) {
      const found = keys[at];
      if (found === key) return this.spans[at];
      if (found === EMPTY_KEY) return -1;
    }
  }
}

/** Two 16-bit character codes as one 32-bit integer; no pair of real characters gives EMPTY_KEY (U+FFFF twice). */
const pairKey = (first: number, second: number) => ((first << 16) | second) | 0;
const EMPTY_KEY = -1;
/** Mixes the bits of a pair key. */
const mix = (key: number) => Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 7;

/** Words of two or more characters, looked up in place in a text: no string is cut out for a lookup. */
export class PhraseSet {
  private readonly words: string[];
  private readonly index = new PairIndex();

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)];
    this.words.forEach((word, i) => {
      if (word.length < 2) throw new Error(`PhraseSet: "${word}" is shorter than two characters`);
      this.index.add(word.charCodeAt(0), word.charCodeAt(1), i);
    });
    this.index.seal((a, b) => a - b);
  }

  /** Whether text[start, end), read as `slice` reads it, is one of the words. */
  hasAt(text: string, start: number, end: number): boolean {
    const length = Math.min(end, text.length) - start;
    if (length < 2) return false;
    const span = this.index.find(text.charCodeAt(start), text.charCodeAt(start + 1));
    if (span < 0) return false;
    const { entries } = this.index;
    for (let k = span >> 8, stop = k + (span & 255); k < stop; k++) {
      const word = this.words[entries[k]];
      if (word.length === length && sameAt(text, start, word)) return true;
    }
    return false;
  }
}

/** Whether `word` (whose first two characters are known to match) stands at `at`. */
function sameAt(text: string, at: number, word: string): boolean {
  for (let k = 2; k < word.length; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}
