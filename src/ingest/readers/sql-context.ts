import type { RecordSink } from './types.js';

/** Bounds per value and per row: a record past them is skipped, so one hostile record cannot exhaust memory. */
export const MAX_VALUE = 1 << 20;
export const MAX_ROW = 16 << 20;
/** Statement text kept to read a CREATE TABLE, an INSERT column list or a COPY header. */
export const MAX_HEAD = 1 << 20;

/** Which lexer reads the input next: statements, the tuples of INSERT ... VALUES, or COPY ... FROM stdin data. */
export const Mode = { Statement: 0, Values: 1, Copy: 2 } as const;
export type Mode = (typeof Mode)[keyof typeof Mode];

/** What differs between the dumps' SQL dialects, learnt from the dump itself (MySQL until it says otherwise). */
export interface Dialect {
  /** MySQL, and PostgreSQL with standard_conforming_strings off, read backslash escapes inside '...'. */
  backslashEscapes: boolean;
  /** MySQL declares indexes inside CREATE TABLE and reserves KEY and INDEX; PostgreSQL and SQLite allow them as column names. */
  inlineIndexes: boolean;
}

/** State the lexers share: the sink, the line count, the dialect and the columns declared by CREATE TABLE. */
export class SqlContext {
  /** The 1-based line of the next character to read. */
  line = 1;
  /** Set by a lexer that needs more input to decide; the parser keeps the unread text for the next chunk. */
  stalled = false;
  /** Counts the texts read, so that a lexer may keep positions it found in the current one (see NextOf). */
  chunk = 0;
  mode: Mode = Mode.Statement;
  readonly dialect: Dialect = { backslashEscapes: true, inlineIndexes: true };
  /** Column names from CREATE TABLE, by lower-cased table name (unquoted names fold case in PostgreSQL). */
  readonly columnsByTable = new Map<string, readonly string[]>();
  readonly rows: RowOutput;

  constructor(readonly sink: RecordSink) {
    this.rows = new RowOutput(sink);
  }
}

/** Sends rows to the sink: checks them against the column list and announces the table before its first row. */
export class RowOutput {
  private name = '';
  private columns: readonly string[] | null = null;
  private announced = false;
  private lastName: string | undefined;
  private lastColumns: readonly string[] | null = null;

  constructor(private readonly sink: RecordSink) {}

  /** The rows that follow belong to this table; the sink hears of it with the first one, if it differs from the last. */
  begin(name: string, columns: readonly string[] | null): void {
    this.name = name;
    this.columns = columns;
    this.announced = name === this.lastName && sameColumns(columns, this.lastColumns);
  }

  emit(values: readonly (string | null)[], line: number): void {
    const columns = this.columns;
    if (columns !== null && values.length !== columns.length) {
      this.sink.skip(line, `expected ${columns.length} values, found ${values.length}`);
      return;
    }
    if (!this.announced) {
      this.sink.table(this.name, columns);
      this.lastName = this.name;
      this.lastColumns = columns;
      this.announced = true;
    }
    this.sink.row(values, line);
  }
}

function sameColumns(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  return a.every((name, i) => name === b[i]);
}
