const isLabelChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || (code >= 0x4e00 && code <= 0x9fff);
const isGapCode = (code: number) => code === 32 || code === 9;
const isQuoteOrGap = (code: number) => code === 34 || code === 39 || code === 32 || code === 9;
const lowerCode = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);
const MAX_WORD = 24;
const NONE: readonly string[] = [];

/** Where the last word before a separator at `at` ends (quotes and spaces skipped), or 0 when no word is there. */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (end > 0 && isQuoteOrGap(text.charCodeAt(end - 1))) end--;
  return end > 0 && isLabelChar(text.charCodeAt(end - 1)) ? end : 0;
}

/**
 * The last one or two words before a separator at `at` (quotes and spaces skipped), lower-cased: ["card holder",
 * "holder"] for `Card Holder: X`, ["username"] for `"username": "x"`. Recognizers anchor on separators and look a
 * label up here, which is far faster than a case-insensitive regex alternation of every label.
 */
export function labelBefore(text: string, at: number): readonly string[] {
  const end = wordEnd(text, at);
  if (end === 0) return NONE;
  let start = end;
  while (start > 0 && end - start < MAX_WORD && isLabelChar(text.charCodeAt(start - 1))) start--;
  const last = text.slice(start, end).toLowerCase();
  let gap = start;
  while (gap > 0 && isGapCode(text.charCodeAt(gap - 1))) gap--;
  let first = gap;
  while (first > 0 && gap - first < MAX_WORD && isLabelChar(text.charCodeAt(first - 1))) first--;
  return gap < start && first < gap ? [`${text.slice(first, gap).toLowerCase()} ${last}`, last] : [last];
}

/**
 * Labels looked up before a separator, as `labelBefore` reads them (the two-word label first, then the last word), but
 * without building a string unless the last word's length and last letter fit some label: most separators in JSON and
 * logs follow keys that are no label at all.
 */
export class LabelSet<T> {
  private readonly values = new Map<string, T>();
  /** By the (lower-cased) last character of a label's last word: a bit per length of that word. */
  private readonly tails = new Shapes();
  /** The same by the first character of the last word. */
  private readonly heads = new Shapes();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [label, value] of entries) {
      if (!this.values.has(label)) this.values.set(label, value);
      const last = label.slice(label.lastIndexOf(' ') + 1);
      if (last.length === 0 || last.length > MAX_WORD) continue;
      this.tails.add(last.charCodeAt(last.length - 1), last.length);
      this.heads.add(last.charCodeAt(0), last.length);
    }
  }

  /** The value of the first label `labelBefore(text, at)` names, or undefined. */
  before(text: string, at: number): T | undefined {
    const end = wordEnd(text, at);
    if (end === 0) return undefined;
    const bits = this.tails.get(lowerCode(text.charCodeAt(end - 1)));
    if (bits === 0) return undefined;
    let start = end;
    while (start > 0 && end - start < MAX_WORD && isLabelChar(text.charCodeAt(start - 1))) start--;
    if ((bits & this.heads.get(lowerCode(text.charCodeAt(start))) & (1 << (end - start))) === 0) return undefined;
    const words = labelBefore(text, at);
    for (const word of words) {
      const value = this.values.get(word);
      if (value !== undefined) return value;
    }
    return undefined;
  }
}

/** A bit per word length, by character: a table for ASCII, a map for the rest (CJK labels are few). */
class Shapes {
  private readonly ascii = new Uint32Array(128);
  private readonly other = new Map<number, number>();

  add(code: number, length: number): void {
    if (code < 128) this.ascii[code] |= 1 << length;
    else this.other.set(code, (this.other.get(code) ?? 0) | (1 << length));
  }

  get(code: number): number {
    return code < 128 ? this.ascii[code] : (this.other.get(code) ?? 0);
  }
}
