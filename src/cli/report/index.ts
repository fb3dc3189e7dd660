import { csvReporter } from './csv.js';
import { jsonReporter, jsonlReporter } from './json.js';
import type { ReportOptions, Reporter } from './reporter.js';
import { sarifReporter } from './sarif.js';
import { summaryReporter } from './summary.js';

export const REPORT_FORMATS = {
  summary: summaryReporter,
  json: jsonReporter,
  jsonl: jsonlReporter,
  sarif: sarifReporter,
  csv: csvReporter,
} as const satisfies Record<string, (options: ReportOptions) => Reporter>;

export type ReportFormat = keyof typeof REPORT_FORMATS;

export { renderSummary } from './summary.js';
export type { ReportOptions, Reporter } from './reporter.js';
