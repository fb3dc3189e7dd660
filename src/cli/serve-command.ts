import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { buildServer } from '../server/app.js';
import { configFromEnv, type ServerConfig } from '../server/config.js';
import { SqlitePending } from '../server/verify/sqlite-codes.js';
import { serverSecrets } from '../server/verify/secrets.js';
import type { CliIo } from './scan-command.js';
import { openStoreContext, type GlobalFlags } from './store-context.js';

interface ServeFlags {
  port?: number;
  host?: string;
  workers?: number;
}

function whole(max: number, what: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n > max) throw new InvalidArgumentError(`expected ${what}.`);
    return n;
  };
}

function stopSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

/**
 * One server process: the API on the store, verification state shared through the data folder and keys derived
 * from the server key, so any process can confirm a code another sent or accept a token another signed. Rate
 * limits are counted per process, so each process takes its share of them.
 */
async function runServer(flags: GlobalFlags, config: ServerConfig, processes: number): Promise<{ address: string; stop(): Promise<void> }> {
  const context = openStoreContext(flags, true);
  const pending = new SqlitePending(context.dir);
  const share = (max: number) => Math.max(1, Math.ceil(max / processes));
  const app = await buildServer({
    store: context.store,
    keyer: context.keyer,
    config: { ...config, clientLimit: { ...config.clientLimit, max: share(config.clientLimit.max) }, identifierLimit: { ...config.identifierLimit, max: share(config.identifierLimit.max) } },
    logger: { level: process.env.LEAKHOUND_LOG_LEVEL || 'info' },
    secrets: serverSecrets(context.serverKey),
    pending,
  });
  const address = await app.listen({ port: config.port, host: config.host });
  return {
    address: `${address} (data ${context.dir})`,
    async stop() {
      await app.close();
      pending.close();
      await context.store.close();
    },
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
    .action(async (flags: ServeFlags, command: Command) => {
      const config = configFromEnv(process.env);
      if (flags.port !== undefined) config.port = flags.port;
      if (flags.host) config.host = flags.host;
      const globals = command.optsWithGlobals<GlobalFlags>();
      const processes = Math.max(1, flags.workers ?? Number(process.env.LEAKHOUND_SERVE_WORKERS ?? availableParallelism()));
      if (cluster.isWorker) {
        const server = await runServer(globals, config, processes);
        process.send?.({ listening: server.address });
        await stopSignal();
        await server.stop();
        process.disconnect?.(); // the channel to the primary would keep this process alive
        return done(0);
      }
      if (processes === 1) {
        const server = await runServer(globals, config, 1);
        io.stderr.write(`leakhound: serving at ${server.address}\n`);
        await stopSignal();
        await server.stop();
        return done(0);
      }
      openStoreContext(globals, true).store.close(); // make the key and the store once, before the workers race to
      const workers = Array.from({ length: processes }, () => cluster.fork({ LEAKHOUND_SERVE_WORKERS: String(processes) }));
      const listening = await Promise.all(workers.map((worker) => new Promise<string>((resolve, reject) => {
        worker.once('message', (message: { listening?: string }) => (message.listening ? resolve(message.listening) : undefined));
        worker.once('exit', (code) => reject(new Error(`a server process exited (${code}) before it listened`)));
      })));
      io.stderr.write(`leakhound: serving at ${listening[0]} in ${processes} processes\n`);
      await stopSignal();
      await Promise.all(workers.map((worker) => new Promise((resolve) => (worker.once('exit', resolve), worker.process.kill('SIGTERM')))));
      done(0);
    });
}
