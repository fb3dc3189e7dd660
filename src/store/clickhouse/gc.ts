import { hostname } from 'node:os';
import { processAlive } from '../process-alive.js';
import type { Snapshot } from './catalogue.js';
import type { Cluster } from './schema.js';
import { u64List } from './sql.js';

/** A load not seen for this long is taken for dead even on another host (writers mark theirs every HEARTBEAT). */
const STALE_MS = 24 * 3600_000;
export const HEARTBEAT_MS = 10 * 60_000;

interface LoadRow {
  load: string;
  host: string;
  pid: number;
  seen_at: string;
}

/** Records a load as started (or still running) by this process, so that clean-up can tell when it died. */
export async function markLoad(cluster: Cluster, load: string, breachId: string, startedAt: number): Promise<void> {
  const row = { load, breach: breachId, started_at: startedAt, seen_at: Date.now(), host: hostname(), pid: process.pid };
  await cluster.nodes[0].insertJson(cluster.t.loads, [row]);
}

/**
 * Deletes loads' rows on every node, then their files rows (when asked) and their loads rows. The deletes are
 * mutations ClickHouse carries out in the background; the loads rows go last, so that a clean-up cut short is
 * found again by the next one. Rows of a load without a files row never count, deleted yet or not.
 */
export async function discardLoads(cluster: Cluster, loads: readonly string[], withFiles: boolean): Promise<void> {
  const { nodes, t } = cluster;
  const where = `WHERE load IN ${u64List(loads)}`;
  await Promise.all(nodes.map((node) => node.run(`ALTER TABLE ${t.exposures_local} DELETE ${where}`)));
  if (withFiles) await nodes[0].run(`ALTER TABLE ${t.files} DELETE ${where}`);
  await nodes[0].run(`ALTER TABLE ${t.loads} DELETE ${where}`);
}

/**
 * Removes the rows of loads that never committed and never will: their process is gone (same host, pid not
 * alive) or they were not seen for a day. Returns how many loads it removed. A load whose files row lost a race
 * to another copy of the same file is removed with its files row.
 */
export async function collectGarbage(cluster: Cluster, snapshot: Snapshot): Promise<number> {
  const rows = await cluster.nodes[0].rows<LoadRow>(`SELECT load, host, pid, seen_at FROM ${cluster.t.loads} FINAL`);
  const here = hostname();
  const stale = Date.now() - STALE_MS;
  const dead = rows.filter((row) => !snapshot.committed.has(row.load) && (Number(row.seen_at) < stale || (row.host === here && !processAlive(row.pid))));
  if (dead.length > 0) await discardLoads(cluster, dead.map((row) => row.load), dead.some((row) => snapshot.losers.has(row.load)));
  return dead.length;
}
