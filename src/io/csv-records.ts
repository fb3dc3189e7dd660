import { parse } from 'csv-parse/sync';
import { segments, type Located, type Segment } from './segments.js';

/** A parsed CSV record, or text that is not one (broken quoting, a line too long) to be scanned as plain text. */
export type CsvItem =
  | {
      kind: 'row';
      record: Located;
      cells: string[];
      /** Index into `record.text` of character `index` of cell `cell` (0 when the cell cannot be placed). */
      cellStart(cell: number, index: number): number;
    }
  | { kind: 'text'; segment: Segment; reason: 'quoting' | 'long-line' };

export interface CsvOptions {
  /** Field delimiter, or 'auto' to pick the commonest of , TAB ; | in the first line. Default 'auto'. */
  delimiter?: string;
  /** A quoted field left open for more lines than this (or `maxRecord` characters) is broken quoting. */
  maxRecordLines?: number;
  maxRecord?: number;
  /** Longest physical line parsed as CSV; longer lines are scanned as text in windows. */
  maxLine?: number;
}

const QUOTE = 0x22;
const BATCH_RECORDS = 256;

interface Framed {
  lines: Segment[];
  text: string;
  starts: number[];
  quoted: boolean[];
}

export function sniffDelimiter(line: string): string {
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', '\t', ';', '|']) {
    const count = line.split(candidate).length - 1;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

/**
 * Finds record boundaries like csv-parse does (a quote opens a quoted field only at the start of a field),
 * and where each field starts. csv-parse alone would read everything after an unclosed quote as one field;
 * framing first bounds the damage to `maxRecordLines` lines.
 */
class Framer {
  lines: Segment[] = [];
  length = 0;
  private inQuotes = false;
  private atFieldStart = true;
  private starts: number[] = [];
  private quoted: boolean[] = [];

  constructor(private readonly delimiter: number) {}

  /** Adds one physical line (with its newline); true when it completes the record. */
  push(line: Segment): boolean {
    const text = line.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inQuotes) {
        if (c !== QUOTE) continue;
        if (text.charCodeAt(i + 1) === QUOTE) i++;
        else this.inQuotes = false;
        continue;
      }
      if (this.atFieldStart) {
        this.starts.push(this.length + i);
        this.quoted.push(c === QUOTE);
        this.atFieldStart = false;
        if (c === QUOTE) {
          this.inQuotes = true;
          continue;
        }
      }
      if (c === this.delimiter) this.atFieldStart = true;
    }
    this.lines.push(line);
    this.length += text.length;
    return !this.inQuotes;
  }

  take(): Framed {
    const framed = { lines: this.lines, text: this.lines.map((l) => l.text).join(''), starts: this.starts, quoted: this.quoted };
    this.lines = [];
    this.length = 0;
    this.inQuotes = false;
    this.atFieldStart = true;
    this.starts = [];
    this.quoted = [];
    return framed;
  }
}

function stripNewline(text: string): string {
  return text.replace(/\r?\n$/, '');
}

function toRow(framed: Framed, cells: string[]): CsvItem {
  const first = framed.lines[0];
  return {
    kind: 'row',
    record: { text: framed.text, offset: first.offset, line: first.line, column: first.column },
    cells,
    cellStart(cell, index) {
      const start = framed.starts[cell];
      if (start === undefined) return 0;
      if (!framed.quoted[cell]) return start + index;
      let quotes = 0; // a quote inside a quoted field is written twice
      const value = cells[cell] ?? '';
      for (let q = value.indexOf('"'); q !== -1 && q < index; q = value.indexOf('"', q + 1)) quotes++;
      return start + 1 + index + quotes;
    },
  };
}

function* broken(framed: Framed): Generator<CsvItem> {
  for (const segment of framed.lines) yield { kind: 'text', segment, reason: 'quoting' };
}

/** csv-parse's reading of records, all at once when it can; null for a record it cannot read alone (broken quoting). */
function parseRecords(records: Framed[], delimiter: string): (string[] | null)[] {
  const options = { delimiter, relax_quotes: true, relax_column_count: true, record_delimiter: '\n', skip_empty_lines: false };
  try {
    const rows: string[][] = parse(records.map((f) => stripNewline(f.text)).join('\n'), options);
    if (rows.length === records.length) return rows;
  } catch {
    // read one by one below
  }
  return records.map((framed) => {
    try {
      const one: string[][] = parse(stripNewline(framed.text), options);
      return one.length === 1 ? one[0] : null;
    } catch {
      return null;
    }
  });
}

function* parseBatch(batch: Framed[], delimiter: string): Generator<CsvItem> {
  if (batch.length === 0) return;
  // A record with no quoted field is its line cut at each delimiter, as csv-parse reads it (a quote inside an unquoted
  // field is kept): split here, several times faster. Records with a quoted field go to csv-parse.
  const hasQuoted = batch.map((framed) => framed.quoted.includes(true));
  const quoted = batch.filter((_, i) => hasQuoted[i]);
  const parsed = quoted.length > 0 ? parseRecords(quoted, delimiter) : [];
  let next = 0;
  for (let i = 0; i < batch.length; i++) {
    const framed = batch[i];
    if (!hasQuoted[i]) yield toRow(framed, stripNewline(framed.text).split(delimiter));
    else {
      const cells = parsed[next++];
      if (cells) yield toRow(framed, cells);
      else yield* broken(framed);
    }
  }
}

/** Streams CSV/TSV records with their positions; broken quoting and over-long lines come out as text, never lost. */
export async function* readCsv(text: AsyncIterable<string>, options: CsvOptions = {}): AsyncGenerator<CsvItem> {
  const maxRecordLines = options.maxRecordLines ?? 100;
  const maxRecord = options.maxRecord ?? 1024 * 1024;
  let delimiter = options.delimiter === 'auto' || options.delimiter === undefined ? null : options.delimiter;
  let framer: Framer | null = null;
  let batch: Framed[] = [];

  for await (const line of segments(text, { target: 1, maxLine: options.maxLine })) {
    if (line.partial) {
      yield* parseBatch(batch, delimiter ?? ',');
      batch = [];
      if (framer && framer.lines.length > 0) yield* broken(framer.take());
      yield { kind: 'text', segment: line, reason: 'long-line' };
      continue;
    }
    if (!framer) {
      if (stripNewline(line.text).trim() === '') continue;
      delimiter ??= sniffDelimiter(line.text);
      framer = new Framer(delimiter.charCodeAt(0));
    }
    if (framer.lines.length === 0 && stripNewline(line.text).trim() === '') continue;
    if (framer.push(line)) {
      batch.push(framer.take());
      if (batch.length >= BATCH_RECORDS) {
        yield* parseBatch(batch, delimiter!);
        batch = [];
      }
    } else if (framer.lines.length > maxRecordLines || framer.length > maxRecord) {
      yield* parseBatch(batch, delimiter!);
      batch = [];
      yield* broken(framer.take());
    }
  }
  if (batch.length > 0) yield* parseBatch(batch, delimiter!);
  if (framer && framer.lines.length > 0) yield* broken(framer.take());
}
