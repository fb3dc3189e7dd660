/**
 * `text.charCodeAt(at)` inside the text, -1 past either end (where `charCodeAt` answers NaN: no character code equals
 * either, and -1 keeps the value an integer), for a read that may fall off the text. V8 stops inlining a `charCodeAt`
 * call once it has read out of bounds and calls it from then on, which made such a loop 60% slower on this machine;
 * the bounds check here keeps this one inlined.
 */
export function codeAt(text: string, at: number): number {
  return at >= 0 && at < text.length ? text.charCodeAt(at) : -1;
}
