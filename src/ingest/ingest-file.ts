import { createHash, type Hash } from 'node:crypto';
import { basename } from 'node:path';
import { IoError, displayPath, openSource, textSource, type TextSource } from '../io/index.js';
import type { ZipInput } from '../io/zip.js';
import type { Keyer } from '../identity/prf.js';
import type { ExposureStore } from '../store/types.js';
import { fileDigest } from './digest.js';
import { detectFormat, type Format } from './formats.js';
import { KeyBatch } from './keying.js';
import { openDump, type DumpContext, type Parallelism } from './read-dump.js';
import { readXlsx } from './readers/xlsx.js';
import { looksLikeHeader } from './run-reader.js';
import { emptyReport, type FileReport } from './report.js';
import { IngestSink, type ColumnMap } from './table-sink.js';

export interface IngestOptions {
  store: ExposureStore;
  keyer: Keyer;
  breach: string;
  overrides?: ColumnMap;
  /** Read every file as this format instead of detecting it. */
  format?: Format;
  /** Parse CSV in worker threads (they need the server key to key identifiers). */
  parallel?: Parallelism;
  /** Bytes read, for progress. */
  onBytes?(bytes: number): void;
  /** Called with each file's report as it starts, so progress can show its record count. */
  onReport?(report: FileReport): void;
  /** Called when a file has been read and its identifiers are being written (which takes a while for a big one). */
  onCommit?(): void;
}

/** A workbook inside an archive is read in memory (the format needs random access), up to this size. */
const MAX_WORKBOOK_BYTES = 512 * 1024 * 1024;

/** One file being ingested: its report, its clock, and its digest (known before reading for files, after for streams). */
interface Job {
  path: string;
  report: FileReport;
  started: number;
  digest(): Promise<string>;
  options: IngestOptions;
}

function newJob(path: string, digest: () => Promise<string>, options: IngestOptions): Job {
  const report = emptyReport(path);
  options.onReport?.(report);
  return { path, report, started: performance.now(), digest, options };
}

function done(job: Job, changes: Partial<FileReport> = {}): FileReport {
  return { ...job.report, ...changes, seconds: (performance.now() - job.started) / 1000 };
}

function isWorkbook(path: string, options: IngestOptions): boolean {
  return options.format === 'xlsx' || (options.format === undefined && /\.xlsx$/i.test(path));
}

async function* tapped(chunks: AsyncIterable<Uint8Array>, hash: Hash, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    hash.update(chunk);
    onBytes(chunk.length);
    yield chunk;
  }
}

async function collect(path: string, chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    length += chunk.length;
    if (length > MAX_WORKBOOK_BYTES) throw new IoError('READ', path, `workbook over ${MAX_WORKBOOK_BYTES / 1024 ** 2} MiB inside an archive; extract it first`);
    parts.push(chunk);
  }
  return Buffer.concat(parts, length);
}

/**
 * Ingests one dump file into a breach as one unit: its identifiers become visible together at the end, or not
 * at all if reading fails or the process dies. A file whose bytes are already in the breach adds nothing.
 */
export async function ingestFile(path: string, options: IngestOptions): Promise<FileReport> {
  // The digest takes a pass over the file of its own. It is read alongside the ingest, not before it (for a large
  // dump that pass took seconds while the cores waited); once it shows the file is in the breach, reading stops.
  let known = false;
  const digest = fileDigest(path).then(async (hex) => {
    known = await options.store.hasFile(options.breach, hex);
    return hex;
  });
  digest.catch(() => undefined); // a failure counts where the digest is awaited
  const job = newJob(path, () => digest, options);
  const stopIfKnown = (onBytes: (n: number) => void) => (n: number) => {
    if (known) throw new Error('the file is in the breach already');
    onBytes(n);
  };
  try {
    if (isWorkbook(path, options)) return await ingestWorkbook(job, path);
    return await ingestText(job, (onBytes) => openSource(path, { onBytes: stopIfKnown(onBytes) }));
  } catch (err) {
    // Whatever stopped the reading (the stop above, or a failure after it), the file is in the breach.
    if (known) return done(job, { ...emptyReport(path), status: 'already-ingested' });
    throw err;
  }
}

/** Ingests a byte stream (a file inside a zip archive, or stdin); its digest is checked once it has been read. */
export async function ingestStream(path: string, bytes: AsyncIterable<Uint8Array>, options: IngestOptions): Promise<FileReport> {
  if (isWorkbook(path, options)) {
    const workbook = await collect(path, bytes);
    const digest = createHash('sha256').update(workbook).digest('hex');
    return ingestWorkbook(newJob(path, async () => digest, options), { path, bytes: workbook });
  }
  const hash = createHash('sha256');
  const job = newJob(path, async () => hash.digest('hex'), options);
  return ingestText(job, (onBytes) => textSource(path, tapped(bytes, hash, onBytes)));
}

/** An .xlsx workbook: each sheet is a table. */
function ingestWorkbook(job: Job, input: ZipInput): Promise<FileReport> {
  job.report.format = 'xlsx';
  job.report.encoding = 'xlsx';
  return ingestRecords(job, ({ sink }) => readXlsx(input, sink, { isHeader: looksLikeHeader }));
}

/** A text dump, in the format its name and first characters tell (or the one given). */
async function ingestText(job: Job, open: (onBytes: (n: number) => void) => Promise<TextSource>): Promise<FileReport> {
  const { report, options } = job;
  let source: TextSource;
  try {
    source = await open((n) => ((report.bytes += n), options.onBytes?.(n)));
  } catch (err) {
    if (!(err instanceof IoError) || err.code !== 'BINARY') throw err;
    return done(job, { status: 'skipped', message: err.message });
  }
  const dump = await openDump(source);
  if (dump.head.trim() === '') return done(job, { status: 'skipped', message: `${displayPath(job.path)}: empty file` });
  const format = options.format ?? detectFormat(source.name, dump.head);
  if (format === 'xlsx') return done(job, { status: 'skipped', message: `${displayPath(job.path)}: not an xlsx workbook (text)` });
  report.encoding = source.encoding;
  report.format = format;
  return ingestRecords(job, (context) => dump.read(format, basename(source.name), context));
}

/** What every format shares: a writer, the sink that classifies and keys records, then commit, or abort on failure. */
async function ingestRecords(job: Job, read: (context: DumpContext) => Promise<void>): Promise<FileReport> {
  const { report, options } = job;
  const writer = await options.store.beginFile(options.breach);
  try {
    const keys = new KeyBatch(options.keyer, writer);
    const sink = new IngestSink(keys, report, options.overrides ?? new Map());
    await read({ sink, keys, writer, report, parallel: options.parallel });
    sink.finish();
    keys.flush();
  } catch (err) {
    await writer.abort();
    throw err;
  }
  const digest = await job.digest();
  if (await options.store.hasFile(options.breach, digest)) {
    await writer.abort();
    return done(job, { ...emptyReport(job.path), status: 'already-ingested' });
  }
  options.onCommit?.();
  const result = await writer.commit({ digest, name: basename(job.path), records: report.records, dataClasses: report.dataClasses });
  return done(job, { unique: result.unique, newToBreach: result.newToBreach });
}
