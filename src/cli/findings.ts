import type { FindingType } from '../detect/index.js';
import type { Encoding, Position } from '../io/index.js';
import type { FileFormat } from './formats.js';

/** One finding in one file, with where it starts and ends (`end` exclusive). */
export interface ReportedFinding {
  file: string;
  type: FindingType;
  score: number;
  recognizer: string;
  start: Position;
  end: Position;
  /** The matched text: printed only with --show-values. */
  value: string;
}

/** What happened to one path. */
export interface FileReport {
  path: string;
  status: 'scanned' | 'skipped' | 'error';
  /** Why a path was skipped or could not be (fully) read. */
  reason?: string;
  format?: FileFormat;
  encoding?: Encoding;
  compressed?: boolean;
  findings: number;
  byType: Record<string, number>;
  /** Counted problems with the content, e.g. "3 lines with broken CSV quoting scanned as text". */
  warnings: string[];
  /** The first few findings, for the summary report. */
  examples: ReportedFinding[];
}

export interface ScanResult {
  files: FileReport[];
  findings: number;
  byType: Record<string, number>;
  /** Findings written to the report (at most --max-findings). */
  listed: number;
  bytes: number;
  elapsedMs: number;
}

const SECRET_TYPES: ReadonlySet<FindingType> = new Set(['PASSWORD']);

/** A preview that shows a value's shape but not the value: `13*******00`; secrets show nothing at all. */
export function maskValue(type: FindingType, value: string): string {
  if (SECRET_TYPES.has(type)) return '********';
  const chars = Array.from(value);
  const shown = chars.length <= 4 ? 0 : chars.length <= 8 ? 1 : 2;
  if (shown === 0) return '*'.repeat(chars.length);
  return chars.slice(0, shown).join('') + '*'.repeat(chars.length - 2 * shown) + chars.slice(-shown).join('');
}

/** The fields every machine-readable format shares; `value` only when asked for. */
export function findingFields(f: ReportedFinding, showValues: boolean) {
  return {
    file: f.file,
    line: f.start.line,
    column: f.start.column,
    endLine: f.end.line,
    endColumn: f.end.column,
    start: f.start.offset,
    end: f.end.offset,
    type: f.type,
    score: Math.round(f.score * 1000) / 1000,
    recognizer: f.recognizer,
    preview: maskValue(f.type, f.value),
    ...(showValues ? { value: f.value } : {}),
  };
}

export function emptyReport(path: string): FileReport {
  return { path, status: 'scanned', findings: 0, byType: {}, warnings: [], examples: [] };
}
