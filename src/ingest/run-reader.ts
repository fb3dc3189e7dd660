import { flattenRecord, isHeaderRow, scanText } from '../detect/index.js';
import { readJson, readJsonLines, type JsonItem } from '../io/index.js';
import type { Format } from './formats.js';
import { createComboParser } from './readers/combo.js';
import { createDelimitedParser } from './readers/delimited.js';
import { createPlainTextParser } from './readers/plain-text.js';
import { createSqlDumpParser } from './readers/sql-dump.js';
import { createTelegramParser } from './readers/telegram.js';
import type { RecordParser, RecordSink } from './readers/types.js';

/** Whether a table's first row is a header: label-like cells holding no personal information. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  return isHeaderRow(cells, scanText);
}

async function push(text: AsyncIterable<string>, parser: RecordParser): Promise<void> {
  for await (const chunk of text) parser.write(chunk);
  parser.end();
}

/** JSON values become keyed records; what is not JSON is skipped, with its line. */
async function pushJson(items: AsyncIterable<JsonItem>, sink: RecordSink): Promise<void> {
  for await (const item of items) {
    if (item.kind === 'invalid') sink.skip(item.raw.line, 'invalid JSON');
    else if (item.kind === 'text') sink.skip(item.segment.line, item.reason === 'long-line' ? 'line too long' : `not JSON (${item.reason})`);
    else if (item.value !== null && typeof item.value === 'object') sink.record(flattenRecord(item.value), item.raw.line);
    else if (item.value !== null) sink.text(String(item.value), item.raw.line);
  }
}

/** Reads a text dump of a known format into the sink. */
export async function runReader(format: Exclude<Format, 'xlsx'>, name: string, text: AsyncIterable<string>, sink: RecordSink): Promise<void> {
  switch (format) {
    case 'csv':
      return push(text, createDelimitedParser(sink, { name, isHeader: looksLikeHeader }));
    case 'jsonl':
      sink.table(name, null);
      return pushJson(readJsonLines(text), sink);
    case 'json':
      sink.table(name, null);
      return pushJson(readJson(text), sink);
    case 'sql':
      return push(text, createSqlDumpParser(sink));
    case 'combo':
      return push(text, createComboParser(sink));
    case 'telegram':
      return push(text, createTelegramParser(sink));
    case 'text':
      return push(text, createPlainTextParser(sink));
  }
}
