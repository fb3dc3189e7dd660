import type { ScanState } from '../types.js';
import { type Cell, cells, DELIMITERS } from './delimited-tables.js';
import { lineBreaks } from './text-index.js';

/**
 * A column holds one kind of value. Some values are ambiguous alone (nine bare digits) but not among their column's
 * other cells (dashed SSNs), even where the table has no header that names the column, or a header too far up.
 */

/** How many lines above and below are read; the column ends earlier at a line of another shape. */
const NEIGHBOUR_LINES = 8;

/** The index of the line holding `pos`, given the text's line breaks. */
function lineOf(breaks: readonly number[], pos: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const lineStart = (breaks: readonly number[], k: number) => (k === 0 ? 0 : breaks[k - 1] + 1);
const lineEnd = (breaks: readonly number[], text: string, k: number) => (k < breaks.length ? breaks[k] : text.length);
const isPadding = (code: number) => code === 32 || code === 34 || code === 39 || code === 13;

/** The delimiter next to the value [start, end) when it is a whole cell of a delimited line, or undefined. */
function delimiterAround(text: string, start: number, end: number): string | undefined {
  let before = start;
  while (before > 0 && isPadding(text.charCodeAt(before - 1))) before--;
  let after = end;
  while (after < text.length && isPadding(text.charCodeAt(after))) after++;
  // A line's start or end is no delimiter, but the cell may stand there.
  const left = before > 0 && text.charCodeAt(before - 1) !== 10 ? text[before - 1] : undefined;
  const right = after < text.length && text.charCodeAt(after) !== 10 ? text[after] : undefined;
  const delimiter = left ?? right;
  if (delimiter === undefined || !(DELIMITERS as readonly string[]).includes(delimiter)) return undefined;
  return (left === undefined || left === delimiter) && (right === undefined || right === delimiter) ? delimiter : undefined;
}

/**
 * Whether the value at [start, end) is a whole cell of a delimited line and a cell in the same column of a nearby
 * line of the same shape (as many cells) passes `peer`.
 */
export function columnHas(scan: ScanState, start: number, end: number, peer: (text: string, cell: Cell) => boolean): boolean {
  const { text } = scan;
  const delimiter = delimiterAround(text, start, end);
  if (delimiter === undefined) return false;
  const breaks = lineBreaks(scan);
  const line = lineOf(breaks, start);
  const own = cells(text, lineStart(breaks, line), lineEnd(breaks, text, line), delimiter);
  let column = 0;
  while (column < own.length && (own[column].start !== start || own[column].end !== end)) column++;
  if (column === own.length) return false;
  for (let step = -1; step <= 1; step += 2) {
    for (let k = line + step, n = 0; n < NEIGHBOUR_LINES && k >= 0 && k <= breaks.length; k += step, n++) {
      const row = cells(text, lineStart(breaks, k), lineEnd(breaks, text, k), delimiter);
      if (row.length !== own.length) break;
      if (peer(text, row[column])) return true;
    }
  }
  return false;
}
