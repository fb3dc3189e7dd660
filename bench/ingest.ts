import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { keyFingerprint, loadOrCreateKey } from '../src/identity/key-file.js';
import { Keyer } from '../src/identity/prf.js';
import { EmbeddedStore } from '../src/store/embedded/store.js';
import { BENCH_DIR, BENCH_KEY, cachedDump, fmt, runCli, sampleChecks, timeChecks, whole } from './ingest-harness.js';

/**
 * Ingest benchmark: a synthetic 5-column dump (name, ID, phone, e-mail, address) of N rows is ingested end to end
 * by the built CLI in a child process; then checks are timed in process against the store it made.
 * Usage: npm run bench:ingest -- [--rows 10000000] [--seed 1] [--checks 20000] [--keep]
 * The dump is generated once into .bench/ and kept for later runs (1.3 GB at 10 million rows, 6.6 GB at 50).
 */
const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000000' },
    seed: { type: 'string', default: '1' },
    checks: { type: 'string', default: '20000' },
    keep: { type: 'boolean', default: false },
  },
});

const rows = whole('bench:ingest', 'rows', args.rows);
const seed = whole('bench:ingest', 'seed', args.seed);
const checks = whole('bench:ingest', 'checks', args.checks);
const dumpPath = await cachedDump(seed, rows);
const dataDir = join(BENCH_DIR, `store-s${seed}-${rows}`);

function storeBytes(dir: string): number {
  return readdirSync(dir).filter((f) => f.startsWith('exposures.db')).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

rmSync(dataDir, { recursive: true, force: true });
const run = await runCli(['ingest', dumpPath, '--breach', 'bench', '--data', dataDir, '--key-file', BENCH_KEY, '--json', '--no-progress']);
const bytes = storeBytes(dataDir);
const key = loadOrCreateKey(BENCH_KEY);
const store = new EmbeddedStore(dataDir, keyFingerprint(key.bytes));
// Single checks, one at a time, as a server answers them.
const check = await timeChecks(store, new Keyer(key.bytes), sampleChecks(seed, rows, checks));
await store.close();
const dumpBytes = statSync(dumpPath).size;
const { pairs } = run;

console.log(`bench:ingest, ${fmt(rows)} rows (seed ${seed}), ${fmt(dumpBytes / 1e6, 1)} MB CSV; this machine: ${process.arch}, Node ${process.version}`);
console.log(`ingest end to end     ${fmt(run.seconds, 1)} s, ${fmt(rows / run.seconds)} rows/s (${fmt(dumpBytes / 1e6 / run.seconds, 1)} MB/s)   target >= 250,000 rows/s  ${rows / run.seconds >= 250_000 ? 'PASS' : 'FAIL'}`);
console.log(`store on disk         ${fmt(bytes / 1e6, 1)} MB for ${fmt(pairs)} (identifier, breach) pairs: ${fmt(bytes / pairs, 1)} bytes/pair   target <= 40  ${bytes / pairs <= 40 ? 'PASS' : 'FAIL'}`);
console.log(`peak RSS              ${fmt(run.peakRss / 1e6)} MB   target <= 1,500 MB at 50M rows  ${run.peakRss <= 1.5e9 ? 'PASS' : 'FAIL'}`);
console.log(`check, in process     p50 ${fmt(check.p50 * 1000, 1)} us, p99 ${fmt(check.p99 * 1000, 1)} us, ${fmt(check.perSecond)} checks/s, 1 thread   target p99 <= 1 ms  ${check.p99 <= 1 ? 'PASS' : 'FAIL'}`);
console.log(`check correctness     ${fmt(check.found)}/${fmt(check.present)} values from the dump found; ${fmt(check.falseHits)} false hits among ${fmt(check.absent)} e-mails known to be absent`);
if (!args.keep) rmSync(dataDir, { recursive: true, force: true });
