import { headerType } from '../header-names.js';
import type { EntityType, ScanState } from '../types.js';
import { holds, isWhiteSpace } from './code-at.js';
import { lineBreaks } from './text-index.js';

/** Delimited tables (CSV, TSV, "|" tables) inside a text, with the columns their header names. */

const MAX_HEADER = 400;
const MAX_HEADER_CELL = 30;

/** Column types whose cells the table-columns recognizer reports; the others are left to their own recognizers. */
export const COLUMN_TYPES = ['PERSON', 'USERNAME', 'PASSWORD', 'ADDRESS', 'US_SSN', 'PASSPORT', 'CN_RESIDENT_ID'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];
const isColumnType = (type: EntityType | null): type is ColumnType => (COLUMN_TYPES as readonly (EntityType | null)[]).includes(type);
export const DELIMITERS = ['\t', ',', '|', ';'] as const;
/**
 * Sale posts and dumps announce their columns with a label ("Format: name|ssn|address", "Fullz format:",
 * "数据字段：姓名,手机"): the header is what follows it. Only these words: "username: required, password: optional"
 * is prose, not a header.
 */
const HEADER_LABEL =
  /[ \t#*>[-]*(?:(?:[A-Za-z]+ ){0,2}(?:format|fields?|columns?|headers?|layout)|[\u4e00-\u9fff]{0,4}(?:字段|格式))[ \t\]]*[:：][ \t]*/iy;
/**
 * Lines that may stand between a header and its first row ("Sample:", "样本如下", a blank or a rule): short, with no
 * delimiter. Only a few, so that a header does not reach a table far below it.
 */
const MAX_GAP_LINES = 2;
const MAX_GAP_LINE = 40;

/** What no field name holds: an assignment, a call, braces or brackets. */
const CODE_CELL = /[=(){}[\]]/;
/** Four words or more: a phrase, not a field name ("customer name", "e-mail address"). */
const PROSE_CELL = /\S+\s+\S+\s+\S+\s+\S/;

export interface Cell {
  start: number;
  end: number;
}

/** The cells `split` found last: cell i is [SPLIT[2i], SPLIT[2i + 1]). Grown when a line has more. */
let SPLIT = new Int32Array(256);

const isTrimmed = (code: number) => code === 32 || code === 39 || code === 34; // " ", "'", '"'

/**
 * Splits one line into cells (quotes removed from the span), written to SPLIT; returns how many, or 0 when a quoted
 * cell does not close or is followed by more than the delimiter, or a cell is longer than `longest` (most lines asked
 * whether they are a header are prose, whose first cell already is). `,` and `;` lines may quote a cell holding the
 * delimiter. A CRLF line's "\r" is not part of the last cell (Windows exports end every line so). Rows are read so,
 * without an object per cell: a table holds only the cells of its typed columns.
 */
function split(text: string, start: number, end: number, delimiter: string, longest = Infinity): number {
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  const delimiterCode = delimiter.charCodeAt(0);
  let count = 0;
  let at = start;
  while (at <= end) {
    let from = at;
    let to: number;
    if (at < end && text.charCodeAt(at) === 34) { // '"' (text[end] is the line's end, or past the text)
      const close = text.indexOf('"', at + 1);
      if (close < 0 || close >= end) return 0;
      from = at + 1;
      to = close;
      at = close + 1;
      if (at < end && text.charCodeAt(at) !== delimiterCode) return 0;
    } else {
      const next = text.indexOf(delimiter, at);
      to = next < 0 || next > end ? end : next;
      at = to;
    }
    while (from < to && isTrimmed(text.charCodeAt(from))) from++;
    while (to > from && isTrimmed(text.charCodeAt(to - 1))) to--;
    if (to - from > longest) return 0;
    if (2 * count + 2 > SPLIT.length) {
      const grown = new Int32Array(2 * SPLIT.length);
      grown.set(SPLIT);
      SPLIT = grown;
    }
    SPLIT[2 * count] = from;
    SPLIT[2 * count + 1] = to;
    count++;
    at++;
  }
  return count;
}

/** The cells of one line, as `split` reads them (none when it fails). */
export function cells(text: string, start: number, end: number, delimiter: string, longest = Infinity): Cell[] {
  const count = split(text, start, end, delimiter, longest);
  const out: Cell[] = [];
  for (let k = 0; k < count; k++) out.push({ start: SPLIT[2 * k], end: SPLIT[2 * k + 1] });
  return out;
}

/** For the first look at a line: 1 a digit, 2 "@", 3 a delimiter, 0 anything else. */
const LINE_CLASS = new Uint8Array(65536);
for (let code = 48; code <= 57; code++) LINE_CLASS[code] = 1;
LINE_CLASS[64] = 2;
for (const ch of DELIMITERS) LINE_CLASS[ch.charCodeAt(0)] = 3;

/**
 * Where each delimiter next occurs, found with `indexOf` as the lines of a text are read in order: most lines (prose,
 * Chinese text) have none and are ruled out without reading them character by character.
 */
class DelimiterCursor {
  private readonly next = DELIMITERS.map(() => -1);

  constructor(private readonly text: string) {}

  /** Whether [start, end) holds a delimiter; `start` must not decrease from call to call. */
  within(start: number, end: number): boolean {
    for (let d = 0; d < DELIMITERS.length; d++) {
      if (this.next[d] < start) {
        const at = this.text.indexOf(DELIMITERS[d], start);
        this.next[d] = at < 0 ? this.text.length : at;
      }
      if (this.next[d] < end) return true;
    }
    return false;
  }
}

/**
 * A cheap first look at a line: short, with a delimiter, and without the digit runs and "@" of data rows. A plain
 * loop is much faster here than a regex of header words, which V8 tries at every position.
 */
function looksLikeHeader(text: string, start: number, end: number, delimiters: DelimiterCursor): boolean {
  if (end - start > MAX_HEADER || end === text.length || !delimiters.within(start, end)) return false;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const kind = LINE_CLASS[text.charCodeAt(i)];
    if (kind !== 1) digits = 0;
    else if (++digits === 3) return false;
    if (kind === 2) return false;
  }
  return true;
}

/** Whether line [start, end) may stand between a header and its rows (see MAX_GAP_LINES). */
function isGapLine(text: string, start: number, end: number): boolean {
  if (end - start > MAX_GAP_LINE) return false;
  for (let i = start; i < end; i++) if (LINE_CLASS[text.charCodeAt(i)] === 3) return false;
  return true;
}

interface Header {
  delimiter: string;
  count: number;
  /** The typed columns, in order, and their types. */
  columns: number[];
  types: ColumnType[];
}

/** The end of line `k` of a text whose line breaks are `breaks`. */
const lineEndOf = (breaks: readonly number[], length: number, k: number) => (k < breaks.length ? breaks[k] : length);

/** The index of the first line from `k` with `count` cells, after at most MAX_GAP_LINES gap lines; -1 if none. */
function firstRow(text: string, breaks: readonly number[], k: number, delimiter: string, count: number): number {
  for (let gaps = 0; k <= breaks.length; k++) {
    const row = breaks[k - 1] + 1;
    if (row >= text.length) return -1;
    const rowEnd = lineEndOf(breaks, text.length, k);
    if (split(text, row, rowEnd, delimiter) === count) return k;
    if (gaps++ >= MAX_GAP_LINES || !isGapLine(text, row, rowEnd)) return -1;
  }
  return -1;
}

/**
 * Header cells are words: a line with a colon label (":" or "：" before white space) or a sentence end ("。", "！", "？")
 * in [from, to) is prose.
 */
function notHeader(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x3002 || code === 0xff01 || code === 0xff1f) return true;
    if ((code === 58 || code === 0xff1a) && at + 1 < to && isWhiteSpace(text.charCodeAt(at + 1))) return true;
  }
  return false;
}

/**
 * A header line at [start, end), line `k - 1` of the text: its delimiter and the typed columns, or undefined. Read in
 * place, without copying the line out: most lines that look like one are prose.
 */
function header(
  text: string,
  breaks: readonly number[],
  k: number,
  start: number,
  end: number,
  delimiters: DelimiterCursor,
): Header | undefined {
  if (!looksLikeHeader(text, start, end, delimiters)) return undefined;
  if (holds(text, start, end, 58) || holds(text, start, end, 0xff1a)) {
    HEADER_LABEL.lastIndex = start; // the label's characters include no line break: a match stays in the line
    if (HEADER_LABEL.test(text)) start = HEADER_LABEL.lastIndex;
  }
  if (notHeader(text, start, end)) return undefined;
  const readings: { delimiter: string; count: number }[] = [];
  for (const delimiter of DELIMITERS) {
    if (!holds(text, start, end, delimiter.charCodeAt(0))) continue;
    // Header cells are short words (prose split at its commas has long cells).
    const count = split(text, start, end, delimiter, MAX_HEADER_CELL);
    if (count >= 2) readings.push({ delimiter, count });
  }
  // Without a row under it, no reading of the line makes a table: the lexicon (dear for new words) is asked only then.
  // (A loop, not `readings.some` with an arrow function: a function holding a closure over its variables allocates
  // their context on every call, even on the paths that return before the closure is made.)
  let rowUnder = false;
  for (let r = 0; r < readings.length && !rowUnder; r++) rowUnder = firstRow(text, breaks, k, readings[r].delimiter, readings[r].count) >= 0;
  if (!rowUnder) return undefined;
  for (const { delimiter, count } of readings) {
    split(text, start, end, delimiter, MAX_HEADER_CELL); // again: firstRow's splits of the rows took SPLIT
    const columns: number[] = [];
    const types: ColumnType[] = [];
    let named = 0; // cells that are not empty
    for (let column = 0; column < count; column++) {
      const cell = text.slice(SPLIT[2 * column], SPLIT[2 * column + 1]);
      if (cell.length > 0) named++;
      // A header cell names a field; code ("userArgs = argv.slice(1);") and prose ("pass it to MD5Init") do not.
      if (CODE_CELL.test(cell) || PROSE_CELL.test(cell)) continue;
      const type = headerType(cell.replace(/"/g, ''));
      if (isColumnType(type)) {
        columns.push(column);
        types.push(type);
      }
    }
    // One named cell and empty ones is a list's line ("'PW',", an array of codes in code), not a header.
    if (columns.length > 0 && named >= 2) return { delimiter, count, columns, types };
  }
  return undefined;
}

export interface Table {
  /** Where the data rows start and end (the header line excluded). */
  start: number;
  end: number;
  delimiter: string;
  /** The columns whose header names a type (their indices, in order), and those types. */
  columns: readonly number[];
  types: readonly ColumnType[];
  /**
   * The cells of the typed columns, row after row, as start and end: the cell of row r in typed column c is
   * [cells[2 * (r * columns.length + c)], cells[2 * (r * columns.length + c) + 1]).
   */
  cells: readonly number[];
}

const NO_TABLES: readonly Table[] = [];

function findTables(text: string, breaks: readonly number[]): readonly Table[] {
  if (breaks.length === 0) return NO_TABLES; // a header needs a row under it
  const tables: Table[] = [];
  const delimiters = new DelimiterCursor(text);
  for (let k = 0; k <= breaks.length; ) {
    const start = k === 0 ? 0 : breaks[k - 1] + 1;
    if (start >= text.length) break;
    const end = lineEndOf(breaks, text.length, k);
    k++;
    const head = header(text, breaks, k, start, end, delimiters);
    if (!head) continue;
    const { columns } = head;
    const cells: number[] = [];
    let first = -1;
    let covered = end;
    for (let gaps = 0; k <= breaks.length; k++) {
      const row = breaks[k - 1] + 1;
      if (row >= text.length) break;
      const rowEnd = lineEndOf(breaks, text.length, k);
      if (split(text, row, rowEnd, head.delimiter) !== head.count) {
        if (first < 0 && gaps++ < MAX_GAP_LINES && isGapLine(text, row, rowEnd)) continue;
        break;
      }
      if (first < 0) first = row;
      for (const column of columns) cells.push(SPLIT[2 * column], SPLIT[2 * column + 1]);
      covered = rowEnd;
    }
    // Reading goes on at the line that ended the table, which may head another.
    if (first >= 0) tables.push({ start: first, end: covered, delimiter: head.delimiter, columns, types: head.types, cells });
  }
  return tables;
}

/** The delimited tables with a recognised header in a text, found once per text and shared with the combo recognizer. */
export function tablesOf(scan: ScanState): readonly Table[] {
  const breaks = lineBreaks(scan);
  return scan.memo('delimited-tables', (text) => findTables(text, breaks));
}
