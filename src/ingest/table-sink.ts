import { classifyColumns, createScanner, headerType, type EntityType, type Scanner } from '../detect/index.js';
import { todayValue } from '../detect/checksums.js';
import { canonical, guessKind } from '../identity/canonical.js';
import { kindOfType, typeOfKind, type IdentifierKind } from '../identity/kinds.js';
import type { KeyBatch } from './keying.js';
import type { RecordSink } from './readers/types.js';
import { MAX_SKIP_SAMPLES, type FileReport } from './report.js';

/** Column overrides from `--map`: a column name or 1-based position -> the type it holds (null: ignore it). */
export type ColumnMap = ReadonlyMap<string, EntityType | null>;

/** Rows given cell by cell between two reads of the date, which a plain ID's birth date is checked against. */
const ROWS_PER_DATE = 65536;
/** Rows sampled per table to decide what each column holds. */
const SAMPLE_ROWS = 200;
/** An invalid value longer than this in an identifier column may hold several identifiers: scan it as text. */
const SCAN_INVALID_OVER = 20;
const NOT_BLANK = /\S/;
/**
 * Distinct key paths per table. Past it, keys are data (`{"13800138000": {...}}`), not names: each further
 * record is scanned as text instead of growing the columns without bound.
 */
const MAX_PATHS = 1000;

/** What a reader that decodes cells itself must give of a column's cells: nothing, whether each is filled, or its value. */
export type CellUse = 'ignore' | 'filled' | 'value';

/** How one column is ingested, as decided from the header and the sample. */
export interface ColumnSpec {
  name: string;
  type: EntityType | null;
  kind: IdentifierKind | null;
  /** Free text in which the sample showed identifiers: every cell is scanned. */
  scan: boolean;
  /** An account column (login, 用户名): a value that is no e-mail or phone number is still a username. */
  account: boolean;
}

/** What a column's cells are ingested for: nothing, whether they are filled (a name, an address), or their value. */
function cellUse(column: ColumnSpec): CellUse {
  if (column.scan) return 'value';
  if (column.type === null) return 'ignore';
  return column.kind === null ? 'filled' : 'value';
}

interface ColumnPlan extends ColumnSpec {
  /** Values of `type` seen, and values that were no valid identifier of `kind` (added to the report by `settle`). */
  valid: number;
  invalid: number;
}

function increment<K extends string>(counts: Partial<Record<K, number>>, key: K, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/**
 * Turns what a reader emits into keyed identifiers and report counts. A table's first rows are held back until
 * its columns are classified (header or key names plus detection over the sample); then every row streams.
 */
export class IngestSink implements RecordSink {
  private readonly scanner: Scanner = createScanner();
  private header: readonly string[] | null = null;
  private plans: ColumnPlan[] | null = null;
  private sample: { values: string[]; line: number }[] = [];
  /** Key paths of keyed records -> column index, per table. */
  private paths = new Map<string, number>();
  private tableName = '';
  /** todayValue(), read again every ROWS_PER_DATE rows given cell by cell (a clock read per ID cost 3% of a worker). */
  private today = todayValue();
  private rowsToDate = ROWS_PER_DATE;

  constructor(
    private readonly keys: KeyBatch,
    private readonly report: FileReport,
    private readonly overrides: ColumnMap,
  ) {}

  table(name: string, columns: readonly string[] | null): void {
    this.finish();
    this.tableName = name;
    this.header = columns;
    this.plans = null;
    this.paths = new Map();
  }

  row(values: readonly (string | null)[], line: number): void {
    this.report.records++;
    if (this.plans === null) {
      this.sample.push({ values: values.map((value) => value ?? ''), line });
      if (this.sample.length >= SAMPLE_ROWS) this.flushSample();
      return;
    }
    this.ingestRow(values);
  }

  record(entries: readonly (readonly [string, string])[], line: number): void {
    const cells: string[] = [];
    const extra: [number, string][] = [];
    for (const [path, value] of entries) {
      let column = this.paths.get(path);
      if (column === undefined) {
        column = this.paths.size;
        if (column === MAX_PATHS) return this.text(entries.map(([, v]) => v).join('\n'), line); // keys that are data
        this.paths.set(path, column);
        this.header = [...(this.header ?? []), path];
        if (this.plans !== null) this.plans.push(this.plan(path, column, [value]));
      }
      if (cells[column] === undefined) cells[column] = value;
      else extra.push([column, value]); // a path repeated inside an array
    }
    this.row(cells, line);
    for (const [column, value] of extra) this.ingestCell(column, value);
  }

  text(text: string, _line: number): void {
    this.report.records++;
    this.ingestText(text);
  }

  skip(line: number, reason: string): void {
    this.report.skipped++;
    increment(this.report.skipReasons, reason);
    if (this.report.skipSamples.length < MAX_SKIP_SAMPLES) this.report.skipSamples.push({ line, reason });
  }

  /** The current table's columns once classified (null before). */
  columns(): ColumnSpec[] | null {
    return this.plans?.map(({ name, type, kind, scan, account }) => ({ name, type, kind, scan, account })) ?? null;
  }

  /** Takes columns classified elsewhere: a worker ingesting a chunk of a table whose start the main thread read. */
  adopt(columns: readonly ColumnSpec[]): void {
    this.plans = columns.map((column) => ({ ...column, valid: 0, invalid: 0 }));
  }

  /** How each column of the current table is used once classified (empty before): see `startRow`. */
  cellUses(): CellUse[] {
    return (this.plans ?? []).map(cellUse);
  }

  /**
   * A row of a classified table given cell by cell, by a reader that decodes only the cells it must (ByteRows): it
   * calls `filled` for each non-blank cell of a 'filled' column, and for each cell of a 'value' column `cellBytes`,
   * then `cell` with the decoded value if `cellBytes` did not take it.
   */
  startRow(): void {
    this.report.records++;
    if (--this.rowsToDate === 0) {
      this.rowsToDate = ROWS_PER_DATE;
      this.today = todayValue();
    }
  }

  /**
   * The cell of a 'value' column as UTF-8 bytes[from, to): keyed straight from them when it is an identifier of the
   * column's kind written plainly (see encodePlainBytes), with the same key and counts as `cell`; false when it is
   * not, and the reader must decode it and call `cell`.
   */
  cellBytes(index: number, bytes: Uint8Array, from: number, to: number): boolean {
    const plan = this.plans![index];
    if (plan.scan || plan.account || plan.kind === null || !this.keys.addPlain(plan.kind, bytes, from, to, this.today)) return false;
    plan.valid++;
    return true;
  }

  /** A cell of a 'filled' column (a name, an address) that is not blank. */
  filled(index: number): void {
    this.plans![index].valid++;
  }

  /** The value of a cell of a 'value' column. */
  cell(index: number, value: string): void {
    if (value) this.ingestCell(index, value);
  }

  /** Ingests rows still held back and adds the table's counts to the report; call at the end of the file. */
  finish(): void {
    if (this.plans === null && (this.sample.length > 0 || this.header !== null)) this.classify();
    for (const { values } of this.sample) this.ingestRow(values);
    this.sample = [];
    for (const plan of this.plans ?? []) {
      if (plan.type && plan.valid) increment(this.report.dataClasses, plan.type, plan.valid);
      if (plan.kind && plan.valid) increment(this.report.identifiers, plan.kind, plan.valid);
      if (plan.kind && plan.invalid) increment(this.report.invalid, plan.kind, plan.invalid);
      plan.valid = plan.invalid = 0;
    }
  }

  private flushSample(): void {
    this.classify();
    for (const { values } of this.sample) this.ingestRow(values);
    this.sample = [];
  }

  private classify(): void {
    const rows = this.sample.map((s) => s.values);
    const reports = classifyColumns(this.header, rows);
    this.plans = reports.map((report) =>
      this.plan(
        report.column,
        report.index,
        rows.map((row) => row[report.index] ?? ''),
        report.type as EntityType | null,
      ),
    );
  }

  /** How a column is ingested: as classified (or, for a key first seen after classification, from its name and value), unless `--map` says otherwise. */
  private plan(name: string, index: number, cells: readonly string[], detected?: EntityType | null): ColumnPlan {
    let type = detected !== undefined ? detected : ((classifyColumns([name], cells.map((cell) => [cell]))[0]?.type ?? null) as EntityType | null);
    const override = this.overrides.get(name) ?? this.overrides.get(String(index + 1));
    if (override !== undefined) type = override;
    const scan = type === null && override !== null && cells.some((cell) => this.scanner.scan(cell).some((f) => kindOfType(f.type as EntityType) !== null));
    this.report.columns[this.tableName && this.tableName !== name ? `${this.tableName}:${name}` : name] = type;
    const account = type === 'USERNAME' || (type !== null && headerType(name) === 'USERNAME');
    return { name, type, kind: type ? kindOfType(type) : null, scan, account, valid: 0, invalid: 0 };
  }

  private ingestRow(cells: readonly (string | null)[]): void {
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell) this.ingestCell(i, cell);
    }
  }

  private ingestCell(index: number, value: string): void {
    const plan = this.plans?.[index];
    if (plan === undefined) return;
    const use = cellUse(plan);
    if (use === 'ignore') return;
    if (use === 'filled') {
      if (NOT_BLANK.test(value)) plan.valid++;
      return;
    }
    if (plan.scan) return this.ingestText(value);
    const kind = plan.account ? guessKind(value) : plan.kind!; // a 'value' column that is not scanned has a kind
    const identifier = canonical(kind, value);
    if (identifier !== null) {
      if (kind !== plan.kind) return this.addIdentifier(kind, identifier);
      this.keys.add(kind, identifier);
      plan.valid++;
    } else if (!this.ingestOtherKind(plan, value)) {
      if (value.length > SCAN_INVALID_OVER) this.ingestText(value);
      else if (NOT_BLANK.test(value)) plan.invalid++;
    }
  }

  /** A phone column may hold an e-mail: a value not of the column's kind is keyed as the kind it is, if valid. */
  private ingestOtherKind(plan: ColumnPlan, value: string): boolean {
    const kind = guessKind(value);
    if (kind === plan.kind || kind === 'username') return false;
    const identifier = canonical(kind, value);
    if (identifier !== null) this.addIdentifier(kind, identifier);
    return identifier !== null;
  }

  private addIdentifier(kind: IdentifierKind, identifier: string): void {
    this.keys.add(kind, identifier);
    increment(this.report.identifiers, kind);
    increment(this.report.dataClasses, typeOfKind(kind));
  }

  private ingestText(text: string): void {
    for (const finding of this.scanner.scan(text)) {
      const type = finding.type as EntityType;
      const kind = kindOfType(type);
      if (kind === null) {
        increment(this.report.dataClasses, type);
        continue;
      }
      const value = canonical(kind, text.slice(finding.start, finding.end));
      if (value !== null) this.addIdentifier(kind, value);
    }
  }
}
