import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../server/app.js';
import { configFromEnv, type ServerConfig } from '../server/config.js';
import { configFromObject } from '../server/config-object.js';
import { serverLog } from '../server/log-destination.js';
import { SqlitePending } from '../server/verify/sqlite-codes.js';
import { serverSecrets } from '../server/verify/secrets.js';
import type { DemoInfo } from '../server/routes/status.js';
import { PACKAGE_ROOT } from './package-info.js';
import type { CliIo } from './scan-command.js';
import type { ServeFlags } from './serve-command.js';
import { demoEnv, inheritedDemo, prepareDemo } from './serve-demo.js';
import { fileConfig, openStoreContext, type GlobalFlags } from './store-context.js';

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
async function runServer(flags: GlobalFlags, config: ServerConfig, processes: number, demo?: DemoInfo): Promise<{ address: string; stop(): Promise<void> }> {
  const context = openStoreContext(flags, true);
  const pending = new SqlitePending(context.dir);
  const share = (max: number) => Math.max(1, Math.ceil(max / processes));
  const log = serverLog(process.env.LEAKHOUND_LOG_LEVEL || 'info');
  const app = await buildServer({
    store: context.store,
    keyer: context.keyer,
    config: {
      ...config,
      clientLimit: { ...config.clientLimit, max: share(config.clientLimit.max) },
      identifierLimit: { ...config.identifierLimit, max: share(config.identifierLimit.max) },
      // A demo has no real phones to text: its codes go to the log, so that verification can be tried.
      sms: config.sms ?? (demo ? 'log' : null),
    },
    logger: log.options,
    secrets: serverSecrets(context.serverKey),
    pending,
    webRoot: join(PACKAGE_ROOT, 'dist', 'web'),
    demo,
  });
  const address = await app.listen({ port: config.port, host: config.host });
  return {
    address: `${address} (data ${context.dir})`,
    async stop() {
      await app.close();
      pending.close();
      await context.store.close();
      log.destination.flushSync();
    },
  };
}

/** `leakhound serve` (see serve-command.ts) with its parsed flags: serves until SIGINT or SIGTERM; returns the exit code. */
export async function serve(flags: ServeFlags, globals: GlobalFlags, io: CliIo): Promise<number> {
  // defaults, then the config file's "server" section, then LEAKHOUND_* variables, then flags
  const config = configFromEnv(process.env, configFromObject(fileConfig(globals).server ?? {}));
  if (flags.port !== undefined) config.port = flags.port;
  if (flags.host) config.host = flags.host;
  const processes = Math.max(1, flags.workers ?? Number(process.env.LEAKHOUND_SERVE_WORKERS ?? availableParallelism()));
  if (cluster.isWorker) {
    const inherited = inheritedDemo(process.env);
    const server = await runServer(inherited?.flags ?? globals, config, processes, inherited?.demo);
    process.send?.({ listening: server.address });
    await stopSignal();
    await server.stop();
    process.disconnect?.(); // the channel to the primary would keep this process alive
    return 0;
  }
  const stopped = stopSignal(); // listened for before a demo is built, so that a signal meanwhile still removes it
  const demo = flags.demo ? await prepareDemo(globals, io) : null;
  const served = demo?.flags ?? globals;
  try {
    if (processes === 1) {
      const server = await runServer(served, config, 1, demo?.demo);
      io.stderr.write(`leakhound: serving at ${server.address}\n`);
      await stopped;
      await server.stop();
      return 0;
    }
    openStoreContext(served, true).store.close(); // make the key and the store once, before the workers race to
    // Workers parse the same arguments: the demo is built once, here, and they are told where it is.
    const env = { LEAKHOUND_SERVE_WORKERS: String(processes), ...(demo ? demoEnv(demo) : {}) };
    const workers = Array.from({ length: processes }, () => cluster.fork(env));
    const listening = await Promise.all(workers.map((worker) => new Promise<string>((resolve, reject) => {
      worker.once('message', (message: { listening?: string }) => (message.listening ? resolve(message.listening) : undefined));
      worker.once('exit', (code) => reject(new Error(`a server process exited (${code}) before it listened`)));
    })));
    io.stderr.write(`leakhound: serving at ${listening[0]} in ${processes} processes\n`);
    await stopped;
    await Promise.all(workers.map((worker) => new Promise((resolve) => (worker.once('exit', resolve), worker.process.kill('SIGTERM')))));
    return 0;
  } finally {
    demo?.remove();
  }
}
