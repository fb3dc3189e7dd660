import { InvalidArgumentError, type Command } from 'commander';
import { buildServer } from '../server/app.js';
import { configFromEnv } from '../server/config.js';
import type { CliIo } from './scan-command.js';
import { openStoreContext, type GlobalFlags } from './store-context.js';

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535.');
  return n;
}

/** `leakhound serve`: the HTTP API on the embedded store, until SIGINT or SIGTERM. */
export function registerServeCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('serve')
    .description('serve the HTTP API (JSON; OpenAPI document at /api/openapi.json) on the exposure index')
    .option('--port <port>', 'port to listen on (default $LEAKHOUND_PORT or 8080)', port)
    .option('--host <address>', 'address to listen on (default $LEAKHOUND_HOST or 127.0.0.1)')
    .action(async (flags: { port?: number; host?: string }, command: Command) => {
      const config = configFromEnv(process.env);
      if (flags.port !== undefined) config.port = flags.port;
      if (flags.host) config.host = flags.host;
      const context = openStoreContext(command.optsWithGlobals<GlobalFlags>(), true);
      const app = await buildServer({ store: context.store, keyer: context.keyer, config, logger: { level: process.env.LEAKHOUND_LOG_LEVEL || 'info' } });
      const address = await app.listen({ port: config.port, host: config.host });
      io.stderr.write(`leakhound: serving ${context.dir} at ${address}\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await app.close();
      await context.store.close();
      done(0);
    });
}
