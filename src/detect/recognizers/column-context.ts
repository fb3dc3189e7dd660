import type { ScanState } from '../types.js';

/** Longest text read as one table cell. */
const MAX_CELL = 256;

/**
 * Whether the text is a table cell under a header naming one of `words`: the structured mode passes the header as
 * context for the whole text. Longer texts are not cells, and asking would lower-case all of them for nothing.
 */
export function inColumn(scan: ScanState, words: readonly string[]): boolean {
  return scan.text.length <= MAX_CELL && scan.hasContext(0, 0, words, 0);
}
