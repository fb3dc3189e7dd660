import type { ReportedFinding, ScanResult } from '../findings.js';
import type { Output } from '../output.js';

/** Writes one report format: findings as they are found (streamed), the totals at the end. */
export interface Reporter {
  begin(): void;
  /** Whether `finding` writes each finding: a report that only sums up is given none (they are counted, not located). */
  readonly listsFindings: boolean;
  finding(finding: ReportedFinding): void;
  end(result: ScanResult): void;
}

export interface ReportOptions {
  out: Output;
  showValues: boolean;
  version: string;
}
