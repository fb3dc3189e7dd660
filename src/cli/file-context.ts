import type { Finding, FindingType, ScanOptions, Scanner } from '../detect/index.js';
import { Ownership, Segmenter, createLocator, ownCopy, type Located, type Position, type Segment } from '../io/index.js';
import type { FileReport, ReportedFinding } from './findings.js';

const EXAMPLES_PER_FILE = 5;

/** Counted content problems, each with how it reads in a report. */
export const WARNINGS = {
  'broken-quoting': (n: number) => `${n} line(s) with broken CSV quoting scanned as text`,
  'invalid-json': (n: number) => `${n} invalid JSON record(s) scanned as text`,
  'long-line': (n: number) => `${n} line(s) longer than 1 MiB scanned as text in windows`,
  'not-json': () => 'not a JSON array or object: scanned as text',
  'too-large': () => 'a JSON array element is larger than 16 MiB: the rest of the file was scanned as text',
  trailing: () => 'data after the JSON array scanned as text',
} as const;

export type WarningKind = keyof typeof WARNINGS;

/** Where a file's findings go: the run's totals, and the report when it lists findings. */
export interface FindingSink {
  /** Counts a finding in the run's totals. */
  count(type: FindingType): void;
  /** Whether the next finding is to be written to the report (not when the report only sums up, or is full). */
  listing(): boolean;
  /** Writes a finding to the report; only when `listing()`. */
  list(finding: ReportedFinding): void;
}

/** What scanning one file needs: the scanners, where findings go, and counters for content problems. */
export class FileContext {
  private readonly counts = new Map<WarningKind, number>();
  private readonly ownership = new Ownership();

  constructor(
    readonly report: FileReport,
    readonly options: ScanOptions,
    readonly textScanner: Scanner,
    private readonly sink: FindingSink,
    /** Lets the report writer drain between pieces of a file. */
    readonly flush: () => Promise<void>,
  ) {}

  /**
   * Whether the next finding needs its value and position: as one of the file's examples, or for the report. When not,
   * it is only counted: a summary of a file with a million findings works out five positions, not two million.
   */
  needsDetail(): boolean {
    return this.report.examples.length < EXAMPLES_PER_FILE || this.sink.listing();
  }

  /** Counts a finding that needs no detail (see needsDetail). */
  count(finding: Finding): void {
    this.report.findings++;
    this.report.byType[finding.type] = (this.report.byType[finding.type] ?? 0) + 1;
    this.sink.count(finding.type);
  }

  /** Counts a finding and keeps it as an example of the file, or writes it to the report, or both (see needsDetail). */
  emit(finding: Finding, value: string, start: Position, end: Position): void {
    this.count(finding);
    const reported: ReportedFinding = { file: this.report.path, type: finding.type, score: finding.score, recognizer: finding.recognizer, start, end, value };
    if (this.report.examples.length < EXAMPLES_PER_FILE) this.report.examples.push(reported);
    if (this.sink.listing()) this.sink.list(reported);
  }

  warn(kind: WarningKind): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }

  /** Scans one piece of plain text; windows of a long line report a value on a cut once. */
  scanSegment(segment: Segment): void {
    const findings = this.textScanner.scan(ownCopy(segment.text));
    if (findings.length === 0) return;
    const locate = createLocator(segment);
    for (const f of findings) {
      if (!this.ownership.keep(segment, f.start, f.end)) continue;
      if (this.needsDetail()) this.emit(f, segment.text.slice(f.start, f.end), locate(f.start), locate(f.end));
      else this.count(f);
    }
  }

  /** Scans text held in memory (an invalid record) as plain text, windowed like a file. */
  scanLocated(located: Located): void {
    const segmenter = new Segmenter({ start: located });
    for (const segment of segmenter.push(located.text)) this.scanSegment(segment);
    for (const segment of segmenter.end()) this.scanSegment(segment);
  }

  /** Writes the counted warnings into the file report. */
  close(): void {
    for (const [kind, n] of this.counts) this.report.warnings.push(WARNINGS[kind](n));
  }
}
