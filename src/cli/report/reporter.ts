import type { ReportedFinding, ScanResult } from '../findings.js';
import type { Output } from '../output.js';

/** Writes one report format: findings as they are found (streamed), the totals at the end. */
export interface Reporter {
  begin(): void;
  finding(finding: ReportedFinding): void;
  end(result: ScanResult): void;
}

export interface ReportOptions {
  out: Output;
  showValues: boolean;
  version: string;
}
