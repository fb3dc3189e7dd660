import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { dumpRow, writeDump } from './ingest-data.js';

/**
 * Serving benchmark: the built `leakhound serve` in a child process on a loopback port, over an index of a
 * synthetic dump, driven by autocannon at several concurrencies with the rate limits raised for the run.
 * Usage: npm run bench:serve -- [--rows 1000000] [--seconds 10] [--connections 1,10,50,100] [--log-level info]
 */
const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '1,10,50,100' },
    'log-level': { type: 'string', default: 'info' },
  },
});
const rows = Number(args.rows);
const seconds = Number(args.seconds);
const connections = args.connections!.split(',').map(Number);
if (!Number.isSafeInteger(rows) || rows < 1 || !(seconds > 0) || connections.some((c) => !Number.isSafeInteger(c) || c < 1)) {
  console.error('bench:serve: --rows and --connections take whole numbers >= 1, --seconds a number > 0');
  process.exit(2);
}

const root = join(process.cwd(), '.bench');
const dumpPath = join(root, `dump-s1-${rows}.csv`);
const dataDir = join(root, `serve-store-${rows}`);
const keyFile = join(root, 'bench.key');
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

const server = run(['serve', '--port', '0'], {
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
let next = 0;

console.log(`bench:serve, POST /api/v1/check on an index of ${rows.toLocaleString('en-US')} rows, ${seconds} s per step, server log level ${args['log-level']}; this machine: ${process.arch}, Node ${process.version}`);
console.log('connections   checks/s   p50 ms   p99 ms   errors   non-2xx   target >= 10,000 checks/s, p99 <= 10 ms');
for (const c of connections) {
  const result = await autocannon({
    url: `${url}/api/v1/check`,
    connections: c,
    duration: seconds,
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
  });
  const ok = result.requests.average >= 10_000 && result.latency.p99 <= 10;
  console.log(
    `${String(c).padStart(11)}   ${Math.round(result.requests.average).toLocaleString('en-US').padStart(8)}   ${result.latency.p50.toFixed(1).padStart(6)}   ${result.latency.p99.toFixed(1).padStart(6)}   ${String(result.errors).padStart(6)}   ${String(result.non2xx).padStart(7)}   ${ok ? 'PASS' : 'FAIL'}`,
  );
}
server.kill('SIGTERM');
await new Promise((resolve) => server.on('close', resolve));
if (process.argv.includes('--clean')) rmSync(dataDir, { recursive: true, force: true });
