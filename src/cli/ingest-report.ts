import { displayPath } from '../io/index.js';
import type { FileReport } from '../ingest/report.js';

const number = new Intl.NumberFormat('en-US');

function counts(table: Partial<Record<string, number>>): string {
  return Object.entries(table)
    .map(([key, n]) => `${key} ${number.format(n ?? 0)}`)
    .join(', ');
}

/** A file's ingest report for a person: what was read, what was keyed, what was skipped and where. */
export function describeReport(report: FileReport): string {
  const name = displayPath(report.file);
  if (report.status === 'already-ingested') return `${name}: already in this breach (same content), nothing added`;
  if (report.status !== 'ingested') return `${name}: ${report.status}${report.message ? ` (${report.message})` : ''}`;
  const rate = report.seconds > 0 ? report.records / report.seconds : 0;
  const lines = [
    `${name}: ${number.format(report.records)} records (${report.format}, ${report.encoding}) in ${report.seconds.toFixed(1)} s, ${number.format(Math.round(rate))} records/s`,
  ];
  const unique = Object.entries(report.identifiers).map(
    ([kind, n]) => `${kind} ${number.format(n ?? 0)} (${number.format(report.unique[kind as keyof typeof report.unique] ?? 0)} unique, ${number.format(report.newToBreach[kind as keyof typeof report.newToBreach] ?? 0)} new)`,
  );
  lines.push(`  identifiers: ${unique.join(', ') || 'none'}`);
  if (Object.keys(report.invalid).length > 0) lines.push(`  invalid values in identifier columns: ${counts(report.invalid)}`);
  lines.push(`  data classes: ${counts(report.dataClasses) || 'none'}`);
  if (report.skipped > 0) {
    const where = report.skipSamples.map((s) => `line ${s.line}`).join(', ');
    lines.push(`  skipped ${number.format(report.skipped)}: ${counts(report.skipReasons)} (first at ${where})`);
  }
  return lines.join('\n');
}
