import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemo } from '../demo/build-demo.js';
import type { DemoInfo } from '../server/routes/status.js';
import { STORE_FILE } from '../store/embedded/store.js';
import type { CliIo } from './scan-command.js';
import { dataDir, openStoreContext, storeUrl, type GlobalFlags } from './store-context.js';

/** How the primary tells server processes to serve its demo folder instead of the data folder they were given. */
const DEMO_ENV = 'LEAKHOUND_SERVE_DEMO';

/** A demo catalogue in a temporary folder, with its own key, to serve instead of an empty store. */
export interface DemoServing {
  flags: GlobalFlags;
  demo: DemoInfo;
  /** Removes the temporary folder; safe to call more than once. */
  remove(): void;
}

async function breachCount(flags: GlobalFlags): Promise<number> {
  if (storeUrl(flags) === null && !existsSync(join(dataDir(flags), STORE_FILE))) return 0; // nothing to serve: do not make an empty store
  const context = openStoreContext(flags, false);
  try {
    return (await context.store.breaches()).length;
  } finally {
    await context.store.close();
  }
}

/**
 * `serve --demo`: null when the data folder's store holds breaches (they are served as usual). Otherwise the
 * synthetic demo is built into a temporary folder, removed by `remove` or, at the latest, when the process exits.
 */
export async function prepareDemo(flags: GlobalFlags, io: CliIo): Promise<DemoServing | null> {
  const dir = dataDir(flags);
  const breaches = await breachCount(flags);
  if (breaches > 0) {
    io.stderr.write(`leakhound: --demo: the store in ${dir} holds ${breaches} ${breaches === 1 ? 'breach; serving it' : 'breaches; serving them'}, not demo data\n`);
    return null;
  }
  io.stderr.write(`leakhound: DEMO — serving SYNTHETIC demo data (the store in ${dir} is empty); ingest a dump to serve real data\n`);
  const temp = mkdtempSync(join(tmpdir(), 'leakhound-demo-'));
  const remove = () => {
    process.off('exit', remove);
    rmSync(temp, { recursive: true, force: true });
  };
  process.on('exit', remove);
  const demoFlags = { data: join(temp, 'data'), keyFile: join(temp, 'demo.key'), store: null };
  try {
    const started = performance.now();
    const context = openStoreContext(demoFlags, true);
    const tty = io.stderr.isTTY === true; // a progress line redrawn in place, on a terminal only
    const demo = await buildDemo(context.store, context.keyer, tty ? ({ breach, index, total }) => io.stderr.write(`\r\x1b[Kleakhound: building demo data ${index + 1}/${total}: ${breach}`) : undefined);
    if (tty) io.stderr.write('\r\x1b[K');
    const stats = await context.store.stats();
    await context.store.close();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stderr.write(`leakhound: built demo data in ${temp} (removed when the server stops): ${stats.breaches} made-up breaches, ${stats.records} records, ${seconds} s\n`);
    io.stderr.write('leakhound: demo: one-time codes for phone numbers are written to this log (no text message is sent)\n');
    return { flags: demoFlags, demo, remove };
  } catch (err) {
    remove();
    throw err;
  }
}

/** The environment that makes a forked server process serve the demo (see `inheritedDemo`). */
export function demoEnv(serving: DemoServing): Record<string, string> {
  return { [DEMO_ENV]: JSON.stringify({ flags: serving.flags, demo: serving.demo }) };
}

/** In a forked server process: the primary's demo, if it serves one. */
export function inheritedDemo(env: NodeJS.ProcessEnv): Pick<DemoServing, 'flags' | 'demo'> | null {
  const value = env[DEMO_ENV];
  return value ? (JSON.parse(value) as Pick<DemoServing, 'flags' | 'demo'>) : null;
}
