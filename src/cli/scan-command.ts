import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ENTITY_TYPES, type Language, type ScanOptions } from '../detect/index.js';
import { toIoError } from '../io/index.js';
import { UsageError } from './errors.js';
import type { ScanResult } from './findings.js';
import { readAllowList, readDenyList } from './list-files.js';
import { Output, type TextSink } from './output.js';
import { createProgress } from './progress.js';
import { REPORT_FORMATS, type ReportFormat } from './report/index.js';
import { runScan } from './run-scan.js';

export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  stdin?: AsyncIterable<Uint8Array>;
}

interface ScanFlags {
  format: ReportFormat;
  types?: string;
  minScore?: number;
  language: Language | 'auto';
  allowList?: string;
  denyList?: string;
  output?: string;
  progress: boolean;
  maxFindings?: number;
  showValues?: boolean;
}

function minScore(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1.');
  return n;
}

function count(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number.');
  return n;
}

async function scanOptions(flags: ScanFlags): Promise<ScanOptions> {
  const options: ScanOptions = { language: flags.language };
  if (flags.minScore !== undefined) options.minScore = flags.minScore;
  if (flags.allowList) options.allowList = await readAllowList(flags.allowList);
  if (flags.denyList) options.denyList = await readDenyList(flags.denyList);
  if (flags.types) {
    const known = new Set<string>([...ENTITY_TYPES, ...Object.keys(options.denyList ?? {})]);
    const types = flags.types.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean);
    const unknown = types.filter((t) => !known.has(t));
    if (unknown.length > 0) throw new UsageError('BAD_OPTION', `unknown type ${unknown.join(', ')} (known: ${[...known].join(', ')})`);
    options.types = types;
  }
  return options;
}

/** The report destination: a file for -o (opened before scanning, so a bad path fails early), else stdout. */
async function openReport(path: string | undefined, stdout: TextSink): Promise<{ sink: TextSink; close(): Promise<void> }> {
  if (!path) return { sink: stdout, close: async () => {} };
  const stream = createWriteStream(path);
  try {
    await new Promise((resolve, reject) => stream.once('open', resolve).once('error', reject));
  } catch (err) {
    throw new UsageError('BAD_OPTION', `cannot write report to ${toIoError(err, path).message}`);
  }
  return {
    sink: stream,
    async close() {
      stream.end();
      await finished(stream).catch((err) => {
        throw new UsageError('BAD_OPTION', `cannot write report to ${toIoError(err, path).message}`);
      });
    },
  };
}

/** 2 when a path could not be read (whatever else was found), else 1 when anything was found, else 0. */
export function exitCodeOf(result: ScanResult): number {
  if (result.files.some((f) => f.status === 'error')) return 2;
  return result.findings > 0 ? 1 : 0;
}

async function scan(paths: string[], flags: ScanFlags, io: CliIo, version: string): Promise<number> {
  const options = await scanOptions(flags);
  const report = await openReport(flags.output, io.stdout);
  const out = new Output(report.sink);
  try {
    const reporter = REPORT_FORMATS[flags.format]({ out, showValues: flags.showValues === true, version });
    const result = await runScan({
      paths,
      options,
      reporter,
      out,
      maxFindings: flags.maxFindings ?? Infinity,
      stdin: io.stdin,
      progress: (bytes, files) => createProgress(io.stderr, bytes, files, flags.progress),
    });
    if (result.listed < result.findings && flags.format !== 'summary') {
      io.stderr.write(`leakhound: listed ${result.listed} of ${result.findings} findings (--max-findings)\n`);
    }
    return exitCodeOf(result);
  } finally {
    await report.close();
  }
}

export function registerScanCommand(program: Command, io: CliIo, version: string, done: (code: number) => void): void {
  program
    .command('scan')
    .description('find personal information in files, directories (recursively), .gz files and stdin (-)')
    .argument('<paths...>', 'files or directories to scan; - reads stdin')
    .addOption(new Option('--format <format>', 'report format').choices(Object.keys(REPORT_FORMATS)).default('summary'))
    .option('--types <types>', 'only these types, comma-separated (e.g. PHONE_NUMBER,CN_RESIDENT_ID)')
    .option('--min-score <n>', 'drop findings scored below n (0-1, default 0.5)', minScore)
    .addOption(new Option('--language <language>', 'language of the text').choices(['zh', 'en', 'auto']).default('auto'))
    .option('--allow-list <file>', 'values never reported, one per line')
    .option('--deny-list <file>', 'values always reported, "TYPE value" per line')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--no-progress', 'no progress bar on stderr')
    .option('--max-findings <n>', 'list at most n findings in the report (totals still count all)', count)
    .option('--show-values', 'print matched values in the report (they are masked by default)')
    .addHelpText(
      'after',
      '\nExit codes: 0 nothing found, 1 personal information found, 2 a path could not be read or bad usage.\n' +
        'Formats: .csv/.tsv (columns), .json (array or object), .jsonl/.ndjson (one record per line), anything else as text.',
    )
    .action(async (paths: string[], flags: ScanFlags) => done(await scan(paths, flags, io, version)));
}
