// npm run clickhouse:up: starts the local 2-shard cluster (if it is not running), waits until both nodes answer,
// and prints the --store URL as its last line.
import { spawn } from 'node:child_process';
import { existsSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODES, SERVER, STORE_URL, answers, pidOf, writeConfig } from './cluster.mjs';

if (!existsSync(SERVER)) {
  console.error(`clickhouse:up: no ${SERVER}; install Debian's package first: apt-get install -y clickhouse-server clickhouse-client`);
  process.exit(2);
}
for (const n of NODES) {
  if (pidOf(n) !== null && (await answers(n))) continue;
  writeConfig(n);
  const log = openSync(join(n.dir, 'stdout.log'), 'a');
  // Not daemonised: the child is the server itself, so its pid is the one to stop.
  const child = spawn(SERVER, [`--config-file=${join(n.dir, 'config.xml')}`], { detached: true, stdio: ['ignore', log, log] });
  writeFileSync(join(n.dir, 'server.pid'), String(child.pid));
  child.unref();
  console.error(`clickhouse:up: node ${n.i + 1} starting (HTTP ${n.http}, TCP ${n.tcp}, data in ${n.dir})`);
}
const deadline = Date.now() + 90_000;
for (const n of NODES) {
  while (!(await answers(n))) {
    if (Date.now() > deadline) {
      console.error(`clickhouse:up: node ${n.i + 1} did not answer on port ${n.http} within 90 s; see ${join(n.dir, 'server.err.log')}`);
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
console.error('clickhouse:up: both nodes answer');
console.log(STORE_URL);
