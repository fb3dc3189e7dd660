import { findingFields, type FileReport, type ScanResult } from '../findings.js';
import type { ReportOptions, Reporter } from './reporter.js';

function fileFields(file: FileReport) {
  const { examples: _examples, ...rest } = file;
  return rest;
}

function summaryFields(result: ScanResult) {
  const count = (status: FileReport['status']) => result.files.filter((f) => f.status === status).length;
  return {
    files: count('scanned'),
    filesWithFindings: result.files.filter((f) => f.findings > 0).length,
    skipped: count('skipped'),
    errors: count('error'),
    findings: result.findings,
    listed: result.listed,
    byType: result.byType,
    bytes: result.bytes,
    elapsedMs: Math.round(result.elapsedMs),
  };
}

/** One JSON document; findings are streamed into its `findings` array, files and totals follow. */
export function jsonReporter({ out, showValues, version }: ReportOptions): Reporter {
  let first = true;
  return {
    listsFindings: true,
    begin() {
      out.write(`{"tool":${JSON.stringify({ name: 'leakhound', version })},"findings":[`);
    },
    finding(f) {
      out.write(`${first ? '\n' : ',\n'}${JSON.stringify(findingFields(f, showValues))}`);
      first = false;
    },
    end(result) {
      out.write(`\n],"files":${JSON.stringify(result.files.map(fileFields))},"summary":${JSON.stringify(summaryFields(result))}}\n`);
    },
  };
}

/** One finding per line, nothing else. */
export function jsonlReporter({ out, showValues }: ReportOptions): Reporter {
  return {
    listsFindings: true,
    begin() {},
    finding(f) {
      out.write(`${JSON.stringify(findingFields(f, showValues))}\n`);
    },
    end() {},
  };
}
