import type { EntityType } from '../detect/index.js';
import { IoError, displayPath, walk } from '../io/index.js';
import { zipEntries } from '../io/zip.js';
import { ingestFile, ingestStream, type IngestOptions } from '../ingest/ingest-file.js';
import type { Format } from '../ingest/formats.js';
import { defaultWorkers } from '../ingest/parallel/pool.js';
import type { FileReport } from '../ingest/report.js';
import { describeReport } from './ingest-report.js';
import { createProgress, type Progress } from './progress.js';
import type { CliIo } from './scan-command.js';
import type { StoreContext } from './store-context.js';

export interface IngestRun {
  paths: string[];
  flags: { breach: string; format?: Format; json?: boolean; progress: boolean };
  context: StoreContext;
  io: CliIo;
  overrides: ReadonlyMap<string, EntityType | null>;
}

function isZip(path: string): boolean {
  return /\.zip$/i.test(path);
}

/** Ingests every file named (directories recursively, zip archives entry by entry); false when any failed. */
export async function runIngest(run: IngestRun): Promise<boolean> {
  const { io, flags } = run;
  const files: { path: string; size: number | null }[] = [];
  let ok = true;
  const fail = (message: string, progress?: Progress) => {
    ok = false;
    if (progress) progress.log(`leakhound: ${message}`);
    else io.stderr.write(`leakhound: ${message}\n`);
  };
  for await (const entry of walk(run.paths)) {
    if (entry.kind === 'file') files.push(entry);
    else if (entry.kind === 'skipped') io.stderr.write(`leakhound: skipped ${displayPath(entry.path)}: ${entry.reason}\n`);
    else fail(entry.error.message);
  }
  const total = files.every((f) => f.size !== null) ? files.reduce((sum, f) => sum + (f.size ?? 0), 0) : null;
  let finished = 0;
  let current: FileReport | null = null;
  const progress = createProgress(io.stderr, total, files.length, flags.progress, () => finished + (current?.records ?? 0));
  const options: IngestOptions = {
    store: run.context.store,
    keyer: run.context.keyer,
    breach: flags.breach,
    overrides: run.overrides,
    format: flags.format,
    parallel: { serverKey: run.context.serverKey, workers: defaultWorkers() },
    onBytes: (n) => progress.addBytes(n),
    onReport: (report) => (current = report),
    onCommit: () => progress.status('writing the index'),
  };
  const show = (report: FileReport) => {
    progress.status('');
    finished += report.records;
    current = null;
    if (flags.json) io.stdout.write(`${JSON.stringify(report)}\n`);
    else progress.log(describeReport(report));
  };
  try {
    for (const file of files) {
      try {
        if (isZip(file.path)) {
          for await (const item of zipEntries(file.path)) {
            if (item.kind === 'file') show(await ingestStream(item.path, item.bytes(), options));
            else if (item.kind === 'skipped') progress.log(`leakhound: skipped ${displayPath(item.path)}: ${item.reason}`);
            else fail(item.error.message, progress);
          }
        } else if (file.path === '-') {
          show(await ingestStream('-', io.stdin ?? process.stdin, options));
        } else {
          show(await ingestFile(file.path, options));
        }
      } catch (err) {
        if (!(err instanceof IoError)) throw err;
        fail(err.message, progress);
      }
      progress.fileDone();
    }
  } finally {
    progress.stop();
  }
  return ok;
}
