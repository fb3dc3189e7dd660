import { classifyColumns, createRowScanner, type CellFinding, type ColumnReport, type RowScanner } from '../detect/index.js';
import { createLocator, type Located } from '../io/index.js';
import type { FileContext } from './file-context.js';

/** A table row with the text it came from; `place` maps a span inside a cell to a span of `raw.text`. */
export interface TableRow {
  cells: readonly string[];
  raw: Located;
  place(cell: number, start: number, end: number): [number, number];
}

const SAMPLE_ROWS = 200;
const SAMPLE_CHARS = 8 * 1024 * 1024;
/** Rows scanned together once the column types are known. */
const BATCH_ROWS = 256;

/**
 * Structured scanning over a stream of rows: the first rows are held back until the column types are
 * decided (header names plus detection over the sample), then every row is scanned cell by cell.
 * `header` may grow while rows arrive (JSON key paths); columns seen after the sample carry their name as context.
 */
export class TableScanner {
  /** Rows held for the sample, and text met meanwhile, to be scanned in file order. */
  private held: (TableRow | (() => void))[] = [];
  private heldChars = 0;
  private heldRows = 0;
  private columns: ColumnReport[] | null = null;
  private rows: RowScanner | null = null;
  private rowIndex = 0;

  constructor(
    private readonly ctx: FileContext,
    private readonly header: string[] | null,
  ) {}

  add(row: TableRow): void {
    this.hold(row, row.raw.text.length);
  }

  /** Runs `work` (scanning text that is not a row) now, or after the held rows before it. */
  defer(chars: number, work: () => void): void {
    if (this.rows && this.held.length === 0) return work();
    this.hold(work, chars);
  }

  /**
   * Holds a row or deferred work in file order: until the column types are decided (the sample), then in batches whose
   * rows are scanned together (`RowScanner.scanRows`, each column's cells at once: faster than row by row).
   */
  private hold(item: TableRow | (() => void), chars: number): void {
    this.held.push(item);
    this.heldChars += chars;
    if (typeof item !== 'function') this.heldRows++;
    const rowsWanted = this.rows ? BATCH_ROWS : SAMPLE_ROWS;
    if (this.heldRows >= rowsWanted || this.heldChars >= SAMPLE_CHARS) this.release();
  }

  finish(): void {
    this.release();
  }

  /** Decides the column types from the held sample, once. */
  private start(): void {
    const sample = this.held.flatMap((held) => (typeof held === 'function' ? [] : [held.cells]));
    this.columns = classifyColumns(this.header, sample, this.ctx.options);
    this.rows = createRowScanner(this.columns, this.ctx.options);
  }

  /** Scans the held rows and runs the held work, in file order. */
  private release(): void {
    if (!this.rows) this.start();
    const held = this.held;
    this.held = [];
    this.heldChars = 0;
    this.heldRows = 0;
    for (let i = 0; i < held.length; ) {
      const item = held[i];
      if (typeof item === 'function') {
        item();
        i++;
        continue;
      }
      let end = i;
      while (end < held.length && typeof held[end] !== 'function') end++;
      this.scan(held.slice(i, end) as TableRow[]);
      i = end;
    }
  }

  /** Scans rows that came one after another. */
  private scan(rows: readonly TableRow[]): void {
    if (this.header && this.columns && this.header.length > this.columns.length) {
      for (let index = this.columns.length; index < this.header.length; index++) {
        this.columns.push({ column: this.header[index], index, type: null, confidence: 0, count: 0, sampled: 0 });
      }
      this.rows = createRowScanner(this.columns, this.ctx.options);
    }
    const found = this.rows!.scanRows(rows.map((row) => row.cells), this.rowIndex);
    this.rowIndex += rows.length;
    rows.forEach((row, k) => this.emit(row, found[k]));
  }

  private emit(row: TableRow, findings: readonly CellFinding[]): void {
    if (findings.length === 0) return;
    const locate = createLocator(row.raw);
    for (const f of findings) {
      if (!this.ctx.needsDetail()) {
        this.ctx.count(f);
        continue;
      }
      const [start, end] = row.place(f.column, f.start, f.end);
      this.ctx.emit(f, row.cells[f.column].slice(f.start, f.end), locate(start), locate(end));
    }
  }
}
