import { KIND_CODES, kindOfCode, type IdentifierKind } from '../../identity/kinds.js';
import type { LookupKey } from '../types.js';
import { shardOf } from './batches.js';
import type { Snapshot } from './catalogue.js';
import type { Cluster } from './schema.js';
import { text, u64, u64At, u64List } from './sql.js';

/** Distinct keys asked per query (about 220 KB of SQL). */
const LOOKUP_BATCH = 10_000;

interface ExposureRow {
  key: string;
  kind: number;
  breach: string;
  load: string;
}

export type KindCounts = Partial<Record<IdentifierKind, number>>;

/**
 * The breaches holding each key, in the order the breaches were made. Each key is asked of its own shard only
 * (shardOf), all shards at once, while the catalogue is checked. Rows of loads that never committed (an ingest
 * running, aborted or killed) are passed over: a load counts only once its files row exists.
 */
export async function lookup(cluster: Cluster, catalogue: Promise<Snapshot>, keys: readonly LookupKey[]): Promise<string[][]> {
  const { nodes, t } = cluster;
  const asked = keys.map(({ key }) => u64At(key));
  const byShard = nodes.map((): string[] => []);
  const seen = new Set<string>();
  keys.forEach(({ key }, i) => {
    if (!seen.has(asked[i])) byShard[shardOf(key, 0, nodes.length)].push(asked[i]);
    seen.add(asked[i]);
  });
  const queries = byShard.flatMap((shardKeys, shard) =>
    Array.from({ length: Math.ceil(shardKeys.length / LOOKUP_BATCH) }, (_, n) => {
      const list = u64List(shardKeys.slice(n * LOOKUP_BATCH, (n + 1) * LOOKUP_BATCH));
      return nodes[shard].rows<ExposureRow>(`SELECT key, kind, breach, load FROM ${t.exposures_local} WHERE key IN ${list}`);
    }),
  );
  const [snapshot, ...results] = await Promise.all([catalogue, ...queries]);
  const found = new Map<string, ExposureRow[]>();
  for (const row of results.flat()) {
    if (!snapshot.committed.has(row.load)) continue;
    const rows = found.get(row.key);
    if (rows) rows.push(row);
    else found.set(row.key, [row]);
  }
  return keys.map(({ kind }, i) => {
    const code = KIND_CODES[kind];
    const ids = new Set((found.get(asked[i]) ?? []).filter((row) => row.kind === code).map((row) => row.breach));
    return [...ids].sort((a, b) => snapshot.rank.get(a)! - snapshot.rank.get(b)!).map((id) => snapshot.names.get(id)!);
  });
}

/**
 * Conditions that cut the UInt64 key space into `parts` equal ranges (one condition for the whole space when 1). The
 * table is ordered by key, so a query over one range reads only that range's blocks.
 */
export function keyRanges(parts: number): string[] {
  if (parts === 1) return ['1'];
  const step = 2n ** 64n / BigInt(parts);
  return Array.from({ length: parts }, (_, i) => {
    const from = i === 0 ? '' : `key >= ${u64(step * BigInt(i))}`;
    const to = i === parts - 1 ? '' : `key < ${u64(step * BigInt(i + 1))}`;
    return [from, to].filter(Boolean).join(' AND ');
  });
}

/**
 * Runs a per-kind count on every shard's own table and adds the shards up. Exact because a key lives on one shard
 * only (shardOf), and cheaper than through the Distributed table, whose initiator would merge every shard's set
 * of distinct keys. An exact count holds every distinct key in memory, so a shard with more rows than the URL's
 * count_rows is counted one key range at a time, one after another: distinct keys of disjoint ranges add up too.
 */
async function perShard<C extends string>(cluster: Cluster, columns: Record<C, string>, where: string): Promise<Map<IdentifierKind, Record<C, number>>> {
  const names = Object.keys(columns) as C[];
  const select = names.map((name) => `${columns[name]} AS ${name}`).join(', ');
  const table = cluster.t.exposures_local;
  const totals = new Map<IdentifierKind, Record<C, number>>();
  const add = (row: Record<C, string> & { kind: number }) => {
    const kind = kindOfCode(row.kind);
    const total = totals.get(kind) ?? (Object.fromEntries(names.map((n) => [n, 0])) as Record<C, number>);
    for (const n of names) total[n] += Number(row[n]);
    totals.set(kind, total);
  };
  await Promise.all(
    cluster.nodes.map(async (node) => {
      const [{ rows }] = await node.rows<{ rows: string }>(`SELECT sum(rows) AS rows FROM system.parts WHERE database = ${text(cluster.url.database)} AND table = 'exposures_local' AND active`);
      for (const range of keyRanges(Math.max(1, Math.ceil(Number(rows) / cluster.url.countRows)))) {
        for (const row of await node.rows<Record<C, string> & { kind: number }>(`SELECT kind, ${select} FROM ${table} WHERE (${where}) AND ${range} GROUP BY kind`)) add(row);
      }
    }),
  );
  return totals;
}

export interface BreachCounts {
  /** Distinct keys per kind in the load. */
  inLoad: KindCounts;
  /** Distinct keys per kind in the breach with the load, and without it. */
  withLoad: KindCounts;
  withoutLoad: KindCounts;
}

/** Distinct keys per kind of a breach over its committed loads (`loads`, which include `load`), computed by ClickHouse. */
export async function breachCounts(cluster: Cluster, breachId: string, loads: readonly string[], load: string): Promise<BreachCounts> {
  if (loads.length === 1) {
    // The breach's first file (the common case, and the largest count): one set of distinct keys instead of three.
    const only = await perShard(cluster, { n: 'uniqExact(key)' }, `load = ${u64(load)}`);
    const counts: KindCounts = Object.fromEntries([...only].map(([kind, { n }]) => [kind, n]));
    return { inLoad: counts, withLoad: counts, withoutLoad: {} };
  }
  const columns = { in_load: `uniqExactIf(key, load = ${u64(load)})`, with_load: 'uniqExact(key)', without_load: `uniqExactIf(key, load != ${u64(load)})` };
  const totals = await perShard(cluster, columns, `breach = ${u64(breachId)} AND load IN ${u64List(loads)}`);
  const counts: BreachCounts = { inLoad: {}, withLoad: {}, withoutLoad: {} };
  for (const [kind, total] of totals) {
    counts.inLoad[kind] = total.in_load;
    counts.withLoad[kind] = total.with_load;
    counts.withoutLoad[kind] = total.without_load;
  }
  return counts;
}

/** Distinct keys per kind over every committed load. */
export async function uniqueIdentifiers(cluster: Cluster, committed: ReadonlySet<string>): Promise<KindCounts> {
  if (committed.size === 0) return {};
  const totals = await perShard(cluster, { n: 'uniqExact(key)' }, `load IN ${u64List(committed)}`);
  const counts: KindCounts = {};
  for (const [kind, total] of [...totals].sort(([a], [b]) => KIND_CODES[a] - KIND_CODES[b])) if (total.n > 0) counts[kind] = total.n;
  return counts;
}
