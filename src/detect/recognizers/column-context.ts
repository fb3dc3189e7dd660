import type { ScanState } from '../types.js';

/** Longest text read as one table cell. */
const MAX_CELL = 256;

/**
 * Whether the text is a table cell under a header naming one of `words`: the structured mode passes the header as
 * context for the whole text. Longer texts are not cells. The text itself is not read, so recognizers ask this
 * before looking at a cell's value.
 */
export function inColumn(scan: ScanState, words: readonly string[]): boolean {
  return scan.text.length <= MAX_CELL && scan.hasContext(0, 0, words, 0);
}
