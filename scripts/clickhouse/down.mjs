// npm run clickhouse:down: stops the local cluster's servers (their data stays in .clickhouse/ until deleted).
import { NODES, pidOf } from './cluster.mjs';

const running = NODES.map((n) => [n, pidOf(n)]).filter(([, pid]) => pid !== null);
for (const [, pid] of running) process.kill(pid, 'SIGTERM');
const deadline = Date.now() + 30_000;
while (running.some(([n]) => pidOf(n) !== null)) {
  if (Date.now() > deadline) {
    for (const [n] of running) if (pidOf(n) !== null) process.kill(pidOf(n), 'SIGKILL');
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}
console.error(running.length ? `clickhouse:down: stopped ${running.length} server(s)` : 'clickhouse:down: nothing was running');
