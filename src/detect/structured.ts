import { headerType } from './header-names.js';
import { createScanner, type Scanner } from './scan-text.js';
import type { Finding, FindingType, ScanOptions } from './types.js';

/** What one column (or JSON key path) holds. */
export interface ColumnReport {
  column: string;
  index: number;
  /** The entity type the column holds, or null when it holds none (or mixed free text). */
  type: FindingType | null;
  confidence: number;
  /** Cells holding a finding of `type` (over the sample for `classifyColumns`, over every row for `scanTable`). */
  count: number;
  /** Non-empty cells the decision was based on. */
  sampled: number;
}

/** A finding inside one cell; `start`/`end` index into that cell's text. */
export interface CellFinding extends Finding {
  row: number;
  column: number;
}

export interface TableScan {
  columns: ColumnReport[];
  findings: CellFinding[];
}

export interface TableOptions extends ScanOptions {
  /** Rows sampled to decide column types (default 200). */
  sampleSize?: number;
}

export interface RowScanner {
  scanRow(row: readonly string[], rowIndex: number): CellFinding[];
  /**
   * The findings of each row, as `scanRow` gives them (rows numbered from `firstIndex`), faster: each column's cells
   * are scanned together (`Scanner.scanMany`).
   */
  scanRows(rows: readonly (readonly string[])[], firstIndex: number): CellFinding[][];
}

/** Types recognised from meaning rather than a checksum: a column header is enough to trust every plausible cell. */
const MEANING_TYPES: ReadonlySet<FindingType> = new Set(['PERSON', 'ADDRESS', 'USERNAME', 'PASSWORD']);
/** Context to try on unlabelled columns, so a bare column of names or addresses is still recognised. */
const TRIAL_CONTEXT: readonly [FindingType, string][] = [
  ['PERSON', '姓名 name'],
  ['ADDRESS', '地址 address'],
];
const VALUE_SHARE = 0.5;
const FORCED_CONFIDENCE = 0.9;

function plausible(type: FindingType, cell: string): boolean {
  if (cell.length === 0 || cell.length > 200) return false;
  if (type === 'PERSON') return cell.length <= 40 && !/\d/.test(cell) && /[\p{L}]/u.test(cell);
  if (type === 'ADDRESS') return /[\p{L}]/u.test(cell);
  if (type === 'USERNAME') return cell.length <= 64 && !/\s/.test(cell);
  return true; // PASSWORD: a secret can be anything
}

/** True when a finding of `type` covers (nearly) the whole trimmed cell. */
function coversCell(findings: readonly Finding[], type: FindingType, cell: string): boolean {
  return findings.some((f) => f.type === type && f.end - f.start >= cell.length * 0.8);
}

function columnScanner(header: string | null, options: ScanOptions, cache: Map<string, Scanner>): Scanner {
  const key = header ?? '';
  let scanner = cache.get(key);
  if (!scanner) {
    scanner = createScanner(header ? { ...options, context: [...(options.context ?? []), header] } : options);
    cache.set(key, scanner);
  }
  return scanner;
}

/** Decides per column which type it holds, from the header name plus detection over sampled values. */
export function classifyColumns(
  header: readonly string[] | null,
  sample: readonly (readonly string[])[],
  options: TableOptions = {},
): ColumnReport[] {
  const width = Math.max(header?.length ?? 0, ...sample.map((row) => row.length));
  const cache = new Map<string, Scanner>();
  const reports: ColumnReport[] = [];
  for (let index = 0; index < width; index++) {
    const name = header?.[index] ?? `column ${index + 1}`;
    const cells = sample.map((row) => (row[index] ?? '').trim()).filter((cell) => cell.length > 0);
    const scanner = columnScanner(header?.[index] ?? null, options, cache);
    const hits = new Map<FindingType, number>();
    const scanned = scanner.scanMany(cells);
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[k];
      const findings = scanned[k];
      for (const type of new Set(findings.map((f) => f.type))) {
        if (coversCell(findings, type, cell)) hits.set(type, (hits.get(type) ?? 0) + 1);
      }
    }
    const best = [...hits].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    let type: FindingType | null = best?.[0] ?? null;
    let count = best?.[1] ?? 0;
    let confidence = cells.length > 0 ? count / cells.length : 0;
    const announced = header?.[index] ? headerType(header[index]) : null;
    if (announced && MEANING_TYPES.has(announced) && (type === null || confidence < VALUE_SHARE)) {
      const fits = cells.filter((cell) => plausible(announced, cell)).length;
      if (cells.length > 0 && fits / cells.length >= VALUE_SHARE) [type, count, confidence] = [announced, fits, FORCED_CONFIDENCE * (fits / cells.length)];
    }
    if (!announced && (type === null || confidence < VALUE_SHARE)) {
      for (const [trialType, words] of TRIAL_CONTEXT) {
        const trial = columnScanner(words, options, cache);
        const trials = trial.scanMany(cells);
        const fits = cells.filter((cell, k) => coversCell(trials[k], trialType, cell)).length;
        if (cells.length > 0 && fits / cells.length >= 0.6) {
          [type, count, confidence] = [trialType, fits, 0.8 * (fits / cells.length)];
          break;
        }
      }
    }
    if (type !== null && confidence < VALUE_SHARE && announced !== type) type = null;
    reports.push({ column: name, index, type, confidence: Math.round(confidence * 1000) / 1000, count: type ? count : 0, sampled: cells.length });
  }
  return reports;
}

/** Scans rows cell by cell, using each column's meaning as context and trusting meaning-typed columns. */
export function createRowScanner(columns: readonly ColumnReport[], options: ScanOptions = {}): RowScanner {
  const cache = new Map<string, Scanner>();
  const scanners = columns.map((c) => columnScanner(c.column.startsWith('column ') ? null : c.column, options, cache));
  const scannerOf = (index: number) => scanners[index] ?? columnScanner(null, options, cache);
  const wants = (type: FindingType) => !options.types || options.types.includes(type);

  /** A row's findings, given the text findings of each of its non-empty cells. */
  function rowFindings(row: readonly string[], rowIndex: number, findingsOf: (index: number, raw: string) => readonly Finding[]): CellFinding[] {
    const out: CellFinding[] = [];
    for (let index = 0; index < row.length; index++) {
      const raw = row[index] ?? '';
      if (raw.length === 0) continue;
      const column = columns[index];
      const findings = findingsOf(index, raw);
      const type = column?.type;
      if (type && MEANING_TYPES.has(type) && wants(type)) {
        const trimmed = raw.trim();
        const offset = raw.indexOf(trimmed);
        const forced = type === 'PASSWORD' ? trimmed.length > 0 : plausible(type, trimmed) && !findings.some((f) => f.end - f.start >= trimmed.length * 0.8);
        if (forced) {
          out.push({ type, start: offset, end: offset + trimmed.length, score: column.confidence, recognizer: 'column-meaning', row: rowIndex, column: index });
          continue;
        }
      }
      // Written out: a spread ({ ...f, row, column }) cost a microsecond a finding here, more than finding it.
      for (const f of findings) out.push({ type: f.type, start: f.start, end: f.end, score: f.score, recognizer: f.recognizer, row: rowIndex, column: index });
    }
    return out;
  }

  return {
    scanRow(row, rowIndex) {
      return rowFindings(row, rowIndex, (index, raw) => scannerOf(index).scan(raw));
    },
    scanRows(rows, firstIndex) {
      // By row, then column: the findings of each non-empty cell, found a column at a time.
      const found: (readonly Finding[])[][] = rows.map(() => []);
      const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
      for (let index = 0; index < width; index++) {
        const at: number[] = [];
        const cells: string[] = [];
        rows.forEach((row, r) => {
          const raw = row[index] ?? '';
          if (raw.length > 0) {
            at.push(r);
            cells.push(raw);
          }
        });
        if (cells.length === 0) continue;
        const scanned = scannerOf(index).scanMany(cells);
        at.forEach((r, k) => {
          found[r][index] = scanned[k];
        });
      }
      return rows.map((row, r) => rowFindings(row, firstIndex + r, (index) => found[r][index]));
    },
  };
}

/** Scans a whole table held in memory: column reports (with counts over every row) and findings per cell. */
export function scanTable(rows: readonly (readonly string[])[], header: readonly string[] | null, options: TableOptions = {}): TableScan {
  const columns = classifyColumns(header, rows.slice(0, options.sampleSize ?? 200), options);
  const scanner = createRowScanner(columns, options);
  const findings = scanner.scanRows(rows, 0).flat();
  for (const column of columns) {
    const cells = new Set(findings.filter((f) => f.column === column.index && f.type === column.type).map((f) => f.row));
    column.count = column.type ? cells.size : 0;
  }
  return { columns, findings };
}
