import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import autocannon from 'autocannon';
import { dumpRow, writeDump } from './ingest-data.js';

/**
 * Serving benchmark: the built `leakhound serve` in a child process on a loopback port, over an index of a
 * synthetic dump, driven at several concurrencies with the rate limits raised for the run. The load comes from
 * wrk when it is installed (native, so it leaves the server more of the cores it shares) and from autocannon
 * otherwise; the output names the one used. Each step also reports the server processes' CPU time per check.
 * Usage: npm run bench:serve -- [--rows 1000000] [--seconds 10] [--connections 1,10,50,100] [--log-level info]
 *   [--workers <server processes, default one per core>] [--generator wrk|autocannon] [--runs 1]
 * With --runs N every concurrency is measured N times, in turn, and a last table gives each one's range and passes.
 */
const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '1,10,50,100' },
    'log-level': { type: 'string', default: 'info' },
    workers: { type: 'string', default: String(availableParallelism()) },
    generator: { type: 'string' },
    runs: { type: 'string', default: '1' },
  },
});
const rows = Number(args.rows);
const seconds = Number(args.seconds);
const connections = args.connections!.split(',').map(Number);
const workers = Number(args.workers);
const runs = Number(args.runs);
const hasWrk = !spawnSync('wrk', ['--version']).error;
const generator = args.generator ?? (hasWrk ? 'wrk' : 'autocannon');
if (!Number.isSafeInteger(rows) || rows < 1 || !(seconds > 0) || connections.some((c) => !Number.isSafeInteger(c) || c < 1) || !Number.isSafeInteger(workers) || workers < 1 || !Number.isSafeInteger(runs) || runs < 1) {
  console.error('bench:serve: --rows, --connections, --workers and --runs take whole numbers >= 1, --seconds a number > 0');
  process.exit(2);
}
if (generator !== 'autocannon' && (generator !== 'wrk' || !hasWrk)) {
  console.error(`bench:serve: --generator is wrk (${hasWrk ? 'installed' : 'not installed: apt-get install wrk'}) or autocannon`);
  process.exit(2);
}

const root = join(process.cwd(), '.bench');
const dumpPath = join(root, `dump-s1-${rows}.csv`);
const dataDir = join(root, `serve-store-${rows}`);
const keyFile = join(root, 'bench.key');
const bodiesPath = join(root, 'serve-bodies.txt');
mkdirSync(root, { recursive: true });
if (!existsSync(dumpPath)) {
  await writeDump(`${dumpPath}.part`, 1, rows);
  renameSync(`${dumpPath}.part`, dumpPath);
}

function run(command: string[], env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, ['bin/leakhound.js', ...command, '--data', dataDir, '--key-file', keyFile], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
}

if (!existsSync(join(dataDir, 'exposures.db'))) {
  const ingest = run(['ingest', dumpPath, '--breach', 'bench', '--no-progress']);
  const code = await new Promise((resolve) => ingest.on('close', resolve));
  if (code !== 0) throw new Error(`ingest exited with ${code}`);
}

const server = run(['serve', '--port', '0', '--workers', String(workers)], {
  LEAKHOUND_CLIENT_LIMIT: '1000000000',
  LEAKHOUND_IDENTIFIER_LIMIT: '1000000000',
  LEAKHOUND_LOG_LEVEL: args['log-level'],
});
const url = await new Promise<string>((resolve, reject) => {
  let stderr = '';
  server.stderr.on('data', (d) => {
    stderr += d;
    const match = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
    if (match) resolve(match[1]);
  });
  server.on('exit', () => reject(new Error(`serve exited: ${stderr}`)));
});

// Half the checks are for values in the index (phone, ID, e-mail in turn), half for fresh phone numbers.
const bodies = Array.from({ length: 4096 }, (_, i) => {
  const row = dumpRow(1, (i * 7919) % rows);
  const identifier = i % 2 === 1 ? `139${String(10_000_000 + i).slice(-8)}` : [row.phone, row.id, row.email][(i / 2) % 3];
  return JSON.stringify({ identifier });
});
writeFileSync(bodiesPath, `${bodies.join('\n')}\n`);

const clockTicks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/**
 * CPU seconds used so far by the server's processes (the command and its workers), from /proc; null where there
 * is none. Per check it is steadier than checks/s on a shared machine, whose other tenants take cores away.
 */
function serverCpuSeconds(): number | null {
  try {
    const children = readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8').trim().split(' ').filter(Boolean);
    let ticks = 0;
    for (const pid of [String(server.pid), ...children]) {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); // from field 3 (state) on
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    }
    return ticks / clockTicks;
  } catch {
    return null;
  }
}

interface Step {
  checks: number;
  checksPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** Answers that were not 2xx (wrk counts 4xx and 5xx). */
  non2xx: number;
}

async function autocannonStep(c: number, duration: number): Promise<Step> {
  let next = 0;
  const result = await autocannon({
    url: `${url}/api/v1/check`,
    connections: c,
    duration,
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
  });
  return { checks: result.requests.total, checksPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

async function wrkStep(c: number, duration: number): Promise<Step> {
  // One wrk thread: it keeps 100 connections busy and leaves the server the rest of the cores.
  const script = join(import.meta.dirname, 'serve-check.lua');
  const { stdout } = await promisify(execFile)('wrk', ['-t1', `-c${c}`, `-d${duration}s`, '-s', script, `${url}/api/v1/check`, '--', bodiesPath]);
  const summary = JSON.parse(stdout.trim().split('\n').at(-1)!) as { requests: number; duration: number; errors: number; status4xx5xx: number; p50: number; p99: number };
  return { checks: summary.requests, checksPerSecond: summary.requests / (summary.duration / 1e6), p50: summary.p50 / 1000, p99: summary.p99 / 1000, errors: summary.errors, non2xx: summary.status4xx5xx };
}

const step = generator === 'wrk' ? wrkStep : autocannonStep;
await step(10, 2); // warm-up (the JIT, SQLite's page cache), not reported
console.log(
  `bench:serve, POST /api/v1/check on an index of ${rows.toLocaleString('en-US')} rows, ${seconds} s per step after a 2 s warm-up, load from ${generator}, ` +
    `${workers} server process${workers === 1 ? '' : 'es'}, server log level ${args['log-level']}; this machine: ${availableParallelism()} cores, ${process.arch}, Node ${process.version}`,
);
console.log('connections   checks/s   p50 ms   p99 ms   errors   non-2xx   server CPU µs/check   load avg   target >= 10,000 checks/s, p99 <= 10 ms');
const measured = new Map<number, { checksPerSecond: number; p99: number; ok: boolean }[]>(connections.map((c) => [c, []]));
for (let run = 0; run < runs; run++) {
  for (const c of connections) {
    const cpuBefore = serverCpuSeconds();
    const result = await step(c, seconds);
    const cpuAfter = serverCpuSeconds();
    const cpuPerCheck = cpuBefore === null || cpuAfter === null ? '-' : ((cpuAfter - cpuBefore) * 1e6 / result.checks).toFixed(0);
    const ok = result.checksPerSecond >= 10_000 && result.p99 <= 10 && result.errors === 0 && result.non2xx === 0;
    measured.get(c)!.push({ checksPerSecond: result.checksPerSecond, p99: result.p99, ok });
    console.log(
      `${String(c).padStart(11)}   ${Math.round(result.checksPerSecond).toLocaleString('en-US').padStart(8)}   ${result.p50.toFixed(1).padStart(6)}   ${result.p99.toFixed(1).padStart(6)}   ${String(result.errors).padStart(6)}   ${String(result.non2xx).padStart(7)}   ${cpuPerCheck.padStart(19)}   ${loadavg()[0].toFixed(2).padStart(8)}   ${ok ? 'PASS' : 'FAIL'}`,
    );
  }
}
if (runs > 1) {
  const range = (values: number[], digits: number) => `${Math.min(...values).toLocaleString('en-US', { maximumFractionDigits: digits })}–${Math.max(...values).toLocaleString('en-US', { maximumFractionDigits: digits })}`;
  console.log(`\nover ${runs} runs:\nconnections   checks/s          p99 ms        target met`);
  for (const [c, steps] of measured) {
    console.log(`${String(c).padStart(11)}   ${range(steps.map((s) => Math.round(s.checksPerSecond)), 0).padEnd(15)}   ${range(steps.map((s) => s.p99), 1).padEnd(11)}   ${steps.filter((s) => s.ok).length} of ${runs}`);
  }
}
server.kill('SIGTERM');
await new Promise((resolve) => server.on('close', resolve));
if (process.argv.includes('--clean')) rmSync(dataDir, { recursive: true, force: true });
