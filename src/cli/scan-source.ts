import { isHeaderRow, RecordColumns } from '../detect/index.js';
import { readCsv, readJson, readJsonLines, segments, type CsvItem, type JsonItem, type TextSource } from '../io/index.js';
import type { FileContext } from './file-context.js';
import type { FileFormat } from './formats.js';
import { TableScanner, type TableRow } from './table-scan.js';

const FLUSH_EVERY = 64;
/** JSON key paths kept as named columns; a record stream with more distinct keys (keys that are data) shares one. */
const MAX_COLUMNS = 1000;

async function scanText(source: TextSource, ctx: FileContext): Promise<void> {
  for await (const segment of segments(source.text)) {
    ctx.scanSegment(segment);
    await ctx.flush();
  }
}

/** A first row is a header when nothing in it is personal information and its cells read as labels. */
function isHeader(cells: readonly string[], ctx: FileContext): boolean {
  return isHeaderRow(cells, (text) => ctx.textScanner.scan(text));
}

function csvRow(item: Extract<CsvItem, { kind: 'row' }>): TableRow {
  return {
    cells: item.cells,
    raw: item.record,
    place(cell, start, end) {
      const [from, to] = [item.cellStart(cell, start), item.cellStart(cell, end)];
      const match = item.cells[cell].slice(start, end);
      if (item.record.text.slice(from, to) === match) return [from, to];
      const found = item.record.text.indexOf(match); // the parser read the cell differently than the framer
      return found >= 0 ? [found, found + match.length] : [from, to];
    },
  };
}

async function scanCsv(source: TextSource, delimiter: string, ctx: FileContext): Promise<void> {
  let table: TableScanner | null = null;
  let n = 0;
  for await (const item of readCsv(source.text, { delimiter })) {
    if (item.kind === 'text') {
      if (item.reason === 'quoting') ctx.warn('broken-quoting');
      else if (item.segment.ownFrom === 0) ctx.warn('long-line');
      const { segment } = item;
      if (table) table.defer(segment.text.length, () => ctx.scanSegment(segment));
      else ctx.scanSegment(segment);
    } else if (!table) {
      const header = isHeader(item.cells, ctx) ? item.cells.map((cell) => cell.trim()) : null;
      table = new TableScanner(ctx, header);
      if (!header) table.add(csvRow(item));
    } else table.add(csvRow(item));
    if (++n % FLUSH_EVERY === 0) await ctx.flush();
  }
  table?.finish();
}

/** Places a span of a decoded value in the record's source text by finding its JSON spelling (best effort). */
function jsonPlacer(raw: string): (cells: readonly string[]) => TableRow['place'] {
  let cursor = 0;
  return (cells) => (cell, start, end) => {
    const needle = JSON.stringify(cells[cell].slice(start, end)).slice(1, -1);
    let at = raw.indexOf(needle, cursor);
    if (at < 0) at = raw.indexOf(needle);
    if (at < 0) return [0, 0];
    cursor = at + needle.length;
    return [at, at + needle.length];
  };
}

async function scanJson(items: AsyncIterable<JsonItem>, ctx: FileContext): Promise<void> {
  const columns = new RecordColumns(MAX_COLUMNS);
  const table = new TableScanner(ctx, columns.header);
  let n = 0;
  for await (const item of items) {
    if (item.kind === 'text') {
      if (item.reason !== 'long-line' || item.segment.ownFrom === 0) ctx.warn(item.reason);
      const { segment } = item;
      table.defer(segment.text.length, () => ctx.scanSegment(segment));
    } else if (item.kind === 'invalid') {
      ctx.warn('invalid-json');
      const { raw } = item;
      table.defer(raw.text.length, () => ctx.scanLocated(raw));
    } else {
      const place = jsonPlacer(item.raw.text);
      for (const cells of columns.rows(item.value)) table.add({ cells, raw: item.raw, place: place(cells) });
    }
    if (++n % FLUSH_EVERY === 0) await ctx.flush();
  }
  table.finish();
}

/** Scans one opened file according to its format. */
export async function scanSource(source: TextSource, format: FileFormat, ctx: FileContext): Promise<void> {
  if (format === 'csv' || format === 'tsv') return scanCsv(source, format === 'tsv' ? '\t' : 'auto', ctx);
  if (format === 'jsonl') return scanJson(readJsonLines(source.text), ctx);
  if (format === 'json') return scanJson(readJson(source.text), ctx);
  return scanText(source, ctx);
}
