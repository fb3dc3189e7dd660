import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { canonical } from '../src/identity/canonical.js';
import { keyFingerprint, loadOrCreateKey } from '../src/identity/key-file.js';
import type { IdentifierKind } from '../src/identity/kinds.js';
import { Keyer } from '../src/identity/prf.js';
import { EmbeddedStore } from '../src/store/embedded/store.js';
import { Rng, cnMobile, cnResidentId, email } from '../test/synth/index.js';
import { dumpRow, writeDump } from './ingest-data.js';

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

function whole(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) {
    console.error(`bench:ingest: --${name} must be a whole number >= 1, got "${value}"`);
    process.exit(2);
  }
  return n;
}

const rows = whole('rows', args.rows);
const seed = whole('seed', args.seed);
const checks = whole('checks', args.checks);
const root = join(process.cwd(), '.bench');
const dumpPath = join(root, `dump-s${seed}-${rows}.csv`);
const dataDir = join(root, `store-s${seed}-${rows}`);
const keyFile = join(root, 'bench.key');
mkdirSync(root, { recursive: true });

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

if (!existsSync(dumpPath)) {
  const started = performance.now();
  process.stderr.write(`generating ${fmt(rows)} rows into ${dumpPath} (kept for later runs)\n`);
  await writeDump(`${dumpPath}.part`, seed, rows, (done) => process.stderr.write(`\r  ${fmt(done)} rows`));
  renameSync(`${dumpPath}.part`, dumpPath);
  process.stderr.write(`\r  done in ${fmt((performance.now() - started) / 1000, 1)} s\n`);
}

/** Runs the built CLI's ingest and samples its peak resident memory (VmHWM covers every thread). */
async function ingest(): Promise<{ seconds: number; peakRss: number; report: Record<string, unknown> }> {
  rmSync(dataDir, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/leakhound.js', 'ingest', dumpPath, '--breach', 'bench', '--data', dataDir, '--key-file', keyFile, '--json', '--no-progress'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  let peakRss = 0;
  child.stdout.on('data', (d) => (out += d));
  const sampler = setInterval(() => {
    try {
      const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
      peakRss = Math.max(peakRss, kb * 1024);
    } catch {
      // the process has ended
    }
  }, 100);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 2)));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`ingest exited with ${code}`);
  return { seconds: (performance.now() - started) / 1000, peakRss, report: JSON.parse(out.trim().split('\n').pop()!) };
}

function storeBytes(dir: string): number {
  return readdirSync(dir).filter((f) => f.startsWith('exposures.db')).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Times single checks, one at a time, as a server answers them: half for values in the dump, half for fresh ones. */
async function timeChecks(): Promise<{ p50: number; p99: number; perSecond: number; hits: number; misses: number; absent: number }> {
  const key = loadOrCreateKey(keyFile);
  const store = new EmbeddedStore(dataDir, keyFingerprint(key.bytes));
  const keyer = new Keyer(key.bytes);
  const rng = new Rng(seed + 7);
  const kinds: IdentifierKind[] = ['phone', 'id', 'email'];
  const queries: { kind: IdentifierKind; value: string; present: boolean | null }[] = [];
  for (let i = 0; i < checks; i++) {
    const kind = kinds[i % 3];
    if (i % 2 === 0) {
      const row = dumpRow(seed, rng.int(rows));
      queries.push({ kind, value: kind === 'phone' ? row.phone : kind === 'id' ? row.id : row.email, present: true });
    } else {
      // Fresh values: phone and ID numbers may by chance be in the dump; e-mails marked '.absent' cannot be.
      const value = kind === 'phone' ? cnMobile(rng) : kind === 'id' ? cnResidentId(rng) : email(rng).replace('@', '.absent@');
      queries.push({ kind, value, present: kind === 'email' ? false : null });
    }
  }
  const times: number[] = [];
  let hits = 0;
  let misses = 0;
  const started = performance.now();
  for (const q of queries) {
    const t = performance.now();
    const [found] = await store.lookup([{ kind: q.kind, key: keyer.keyOf(q.kind, canonical(q.kind, q.value)!) }]);
    times.push(performance.now() - t);
    if (q.present === true && found.length === 1) hits++;
    if (q.present === false && found.length > 0) misses++;
  }
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  times.sort((a, b) => a - b);
  const absent = queries.filter((q) => q.present === false).length;
  return { p50: percentile(times, 50), p99: percentile(times, 99), perSecond: queries.length / seconds, hits, misses, absent };
}

const run = await ingest();
const report = run.report as { records: number; unique: Record<string, number>; newToBreach: Record<string, number> };
const pairs = Object.values(report.newToBreach).reduce((a, b) => a + b, 0);
const bytes = storeBytes(dataDir);
const check = await timeChecks();
const dumpBytes = statSync(dumpPath).size;

console.log(`bench:ingest, ${fmt(rows)} rows (seed ${seed}), ${fmt(dumpBytes / 1e6, 1)} MB CSV; this machine: ${process.arch}, Node ${process.version}`);
console.log(`ingest end to end     ${fmt(run.seconds, 1)} s, ${fmt(rows / run.seconds)} rows/s (${fmt(dumpBytes / 1e6 / run.seconds, 1)} MB/s)   target >= 250,000 rows/s  ${rows / run.seconds >= 250_000 ? 'PASS' : 'FAIL'}`);
console.log(`store on disk         ${fmt(bytes / 1e6, 1)} MB for ${fmt(pairs)} (identifier, breach) pairs: ${fmt(bytes / pairs, 1)} bytes/pair   target <= 40  ${bytes / pairs <= 40 ? 'PASS' : 'FAIL'}`);
console.log(`peak RSS              ${fmt(run.peakRss / 1e6)} MB   target <= 1,500 MB at 50M rows  ${run.peakRss <= 1.5e9 ? 'PASS' : 'FAIL'}`);
console.log(`check, in process     p50 ${fmt(check.p50 * 1000, 1)} us, p99 ${fmt(check.p99 * 1000, 1)} us, ${fmt(check.perSecond)} checks/s, 1 thread   target p99 <= 1 ms  ${check.p99 <= 1 ? 'PASS' : 'FAIL'}`);
console.log(`check correctness     ${fmt(check.hits)}/${fmt(Math.ceil(checks / 2))} values from the dump found; ${fmt(check.misses)} false hits among ${fmt(check.absent)} e-mails known to be absent`);
if (!args.keep) rmSync(dataDir, { recursive: true, force: true });
