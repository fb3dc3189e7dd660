// What the ingest benchmarks of both stores share: arguments, the cached dump, the ingest child process, timed checks.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { canonical } from '../src/identity/canonical.js';
import type { IdentifierKind } from '../src/identity/kinds.js';
import type { Keyer } from '../src/identity/prf.js';
import type { ExposureStore } from '../src/store/types.js';
import { Rng, cnMobile, cnResidentId, email } from '../test/synth/index.js';
import { dumpRow, writeDump } from './ingest-data.js';

export const BENCH_DIR = join(process.cwd(), '.bench');
export const BENCH_KEY = join(BENCH_DIR, 'bench.key');

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A whole-number option, or exit 2 naming it. */
export function whole(bench: string, name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) {
    console.error(`${bench}: --${name} must be a whole number >= 1, got "${value}"`);
    process.exit(2);
  }
  return n;
}

/** The synthetic dump of `rows` rows, generated once into .bench/ and kept for later runs. */
export async function cachedDump(seed: number, rows: number): Promise<string> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const path = join(BENCH_DIR, `dump-s${seed}-${rows}.csv`);
  if (existsSync(path)) return path;
  const started = performance.now();
  process.stderr.write(`generating ${fmt(rows)} rows into ${path} (kept for later runs)\n`);
  await writeDump(`${path}.part`, seed, rows, (done) => process.stderr.write(`\r  ${fmt(done)} rows`));
  renameSync(`${path}.part`, path);
  process.stderr.write(`\r  done in ${fmt((performance.now() - started) / 1000, 1)} s\n`);
  return path;
}

export interface IngestRun {
  seconds: number;
  /** Peak resident memory of the process (VmHWM covers every thread). */
  peakRss: number;
  /** CPU seconds the process used (user + system, all threads), as last sampled before it ended. */
  cpuSeconds: number;
  /** Distinct (identifier, breach) pairs the ingest added. */
  pairs: number;
  report: { records: number; unique: Record<string, number>; newToBreach: Record<string, number> };
}

/** Runs the built CLI (`leakhound ...args`) in a child process, timed from start to exit, sampling its memory. */
export async function runCli(args: readonly string[]): Promise<IngestRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/leakhound.js', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  let peakRss = 0;
  let cpuSeconds = 0;
  child.stdout.on('data', (d) => (out += d));
  const sampler = setInterval(() => {
    try {
      const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
      peakRss = Math.max(peakRss, kb * 1024);
      cpuSeconds = processCpu(child.pid!);
    } catch {
      // the process has ended
    }
  }, 100);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 2)));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`leakhound ${args[0]} exited with ${code}`);
  const seconds = (performance.now() - started) / 1000;
  const report = out.trim() === '' ? { records: 0, unique: {}, newToBreach: {} } : JSON.parse(out.trim().split('\n').pop()!);
  return { seconds, peakRss, cpuSeconds, report, pairs: Object.values(report.newToBreach as Record<string, number>).reduce((a, b) => a + b, 0) };
}

/** User + system CPU seconds of a process so far (/proc/PID/stat, in clock ticks of 1/100 s). */
export function processCpu(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Check {
  kind: IdentifierKind;
  value: string;
  /** true: taken from the dump; false: known to be absent (e-mails marked .absent); null: fresh, by chance maybe in the dump. */
  present: boolean | null;
}

/**
 * `count` checks, half for values of the dump of `seed` and half for fresh ones, alternating phone, ID and e-mail;
 * each `stream` draws other ones.
 */
export function sampleChecks(seed: number, rows: number, count: number, stream = 0): Check[] {
  const rng = new Rng(seed + 7 + stream * 1_000_003);
  const kinds: IdentifierKind[] = ['phone', 'id', 'email'];
  const checks: Check[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % 3];
    let value: string;
    let present: boolean | null;
    if (i % 2 === 0) {
      const row = dumpRow(seed, rng.int(rows));
      [value, present] = [kind === 'phone' ? row.phone : kind === 'id' ? row.id : row.email, true];
    } else {
      // Fresh values: phone and ID numbers may by chance be in the dump; e-mails marked '.absent' cannot be.
      value = kind === 'phone' ? cnMobile(rng) : kind === 'id' ? cnResidentId(rng) : email(rng).replace('@', '.absent@');
      present = kind === 'email' ? false : null;
    }
    checks.push({ kind, value, present });
  }
  return checks;
}

export interface CheckTimes {
  /** Milliseconds per request. */
  p50: number;
  p99: number;
  requests: number;
  perSecond: number;
  /** Values from the dump found, of how many; false hits among values known to be absent, of how many. */
  found: number;
  present: number;
  falseHits: number;
  absent: number;
}

/** Times checks as a server answers them, one request after another, each keying `batch` values and looking them up. */
export async function timeChecks(store: Pick<ExposureStore, 'lookup'>, keyer: Keyer, checks: readonly Check[], batch = 1): Promise<CheckTimes> {
  const times: number[] = [];
  const t = { found: 0, present: 0, falseHits: 0, absent: 0 };
  const started = performance.now();
  for (let at = 0; at < checks.length; at += batch) {
    const asked = checks.slice(at, at + batch);
    const begun = performance.now();
    const answers = await store.lookup(asked.map(({ kind, value }) => ({ kind, key: Buffer.from(keyer.keyOf(kind, canonical(kind, value)!)) })));
    times.push(performance.now() - begun);
    asked.forEach((c, i) => {
      if (c.present === true) [t.present, t.found] = [t.present + 1, t.found + (answers[i].length === 1 ? 1 : 0)];
      if (c.present === false) [t.absent, t.falseHits] = [t.absent + 1, t.falseHits + (answers[i].length > 0 ? 1 : 0)];
    });
  }
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), requests: times.length, perSecond: checks.length / seconds, ...t };
}

/** This machine: CPU, cores, memory, Node. */
export function machine(): string {
  return `${cpus()[0]?.model ?? process.arch} x ${cpus().length}, ${fmt(totalmem() / 2 ** 30, 1)} GiB, Node ${process.version}`;
}

/** The load average now (1, 5 and 15 minutes). */
export function load(): string {
  return loadavg().map((n) => n.toFixed(2)).join(' ');
}
