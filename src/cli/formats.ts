/** How a file's content is read: free text, a table, or JSON records. */
export type FileFormat = 'text' | 'csv' | 'tsv' | 'jsonl' | 'json';

const BY_EXTENSION: Record<string, FileFormat> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  jsonlines: 'jsonl',
  json: 'json',
};

/** The format a file name announces (after `.gz` is taken off); anything else is text. */
export function formatOf(name: string): FileFormat {
  const ext = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
  return (ext && BY_EXTENSION[ext]) || 'text';
}
