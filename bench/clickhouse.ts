import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { keyFingerprint, loadOrCreateKey } from '../src/identity/key-file.js';
import { Keyer } from '../src/identity/prf.js';
import { ClickHouseStore } from '../src/store/clickhouse/index.js';
import { ClickHouseNode } from '../src/store/clickhouse/node.js';
import { parseClickHouseUrl } from '../src/store/clickhouse/url.js';
import { BENCH_DIR, BENCH_KEY, cachedDump, fmt, load, machine, processCpu, runCli, sampleChecks, timeChecks, whole, type CheckTimes } from './ingest-harness.js';

/**
 * ClickHouse ingest benchmark: the synthetic dump of bench:ingest is ingested end to end by the built CLI into a
 * fresh database of the cluster; then its size on disk is read from system.parts and checks are timed through
 * ClickHouseStore.lookup in process (keying included, as a server answers them), single and in batches of 100.
 * Usage: npm run bench:clickhouse -- [--rows 50000000] [--seed 1] [--checks 10000] [--batched 1000] [--store URL] [--keep]
 * Without --store it starts the local 2-shard cluster (scripts/clickhouse/up.mjs) if needed.
 */
const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '50000000' },
    seed: { type: 'string', default: '1' },
    checks: { type: 'string', default: '10000' },
    batched: { type: 'string', default: '1000' },
    store: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const BENCH = 'bench:clickhouse';
const TARGET = 500_000;
const BATCH = 100;
const rows = whole(BENCH, 'rows', args.rows);
const seed = whole(BENCH, 'seed', args.seed);
const checks = whole(BENCH, 'checks', args.checks);
const batched = whole(BENCH, 'batched', args.batched);

const loadBefore = load();
const dumpPath = await cachedDump(seed, rows);
const given = args.store ?? execFileSync(process.execPath, ['scripts/clickhouse/up.mjs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()!;
// A database of its own, made afresh each run.
const url = given.replace(/\/[A-Za-z_][A-Za-z0-9_]*(?=\?|$)/, `/lh_bench_${rows}`);
const parsed = parseClickHouseUrl(url);
const nodes = parsed.nodes.map((address) => new ClickHouseNode(address, parsed));
const db = parsed.database;
const cli = ['--store', url, '--key-file', BENCH_KEY, '--data', join(BENCH_DIR, 'clickhouse-data')];

/** The local cluster's server processes (pid files in .clickhouse/); none for a cluster given with --store. */
const servers = args.store ? [] : ['node1', 'node2'].map((n) => join('.clickhouse', n, 'server.pid')).filter((f) => existsSync(f)).map((f) => Number(readFileSync(f, 'utf8')));
const serverCpu = () => servers.reduce((sum, pid) => sum + processCpu(pid), 0);
/** The servers' resident memory together, in bytes. */
const serverRss = () => servers.reduce((sum, pid) => sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024, 0);

interface Parts {
  parts: number;
  rows: number;
  onDisk: number;
  compressed: number;
}

/** Active parts of exposures_local over every node. */
async function parts(): Promise<Parts> {
  const query = `SELECT count() AS parts, sum(rows) AS rows, sum(bytes_on_disk) AS onDisk, sum(data_compressed_bytes) AS compressed
    FROM system.parts WHERE database = '${db}' AND table = 'exposures_local' AND active`;
  const all = (await Promise.all(nodes.map((node) => node.rows<Record<keyof Parts, string>>(query)))).flat();
  const sum = (name: keyof Parts) => all.reduce((total, row) => total + Number(row[name]), 0);
  return { parts: sum('parts'), rows: sum('rows'), onDisk: sum('onDisk'), compressed: sum('compressed') };
}

async function dropDatabase(): Promise<void> {
  for (const node of nodes) await node.run(`DROP DATABASE IF EXISTS ${db}`);
}

await dropDatabase();
execFileSync(process.execPath, ['bin/leakhound.js', 'store', 'init', ...cli], { stdio: ['ignore', 'ignore', 'inherit'] });
const [cpuBefore, rssBefore] = [serverCpu(), serverRss()];
let serverPeak = rssBefore;
const sampler = setInterval(() => (serverPeak = Math.max(serverPeak, serverRss())), 200);
const run = await runCli(['ingest', dumpPath, '--breach', 'bench', ...cli, '--json', '--no-progress']);
clearInterval(sampler);
const serverSeconds = serverCpu() - cpuBefore;
const loadAfterIngest = load();
const merging = await parts();
const optimizeStarted = performance.now();
// Until merged, the inserts' parts hold keys sorted per part only; merged, the key column compresses as on a settled table.
for (const node of nodes) await node.run(`OPTIMIZE TABLE ${db}.exposures_local FINAL`);
const optimizeSeconds = (performance.now() - optimizeStarted) / 1000;
const merged = await parts();

const key = loadOrCreateKey(BENCH_KEY);
const keyer = new Keyer(key.bytes);
const store = new ClickHouseStore(url, keyFingerprint(key.bytes));
await timeChecks(store, keyer, sampleChecks(seed, rows, 200, 1)); // warm-up: schema check, connections, caches
const single = await timeChecks(store, keyer, sampleChecks(seed, rows, checks));
const batch = await timeChecks(store, keyer, sampleChecks(seed, rows, batched * BATCH, 2), BATCH);
await store.close();
const [version] = await nodes[0].rows<{ v: string }>('SELECT version() AS v');
if (!args.keep) await dropDatabase();
await Promise.all(nodes.map((node) => node.close()));

const dumpBytes = statSync(dumpPath).size;
const rate = rows / run.seconds;
const { pairs } = run;
const perPair = (p: Parts) => `${fmt(p.onDisk / pairs, 2)} bytes/pair on disk (${fmt(p.compressed / pairs, 2)} compressed data), ${fmt(p.onDisk / 1e6, 1)} MB in ${p.parts} parts`;
const latency = (label: string, c: CheckTimes, per: number) =>
  `${label} p50 ${fmt(c.p50, 2)} ms, p99 ${fmt(c.p99, 2)} ms over ${fmt(c.requests)} requests of ${per} (${fmt(c.perSecond)} identifiers/s, 1 at a time)`;

console.log(`${BENCH}, ${fmt(rows)} rows (seed ${seed}), ${fmt(dumpBytes / 1e6, 1)} MB CSV, into ${parsed.display} (${nodes.length} shards, ClickHouse ${version.v})`);
console.log(`machine               ${machine()}; load average ${loadBefore} before, ${loadAfterIngest} after ingest, ${load()} at the end`);
console.log(
  `ingest end to end     ${fmt(run.seconds, 1)} s, ${fmt(rate)} rows/s (${fmt(dumpBytes / 1e6 / run.seconds, 1)} MB/s), ${fmt(pairs)} (identifier, breach) pairs, ${fmt(merging.rows)} rows written   target >= ${fmt(TARGET)} rows/s  ${rate >= TARGET ? 'PASS' : 'FAIL'}`,
);
const cpu = run.cpuSeconds + serverSeconds;
console.log(
  `CPU during ingest     leakhound ${fmt(run.cpuSeconds, 1)} s${servers.length ? `, ClickHouse servers ${fmt(serverSeconds, 1)} s` : ''}: ${fmt((cpu / rows) * 1e6, 2)} us a row, ` +
    `${fmt(cpu / run.seconds, 2)} of ${cpus().length} cores used; on ${cpus().length} idle cores at most ${fmt((cpus().length * rows) / cpu)} rows/s`,
);
console.log(`peak RSS              ${fmt(run.peakRss / 1e6)} MB (the ingest process, every thread)${servers.length ? `; ClickHouse servers ${fmt(rssBefore / 1e6)} MB before, ${fmt(serverPeak / 1e6)} MB at most` : ''}`);
console.log(`store, as ingested    ${perPair(merging)}`);
console.log(`store, merged         ${perPair(merged)}, after OPTIMIZE TABLE exposures_local FINAL on each node (${fmt(optimizeSeconds, 1)} s)`);
console.log(latency('check, single        ', single, 1));
console.log(latency('check, batched       ', batch, BATCH));
for (const [label, c] of [['single', single], ['batched', batch]] as const) {
  console.log(`check correctness     ${label}: ${fmt(c.found)}/${fmt(c.present)} values from the dump found; ${fmt(c.falseHits)} false hits among ${fmt(c.absent)} e-mails known to be absent`);
}
