import { createScanner, type ScanOptions, type Scanner } from '../detect/index.js';
import { IoError, displayPath, openSource, walk, type WalkEntry } from '../io/index.js';
import { FileContext, type FindingSink } from './file-context.js';
import { emptyReport, type FileReport, type ScanResult } from './findings.js';
import { formatOf } from './formats.js';
import type { Output } from './output.js';
import type { Progress } from './progress.js';
import type { Reporter } from './report/index.js';
import { scanSource } from './scan-source.js';

export interface ScanRun {
  paths: readonly string[];
  options: ScanOptions;
  reporter: Reporter;
  out: Output;
  /** Findings written to the report at most; counting goes on past it. */
  maxFindings: number;
  stdin?: AsyncIterable<Uint8Array>;
  /** Creates the progress display once the total size is known. */
  progress(totalBytes: number | null, totalFiles: number): Progress;
}

interface Shared {
  run: ScanRun;
  scanner: Scanner;
  progress: Progress;
  sink: FindingSink;
  onBytes: (bytes: number) => void;
}

function errorReason(err: unknown): string {
  if (err instanceof IoError) return err.reason;
  // A bug, not bad input: say so without a stack trace, and keep scanning the other files.
  return `internal error while scanning (${err instanceof Error ? err.message.slice(0, 200) : 'unknown'})`;
}

async function scanFile(report: FileReport, shared: Shared): Promise<void> {
  const { run, progress } = shared;
  try {
    const source = await openSource(report.path, { onBytes: shared.onBytes, stdin: run.stdin });
    report.format = formatOf(source.name);
    report.encoding = source.encoding;
    report.compressed = source.compressed;
    if (source.lossy) report.warnings.push(`some bytes are not valid ${source.encoding} and were replaced`);
    const context = new FileContext(report, run.options, shared.scanner, shared.sink, () => run.out.flush());
    try {
      await scanSource(source, report.format, context);
    } finally {
      context.close();
    }
  } catch (err) {
    if (err instanceof IoError && err.code === 'BINARY') {
      [report.status, report.reason] = ['skipped', err.reason];
      return;
    }
    [report.status, report.reason] = ['error', errorReason(err)];
    if (report.findings > 0) report.reason += ` (after ${report.findings} finding(s): the file was scanned in part)`;
    progress.log(`leakhound: cannot read ${displayPath(report.path)}: ${report.reason}`);
  }
}

async function expand(paths: readonly string[]): Promise<WalkEntry[]> {
  const entries: WalkEntry[] = [];
  for await (const entry of walk(paths)) entries.push(entry);
  return entries;
}

/** Scans every file under `paths` in order, streaming findings to the reporter; returns the totals. */
export async function runScan(run: ScanRun): Promise<ScanResult> {
  const started = performance.now();
  const entries = await expand(run.paths);
  const files = entries.flatMap((e) => (e.kind === 'file' ? [e] : []));
  const total = files.every((f) => f.size !== null) ? files.reduce((sum, f) => sum + (f.size ?? 0), 0) : null;
  const result: ScanResult = { files: [], findings: 0, byType: {}, listed: 0, bytes: 0, elapsedMs: 0 };
  const progress = run.progress(total, files.length);
  const shared: Shared = {
    run,
    progress,
    scanner: createScanner(run.options),
    sink: {
      count(type) {
        result.findings++;
        result.byType[type] = (result.byType[type] ?? 0) + 1;
      },
      listing: () => run.reporter.listsFindings && result.listed < run.maxFindings,
      list(finding) {
        result.listed++;
        run.reporter.finding(finding);
      },
    },
    onBytes(bytes) {
      result.bytes += bytes;
      progress.addBytes(bytes);
    },
  };
  run.reporter.begin();
  for (const entry of entries) {
    if (entry.kind === 'skipped') {
      result.files.push({ ...emptyReport(entry.path), status: 'skipped', reason: entry.reason });
    } else if (entry.kind === 'error') {
      result.files.push({ ...emptyReport(entry.error.path), status: 'error', reason: entry.error.reason });
      progress.log(`leakhound: cannot read ${entry.error.message}`);
    } else {
      const report = emptyReport(entry.path);
      result.files.push(report);
      await scanFile(report, shared);
      progress.fileDone();
      await run.out.flush();
    }
  }
  progress.stop();
  result.elapsedMs = performance.now() - started;
  run.reporter.end(result);
  await run.out.flush(true);
  return result;
}
