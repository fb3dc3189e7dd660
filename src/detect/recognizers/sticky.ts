/**
 * Where a sticky (`y`) pattern's match at `at` ends, or -1 when it does not match there: `test` leaves the end in
 * `lastIndex` without building the match array `exec` returns, for callers that only need the length.
 */
export function stickyEnd(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}
