import { Command, CommanderError } from 'commander';
import { IoError } from '../io/index.js';
import { KeyFileError } from '../identity/key-file.js';
import { ConfigError } from '../server/config.js';
import { StoreError } from '../store/types.js';
import { registerCatalogueCommands } from './catalogue-commands.js';
import { registerCheckCommand } from './check-command.js';
import { registerDemoCommand } from './demo-command.js';
import { UsageError } from './errors.js';
import { packageVersion } from './package-info.js';
import { registerIngestCommand } from './ingest-command.js';
import { registerRedactCommand } from './redact-command.js';
import { registerScanCommand, type CliIo } from './scan-command.js';
import { registerServeCommand } from './serve-command.js';
import { registerStoreCommand } from './store-command.js';
import { registerGlobalOptions } from './store-context.js';

export type { CliIo } from './scan-command.js';

/** A command registered by another module (redact) reports its exit code by setting process.exitCode. */
function exitCodeFrom(value: typeof process.exitCode): number {
  const code = Number(value ?? 0);
  return Number.isInteger(code) ? code : 2;
}

let pipeGuarded = false;

/** `leakhound scan . | head`: when the reader goes away, stop quietly instead of crashing on EPIPE. */
function guardStdoutPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(2); // the report is incomplete, so not "nothing found"
    throw err;
  });
}

/**
 * The `leakhound` command. Returns the exit code instead of exiting, and writes only to `io`, so tests can
 * run it in-process. Bad input never shows a stack trace: one line `leakhound: <message>` and exit code 2.
 */
export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const cli: CliIo = { stdout: io.stdout ?? process.stdout, stderr: io.stderr ?? process.stderr, stdin: io.stdin };
  if (cli.stdout === process.stdout) guardStdoutPipe();
  const version = packageVersion();
  let code: number | undefined;
  const done = (c: number) => void (code = c);
  const outerExitCode = process.exitCode;

  const program = new Command('leakhound')
    .description('Find, mask and check leaked personal information')
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void cli.stdout.write(s),
      writeErr: (s) => void cli.stderr.write(s),
      outputError: (s, write) => write(`leakhound: ${s.replace(/^error: /, '')}`),
    });
  registerGlobalOptions(program);
  registerScanCommand(program, cli, version, done);
  registerRedactCommand(program, cli);
  registerIngestCommand(program, cli, done);
  registerCheckCommand(program, cli, done);
  registerCatalogueCommands(program, cli, done);
  registerServeCommand(program, cli, done);
  registerStoreCommand(program, cli, done);
  registerDemoCommand(program, cli, done);

  process.exitCode = undefined;
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code ?? exitCodeFrom(process.exitCode);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError || err instanceof IoError || err instanceof StoreError || err instanceof KeyFileError || err instanceof ConfigError) {
      cli.stderr.write(`leakhound: ${err.message}\n`);
    } else {
      const message = err instanceof Error ? err.message : String(err);
      cli.stderr.write(`leakhound: internal error: ${message}\n`);
      if (process.env.LEAKHOUND_DEBUG && err instanceof Error) cli.stderr.write(`${err.stack}\n`);
    }
    return 2;
  } finally {
    process.exitCode = outerExitCode;
  }
}
