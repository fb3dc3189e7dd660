import { displayPath } from '../../io/index.js';
import { maskValue, type FileReport, type ScanResult } from '../findings.js';
import type { ReportOptions, Reporter } from './reporter.js';

const FILES_LISTED = 20;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Decimal units, as the progress bar uses (MB = 10^6 bytes). */
function size(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function byTypeLine(byType: Record<string, number>): string {
  return Object.entries(byType)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
}

function describe(file: FileReport): string {
  const parts = [file.format, file.encoding, file.compressed ? 'gzip' : undefined].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** The report for a person: totals, per-type counts, the files with most findings, and what could not be scanned. */
export function renderSummary(result: ScanResult, showValues: boolean): string {
  const lines: string[] = [];
  const scanned = result.files.filter((f) => f.status === 'scanned');
  const withFindings = result.files.filter((f) => f.findings > 0).sort((a, b) => b.findings - a.findings || (a.path < b.path ? -1 : 1));
  const seconds = result.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(result.bytes / seconds) : 0;
  lines.push(`Scanned ${plural(scanned.length, 'file')}, ${size(result.bytes)} in ${seconds.toFixed(2)} s (${size(rate)}/s).`);
  lines.push(result.findings === 0 ? 'No personal information found.' : `Found ${plural(result.findings, 'item')} of personal information in ${plural(withFindings.length, 'file')}.`);
  if (result.findings > 0) {
    lines.push('', 'By type:');
    const width = Math.max(...Object.keys(result.byType).map((t) => t.length));
    for (const [type, n] of Object.entries(result.byType).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      lines.push(`  ${type.padEnd(width)}  ${String(n).padStart(8)}`);
    }
    lines.push('', withFindings.length > FILES_LISTED ? `Top ${FILES_LISTED} files:` : 'Files:');
    for (const file of withFindings.slice(0, FILES_LISTED)) {
      lines.push(`  ${displayPath(file.path)}${describe(file)}: ${file.findings} - ${byTypeLine(file.byType)}`);
      for (const f of file.examples) {
        const shown = showValues ? JSON.stringify(f.value) : maskValue(f.type, f.value);
        lines.push(`      line ${f.start.line}, column ${f.start.column}: ${f.type} ${shown}`);
      }
      if (file.findings > file.examples.length) lines.push(`      ... ${file.findings - file.examples.length} more`);
    }
    if (withFindings.length > FILES_LISTED) lines.push(`  ... and ${withFindings.length - FILES_LISTED} more files (see --format json)`);
  }
  const warned = result.files.filter((f) => f.warnings.length > 0);
  if (warned.length > 0) {
    lines.push('', 'Warnings:');
    for (const file of warned) for (const w of file.warnings) lines.push(`  ${displayPath(file.path)}: ${w}`);
  }
  const skipped = result.files.filter((f) => f.status === 'skipped');
  if (skipped.length > 0) {
    lines.push('', `Skipped (${skipped.length}):`);
    for (const file of skipped) lines.push(`  ${displayPath(file.path)}: ${file.reason}`);
  }
  const failed = result.files.filter((f) => f.status === 'error');
  if (failed.length > 0) {
    lines.push('', `Could not read (${failed.length}):`);
    for (const file of failed) lines.push(`  ${displayPath(file.path)}: ${file.reason}`);
  }
  if (result.findings > 0 && !showValues) lines.push('', 'Values are masked; use --show-values to print them.');
  return `${lines.join('\n')}\n`;
}

export function summaryReporter({ out, showValues }: ReportOptions): Reporter {
  return {
    listsFindings: false,
    begin() {},
    finding() {},
    end(result) {
      out.write(renderSummary(result, showValues));
    },
  };
}
