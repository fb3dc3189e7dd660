import { looksLikeComboList } from './readers/combo.js';
import { sniffDelimiter } from '../io/index.js';
import { looksLikeSqlDump } from './readers/sql-dump.js';
import { looksLikeTelegramExport } from './readers/telegram.js';

export const FORMATS = ['csv', 'jsonl', 'json', 'sql', 'combo', 'telegram', 'xlsx', 'text'] as const;
export type Format = (typeof FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, Format>> = {
  csv: 'csv',
  tsv: 'csv',
  psv: 'csv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  sql: 'sql',
  xlsx: 'xlsx',
};

/** How JSON starts: an object with a key, or an array of values (a chat log line `[2024-01-01 10:00] ...` is not). */
const JSON_START = /^(?:\{\s*(?:"|\})|\[\s*(?:[{["\]]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*[,\]]|true|false|null))/;

function extension(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

/** The number of fields (>= 2) when the lines split into as many by one delimiter, else 0. */
function delimitedWidth(lines: readonly string[]): number {
  if (lines.length === 0) return 0;
  const delimiter = sniffDelimiter(lines[0]);
  const width = lines[0].split(delimiter).length;
  return width >= 2 && lines.every((line) => line.split(delimiter).length === width) ? width : 0;
}

/** The first lines of a text, without the last one (it may be cut). */
function headLines(head: string): string[] {
  const lines = head.split(/\r?\n/);
  if (lines.length > 1) lines.pop();
  return lines.filter((line) => line.trim() !== '').slice(0, 50);
}

/**
 * The format of a dump, from its name (without `.gz`) and first characters: the extension decides where it is
 * unambiguous, the content otherwise (a `.txt` file may be a combo list, a CSV file or prose).
 */
export function detectFormat(name: string, head: string): Format {
  const byName = BY_EXTENSION[extension(name)];
  if (byName) return byName;
  const start = head.trimStart();
  if (JSON_START.test(start)) {
    if (looksLikeTelegramExport(head)) return 'telegram';
    const lines = headLines(head);
    return start.startsWith('{') && lines.length > 1 && lines.every((line) => line.trimStart().startsWith('{')) ? 'jsonl' : 'json';
  }
  if (looksLikeSqlDump(head)) return 'sql';
  const lines = headLines(head);
  // A combo list is two fields (login, secret) and sometimes a third; a table of three or more is a table.
  const width = delimitedWidth(lines.slice(0, 20));
  if (width >= 3) return 'csv';
  if (looksLikeComboList(lines)) return 'combo';
  return width > 0 ? 'csv' : 'text';
}
