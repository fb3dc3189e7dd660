import { constants, createWriteStream } from 'node:fs';
import { access, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { ENTITY_TYPES } from '../detect/index.js';
import { displayPath, openSource, toIoError } from '../io/index.js';
import {
  MIN_KEY_BYTES,
  OPERATOR_NAMES,
  PseudonymVault,
  RedactError,
  redactCsv,
  redactJson,
  redactJsonLines,
  redactPlainText,
  type OperatorName,
  type RedactPolicy,
  type RedactStats,
  type StreamRedactOptions,
  type TextOutput,
} from '../redact/index.js';
import { UsageError } from './errors.js';
import { formatOf, type FileFormat } from './formats.js';
import type { CliIo } from './scan-command.js';

const FORMATS = ['auto', 'text', 'csv', 'tsv', 'jsonl', 'json'] as const;
const KEY_ENV = 'LEAKHOUND_REDACT_KEY';

interface RedactFlags {
  output?: string;
  operator?: [string, OperatorName][];
  defaultOperator: OperatorName;
  keyFile?: string;
  vault?: string;
  format: (typeof FORMATS)[number];
  header?: boolean;
  quiet?: boolean;
}

function isOperator(name: string): name is OperatorName {
  return (OPERATOR_NAMES as readonly string[]).includes(name);
}

function operatorPair(value: string, previous: [string, OperatorName][] = []): [string, OperatorName][] {
  const m = /^([A-Za-z][A-Za-z0-9_]*)=([A-Za-z]+)$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected TYPE=OPERATOR, for example PHONE_NUMBER=hash.');
  const [type, operator] = [m[1].toUpperCase(), m[2].toLowerCase()];
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) throw new InvalidArgumentError(`unknown type ${type} (known: ${ENTITY_TYPES.join(', ')}).`);
  if (!isOperator(operator)) throw new InvalidArgumentError(`unknown operator ${operator} (known: ${OPERATOR_NAMES.join(', ')}).`);
  return [...previous, [type, operator]];
}

/** The key for hash / pseudonym: the key file's bytes (a final line break dropped), else the environment variable. */
async function readKey(flags: RedactFlags, needs: OperatorName): Promise<Uint8Array> {
  let key: Uint8Array;
  let from: string;
  if (flags.keyFile) {
    from = `--key-file ${displayPath(flags.keyFile)}`;
    try {
      const bytes = await readFile(flags.keyFile);
      const end = bytes.at(-1) === 0x0a ? (bytes.at(-2) === 0x0d ? bytes.length - 2 : bytes.length - 1) : bytes.length;
      key = bytes.subarray(0, end);
    } catch (err) {
      throw new UsageError('BAD_OPTION', `--key-file ${toIoError(err, flags.keyFile).message}`);
    }
  } else if (process.env[KEY_ENV]) {
    from = KEY_ENV;
    key = new TextEncoder().encode(process.env[KEY_ENV]);
  } else {
    throw new UsageError('BAD_OPTION', `the ${needs} operator needs a key: pass --key-file FILE or set ${KEY_ENV}`);
  }
  if (key.length < MIN_KEY_BYTES) throw new UsageError('BAD_OPTION', `${from}: the key is ${key.length} bytes; at least ${MIN_KEY_BYTES} are required`);
  return key;
}

async function policyOf(flags: RedactFlags): Promise<RedactPolicy> {
  const pairs = flags.operator ?? [];
  const used = new Set<OperatorName>([flags.defaultOperator, ...pairs.map(([, op]) => op)]);
  const keyed = used.has('hash') ? 'hash' : used.has('pseudonym') ? 'pseudonym' : undefined;
  if (flags.vault && !used.has('pseudonym')) throw new UsageError('BAD_OPTION', '--vault is only written for the pseudonym operator');
  const operators: RedactPolicy['operators'] = Object.fromEntries(pairs.map(([type, operator]) => [type, { operator }]));
  return {
    defaultOperator: { operator: flags.defaultOperator },
    operators,
    key: keyed ? await readKey(flags, keyed) : undefined,
    vault: flags.vault ? new PseudonymVault() : undefined,
  };
}

/** The redacted output: a file for -o (opened before reading, so a bad path fails early), else stdout. */
async function openOutput(path: string | undefined, input: string, stdout: TextOutput) {
  if (!path) return { sink: stdout, close: async () => {}, discard: async () => {} };
  const same = async (p: string) => realpath(p).catch(() => resolve(p));
  if (input !== '-' && (await same(path)) === (await same(input))) {
    throw new UsageError('BAD_OPTION', `-o ${displayPath(path)}: the output would overwrite the input`);
  }
  const stream = createWriteStream(path);
  const failed = (err: unknown) => new UsageError('BAD_OPTION', `-o ${toIoError(err, path).message}`);
  await new Promise((ok, fail) => stream.once('open', ok).once('error', fail)).catch((err) => {
    throw failed(err);
  });
  return {
    sink: stream,
    close: async () => {
      stream.end();
      await finished(stream).catch((err) => {
        throw failed(err);
      });
    },
    /** A half-written output is removed rather than left looking complete. */
    discard: async () => {
      stream.destroy();
      await rm(path, { force: true });
    },
  };
}

function summary(stats: RedactStats): string {
  const counts = Object.entries(stats.changes);
  const total = counts.reduce((n, [, c]) => n + c, 0);
  const byType = counts.length > 0 ? ` (${counts.map(([t, c]) => `${t} ${c}`).join(', ')})` : '';
  const invalid = stats.invalid > 0 ? `; ${stats.invalid} unparsable record(s) redacted as text` : '';
  return `redacted ${total} value(s) in ${stats.records} record(s)${byType}${invalid}\n`;
}

async function redact(input: string, flags: RedactFlags, io: Partial<CliIo>): Promise<void> {
  const policy = await policyOf(flags);
  if (flags.vault) {
    const exists = await access(flags.vault, constants.F_OK).then(() => true, () => false);
    if (exists) throw new UsageError('BAD_OPTION', `--vault ${displayPath(flags.vault)}: already exists; a vault is never overwritten`);
  }
  const source = await openSource(input, { stdin: io.stdin });
  const format: FileFormat = flags.format === 'auto' ? formatOf(source.name) : flags.format;
  const output = await openOutput(flags.output, input, io.stdout ?? process.stdout);
  const options: StreamRedactOptions = { policy };
  let stats: RedactStats;
  try {
    if (format === 'csv' || format === 'tsv') {
      const header = flags.header ?? 'auto';
      stats = await redactCsv(source.text, output.sink, { ...options, delimiter: format === 'tsv' ? '\t' : 'auto', header });
    } else if (format === 'jsonl') stats = await redactJsonLines(source.text, output.sink, options);
    else if (format === 'json') stats = await redactJson(source.text, output.sink, options);
    else stats = await redactPlainText(source.text, output.sink, options);
    await output.close();
  } catch (err) {
    await output.discard();
    throw err;
  }
  if (flags.vault && policy.vault && policy.key) {
    await writeFile(flags.vault, `${JSON.stringify(policy.vault.seal(policy.key))}\n`, { flag: 'wx', mode: 0o600 }).catch((err) => {
      throw new UsageError('BAD_OPTION', `--vault ${toIoError(err, flags.vault!).message}`);
    });
  }
  const stderr = io.stderr ?? process.stderr;
  if (source.lossy) stderr.write(`leakhound redact: ${displayPath(input)}: some bytes were not valid ${source.encoding}; output is UTF-8\n`);
  if (!flags.quiet) stderr.write(`leakhound redact: ${summary(stats)}`);
}

/**
 * `leakhound redact IN`: writes IN with personal information masked, replaced, removed, hashed or pseudonymised.
 * Bad input throws UsageError / IoError (one line, exit code 2, printed by main); `io` defaults to the process's.
 */
export function registerRedactCommand(program: Command, io: Partial<CliIo> = {}): void {
  program
    .command('redact')
    .description('write a copy of a file with personal information redacted (output is UTF-8)')
    .argument('<input>', 'file to redact (.csv .tsv .jsonl .ndjson .json .txt, optionally .gz), or - for stdin')
    .option('-o, --output <file>', 'write here instead of stdout')
    .option('--operator <TYPE=OP>', `operator for one type (repeatable); OP is one of ${OPERATOR_NAMES.join(', ')}`, operatorPair)
    .addOption(new Option('--default-operator <op>', 'operator for every other type').choices(OPERATOR_NAMES).default('mask'))
    .option('--vault <file>', 'with pseudonym: write the token -> value map here, encrypted under the key')
    .addOption(new Option('--format <format>', 'input format').choices(FORMATS).default('auto'))
    .option('--header', 'CSV/TSV: the first row is a header (default: decided from its content)')
    .option('--no-header', 'CSV/TSV: the first row is data')
    .option('-q, --quiet', 'do not print the summary on stderr')
    .addHelpText('after', `\nThe hash and pseudonym operators take their key (at least ${MIN_KEY_BYTES} bytes) from the global --key-file, or $${KEY_ENV}.`)
    .action(async (input: string, flags: RedactFlags, command: Command) => {
      try {
        // --key-file is a global option (the store commands' server key); for redact it names the redaction key.
        await redact(input, { ...flags, keyFile: command.optsWithGlobals<{ keyFile?: string }>().keyFile }, io);
      } catch (err) {
        // Settings errors from the redaction layer name no value; show them as a usage error.
        if (err instanceof RedactError) throw new UsageError('BAD_OPTION', err.message);
        throw err;
      }
    });
}
