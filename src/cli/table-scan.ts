import { classifyColumns, createRowScanner, type ColumnReport, type RowScanner } from '../detect/index.js';
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
    if (this.rows) return this.scan(row);
    this.hold(row, row.raw.text.length);
  }

  /** Runs `work` (scanning text that is not a row) now, or after the held rows before it. */
  defer(chars: number, work: () => void): void {
    if (this.rows) return work();
    this.hold(work, chars);
  }

  private hold(item: TableRow | (() => void), chars: number): void {
    this.held.push(item);
    this.heldChars += chars;
    if (typeof item !== 'function') this.heldRows++;
    if (this.heldRows >= SAMPLE_ROWS || this.heldChars >= SAMPLE_CHARS) this.start();
  }

  finish(): void {
    if (!this.rows) this.start();
  }

  private start(): void {
    const sample = this.held.flatMap((held) => (typeof held === 'function' ? [] : [held.cells]));
    this.columns = classifyColumns(this.header, sample, this.ctx.options);
    this.rows = createRowScanner(this.columns, this.ctx.options);
    const held = this.held;
    this.held = [];
    for (const item of held) {
      if (typeof item === 'function') item();
      else this.scan(item);
    }
  }

  private scan(row: TableRow): void {
    if (this.header && this.columns && this.header.length > this.columns.length) {
      for (let index = this.columns.length; index < this.header.length; index++) {
        this.columns.push({ column: this.header[index], index, type: null, confidence: 0, count: 0, sampled: 0 });
      }
      this.rows = createRowScanner(this.columns, this.ctx.options);
    }
    const findings = this.rows!.scanRow(row.cells, this.rowIndex++);
    if (findings.length === 0) return;
    const locate = createLocator(row.raw);
    for (const f of findings) {
      const [start, end] = row.place(f.column, f.start, f.end);
      this.ctx.emit(f, row.cells[f.column].slice(f.start, f.end), locate(start), locate(end));
    }
  }
}
