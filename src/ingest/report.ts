import type { IdentifierKind } from '../identity/kinds.js';

export interface SkipSample {
  line: number;
  reason: string;
}

/** What ingesting one file did. Holds counts and line numbers only, never a value from the file. */
export interface FileReport {
  /** The file as the user named it (or `archive.zip/entry`). */
  file: string;
  status: 'ingested' | 'already-ingested' | 'skipped' | 'failed';
  /** Why a file was skipped or failed (a message naming the file, never its content). */
  message?: string;
  format: string;
  encoding: string;
  records: number;
  skipped: number;
  /** Skipped records per reason. */
  skipReasons: Record<string, number>;
  /** The first skipped records, with line numbers. */
  skipSamples: SkipSample[];
  /** Identifier values read per kind (with repeats). */
  identifiers: Partial<Record<IdentifierKind, number>>;
  /** Values in identifier columns that are no valid identifier of the column's kind. */
  invalid: Partial<Record<IdentifierKind, number>>;
  /** Distinct identifiers per kind in the file, and how many of them the breach did not hold before. */
  unique: Partial<Record<IdentifierKind, number>>;
  newToBreach: Partial<Record<IdentifierKind, number>>;
  /** Entity types found, with value counts. */
  dataClasses: Record<string, number>;
  /** Column name -> the entity type it was read as (null: not personal data). */
  columns: Record<string, string | null>;
  bytes: number;
  seconds: number;
}

export const MAX_SKIP_SAMPLES = 10;

export function emptyReport(file: string): FileReport {
  return {
    file,
    status: 'ingested',
    format: '',
    encoding: '',
    records: 0,
    skipped: 0,
    skipReasons: {},
    skipSamples: [],
    identifiers: {},
    invalid: {},
    unique: {},
    newToBreach: {},
    dataClasses: {},
    columns: {},
    bytes: 0,
    seconds: 0,
  };
}

function addTo<K extends string>(into: Partial<Record<K, number>>, from: Partial<Record<K, number>>): void {
  for (const key of Object.keys(from) as K[]) into[key] = (into[key] ?? 0) + (from[key] ?? 0);
}

/** Adds a chunk's counts to the report; the chunk starts at line `firstLine` of the file. */
export function addCounts(report: FileReport, counts: Pick<FileReport, 'records' | 'skipped' | 'skipReasons' | 'skipSamples' | 'identifiers' | 'invalid' | 'dataClasses'>, firstLine: number): void {
  report.records += counts.records;
  report.skipped += counts.skipped;
  addTo(report.skipReasons, counts.skipReasons);
  for (const sample of counts.skipSamples) {
    if (report.skipSamples.length < MAX_SKIP_SAMPLES) report.skipSamples.push({ line: sample.line + firstLine - 1, reason: sample.reason });
  }
  addTo(report.identifiers, counts.identifiers);
  addTo(report.invalid, counts.invalid);
  addTo(report.dataClasses, counts.dataClasses);
}
