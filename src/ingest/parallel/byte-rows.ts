import type { CellUse, IngestSink } from '../table-sink.js';

const NEWLINE = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const NUL = 0x00;
/** ASCII bytes that JavaScript's `\s` matches: TAB, LF, VT, FF, CR, SPACE. */
const ASCII_SPACE = new Uint8Array(128);
for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]) ASCII_SPACE[code] = 1;
/**
 * Lead bytes of the UTF-8 characters beyond ASCII that `\s` matches (U+00A0, U+1680, U+2000-U+200A, U+2028,
 * U+2029, U+202F, U+205F, U+3000, U+FEFF). Any other byte at a character's start begins a character that is no
 * space, or one that decodes as U+FFFD, which is no space either.
 */
const SPACE_LEADS = new Uint8Array(256);
for (const lead of [0xc2, 0xe1, 0xe2, 0xe3, 0xef]) SPACE_LEADS[lead] = 1;

export interface ByteRowsOptions {
  /** The field delimiter, an ASCII byte. */
  delimiter: number;
  /** Fields per row. */
  width: number;
  /** The string parser's limit on a record, in characters. */
  maxRecord: number;
}

export interface ByteRowsResult {
  /** Where reading stopped: the end of the bytes, or the start of the first line left to the string parser. */
  stop: number;
  /** The number of the line at `stop` (the first is 1). */
  line: number;
}

/** bytes[from, to) decoded (Buffer's own decoder: one native call, not a TextDecoder's subarray and call). */
function textOf(bytes: Buffer, from: number, to: number): string {
  return (bytes as unknown as { utf8Slice(from: number, to: number): string }).utf8Slice(from, to);
}

/** Whether bytes[from, to) decodes to text that is not blank, mostly without decoding it; null: decode to know. */
function filled(bytes: Buffer, from: number, to: number): boolean | null {
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b < 0x80 ? ASCII_SPACE[b] === 0 : SPACE_LEADS[b] === 0) return true;
    if (b >= 0x80) return null;
  }
  return false;
}

/**
 * Reads the rows of a chunk of a UTF-8 delimited dump straight from its bytes, for the ingest workers: identifiers
 * written plainly are keyed from their bytes, and only other cells of identifier columns are made strings; a name or
 * address column is only looked at to tell whether each cell is filled. Decoding whole chunks and splitting the text
 * cost about a third of a worker's time, and making strings of plain identifiers half of what was left. Rows go to
 * the sink as the string parser (readers/delimited.ts) would send them. It stops at the first line that needs that
 * parser (a quote, a NUL byte, a line it might find too long) and returns where, so the parser reads the rest.
 */
export function readByteRows(bytes: Buffer, sink: IngestSink, options: ByteRowsOptions): ByteRowsResult {
  const { delimiter, width, maxRecord } = options;
  const uses = sink.cellUses().slice(0, width);
  // Field f of a line is bytes[starts[f], starts[f + 1] - 1).
  let starts: Int32Array = new Int32Array(width + 2);
  const quote = bytes.indexOf(QUOTE);
  const nul = bytes.indexOf(NUL);
  const limit = Math.min(quote === -1 ? bytes.length : quote, nul === -1 ? bytes.length : nul);
  let pos = 0;
  let line = 1;
  while (pos < bytes.length) {
    let nl = bytes.indexOf(NEWLINE, pos);
    if (nl === -1) nl = bytes.length;
    const lineEnd = nl > pos && bytes[nl - 1] === CR ? nl - 1 : nl;
    if (lineEnd > pos && (limit < lineEnd || lineEnd - pos > maxRecord)) break;
    if (lineEnd > pos) {
      let fields = 0;
      starts[0] = pos;
      for (let i = bytes.indexOf(delimiter, pos); i !== -1 && i < lineEnd; i = bytes.indexOf(delimiter, i + 1)) {
        if (++fields + 1 >= starts.length) starts = grown(starts);
        starts[fields] = i + 1;
      }
      starts[++fields] = lineEnd + 1;
      while (fields > width && starts[fields] - starts[fields - 1] === 1) fields--; // a trailing delimiter
      if (fields !== width) sink.skip(line, `expected ${width} fields, found ${fields}`);
      else readRow(bytes, starts, uses, sink);
    }
    pos = nl + 1;
    line++;
  }
  return { stop: Math.min(pos, bytes.length), line };
}

/**
 * Sends a row's cells to the sink. A value cell is keyed from its bytes when it is written plainly (see
 * IngestSink.cellBytes), and decoded only when it is not.
 */
function readRow(bytes: Buffer, starts: Int32Array, uses: readonly CellUse[], sink: IngestSink): void {
  sink.startRow();
  for (let f = 0; f < uses.length; f++) {
    const use = uses[f];
    const start = starts[f];
    const end = starts[f + 1] - 1;
    if (use === 'ignore' || start === end) continue;
    if (use === 'value') {
      if (!sink.cellBytes(f, bytes, start, end)) sink.cell(f, textOf(bytes, start, end));
      continue;
    }
    const known = filled(bytes, start, end);
    if (known === null) sink.cell(f, textOf(bytes, start, end));
    else if (known) sink.filled(f);
  }
}

function grown(starts: Int32Array): Int32Array {
  const more = new Int32Array(starts.length * 2);
  more.set(starts);
  return more;
}
