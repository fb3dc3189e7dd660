/**
 * `text.charCodeAt(at)` inside the text, -1 past either end (where `charCodeAt` answers NaN: no character code equals
 * either, and -1 keeps the value an integer), for a read that may fall off the text. V8 stops inlining a `charCodeAt`
 * call once it has read out of bounds and calls it from then on, which made such a loop 60% slower on this machine;
 * the bounds check here keeps this one inlined.
 */
export function codeAt(text: string, at: number): number {
  return at >= 0 && at < text.length ? text.charCodeAt(at) : -1;
}

/** White space as `\s` and `String.prototype.trim` read it. */
export const isWhiteSpace = (code: number) =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

/** Whether `code` occurs in text[from, to). */
export function holds(text: string, from: number, to: number, code: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === code) return true;
  return false;
}
