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
 * JSON key paths as columns; a record becomes one row, or several when a path repeats inside an array.
 * Past `maxColumns` distinct paths (keys that are data, not names), further paths share one last column.
 */
export class RecordColumns {
  readonly header: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly maxColumns = Infinity) {}

  rows(value: unknown): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    for (const [path, text] of flattenRecord(value)) {
      let column = this.index.get(path);
      if (column === undefined) {
        column = Math.min(this.header.length, this.maxColumns);
        if (column < this.maxColumns) this.header.push(path);
        else if (this.header.length === this.maxColumns) this.header.push('column (other keys)');
        this.index.set(path, column);
      }
      if (row[column] !== undefined) {
        rows.push(row);
        row = [];
      }
      row[column] = text;
    }
    rows.push(row);
    return rows;
  }
}

/**
 * Scans JSON records (objects from a JSON array or JSON lines): each key path is a column whose name is context.
 * A path that repeats inside one record (an array) keeps its first value per record as the cell; the rest are
 * scanned as further rows of the same column.
 */
export function scanRecords(records: readonly unknown[], options: TableOptions = {}): TableScan & { rowOf: number[] } {
  const columns = new RecordColumns();
  const rows: string[][] = [];
  const rowOf: number[] = [];
  records.forEach((record, recordIndex) => {
    for (const row of columns.rows(record)) {
      rows.push(row);
      rowOf.push(recordIndex);
    }
  });
  const { header } = columns;
  const dense = rows.map((row) => Array.from({ length: header.length }, (_, i) => row[i] ?? ''));
  return { ...scanTable(dense, header, options), rowOf };
}
