import { InvalidArgumentError, type Command } from 'commander';
import type { CliIo } from './scan-command.js';
import type { GlobalFlags } from './store-context.js';

export interface ServeFlags {
  port?: number;
  host?: string;
  workers?: number;
  demo?: boolean;
}

function whole(max: number, what: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n > max) throw new InvalidArgumentError(`expected ${what}.`);
    return n;
  };
}

/** `leakhound serve`: the HTTP API on the exposure index, in one process per core, until SIGINT or SIGTERM. */
export function registerServeCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('serve')
    .description('serve the HTTP API (JSON; OpenAPI document at /api/openapi.json) on the exposure index')
    .option('--port <port>', 'port to listen on (default $LEAKHOUND_PORT or 8080)', whole(65535, 'a port number from 0 to 65535'))
    .option('--host <address>', 'address to listen on (default $LEAKHOUND_HOST or 127.0.0.1)')
    .option('--workers <n>', 'server processes sharing the port (default: one per core)', whole(256, 'a number of processes from 0 to 256'))
    .option('--demo', 'if the store holds no breaches, serve SYNTHETIC demo data (built in a temporary folder, removed on exit)')
    .action(async (flags: ServeFlags, command: Command) => {
      // The server and its dependencies load only for this command: the others start without them.
      const { serve } = await import('./serve-run.js');
      done(await serve(flags, command.optsWithGlobals<GlobalFlags>(), io));
    });
}
