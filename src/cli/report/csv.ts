import { stringify } from 'csv-stringify/sync';
import { findingFields } from '../findings.js';
import type { ReportOptions, Reporter } from './reporter.js';

const COLUMNS = ['file', 'line', 'column', 'type', 'score', 'recognizer', 'start', 'end', 'preview'] as const;

/** One row per finding. Cells starting with = + - @ are prefixed with ' so a spreadsheet does not run them. */
export function csvReporter({ out, showValues }: ReportOptions): Reporter {
  const header = showValues ? [...COLUMNS, 'value'] : [...COLUMNS];
  const row = (cells: unknown[]) => stringify([cells], { escape_formulas: true, record_delimiter: 'unix' });
  return {
    listsFindings: true,
    begin() {
      out.write(row(header));
    },
    finding(f) {
      const fields: Record<string, unknown> = findingFields(f, showValues);
      out.write(row(header.map((name) => fields[name])));
    },
    end() {},
  };
}
