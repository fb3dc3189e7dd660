import { scanTable, type TableOptions, type TableScan } from './structured.js';

/** Flattens a JSON value to `[path, text]` pairs: `user.phone`, `items[].name`; scalars become strings. */
export function flattenRecord(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (value === null || value === undefined) return out;
  if (Array.isArray(value)) {
    for (const item of value) flattenRecord(item, `${path}[]`, out);
  } else if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flattenRecord(child, path ? `${path}.${key}` : key, out);
  } else {
    out.push([path || '$', String(value)]);
  }
  return out;
}

/**
 * Scans JSON records (objects from a JSON array or JSON lines): each key path is a column whose name is context.
 * A path that repeats inside one record (an array) keeps its first value per record as the cell; the rest are
 * scanned as further rows of the same column.
 */
export function scanRecords(records: readonly unknown[], options: TableOptions = {}): TableScan & { rowOf: number[] } {
  const paths = new Map<string, number>();
  const rows: string[][] = [];
  const rowOf: number[] = [];
  records.forEach((record, recordIndex) => {
    let row: string[] = [];
    for (const [path, text] of flattenRecord(record)) {
      let index = paths.get(path);
      if (index === undefined) paths.set(path, (index = paths.size));
      if (row[index] !== undefined) {
        rows.push(row);
        rowOf.push(recordIndex);
        row = [];
      }
      row[index] = text;
    }
    rows.push(row);
    rowOf.push(recordIndex);
  });
  const header = [...paths.keys()];
  const dense = rows.map((row) => Array.from({ length: header.length }, (_, i) => row[i] ?? ''));
  return { ...scanTable(dense, header, options), rowOf };
}
