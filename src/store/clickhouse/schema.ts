import { StoreError } from '../types.js';
import type { ClickHouseNode } from './node.js';
import { text } from './sql.js';
import type { ClickHouseUrl } from './url.js';

const SCHEMA_VERSION = '1';

/** The store's servers (node 1 holds the catalogue) and its tables' qualified names. */
export interface Cluster {
  readonly url: ClickHouseUrl;
  readonly nodes: readonly ClickHouseNode[];
  readonly t: Tables;
}

export type Tables = ReturnType<typeof tablesOf>;

/** Qualified table names; the database name passed the URL's strict name check. */
export function tablesOf(db: string) {
  const names = ['exposures_local', 'exposures', 'shard', 'meta', 'breaches', 'files', 'breach_counts', 'loads'] as const;
  return Object.fromEntries(names.map((name) => [name, `${db}.${name}`])) as Record<(typeof names)[number], string>;
}

/**
 * Tables on every node. `key` is the first 8 bytes of the 16-byte PRF output as a big-endian UInt64: 64 bits
 * suffice because a key that is not held matches a held one only by chance, with odds about N / 2^64 for N keys
 * held (5e-10 at ten billion), and its kind must match too. `load` names the ingest that wrote the row; rows
 * count only once their load has a row in `files`. `shard` records which shard of how many the node is, so that
 * a URL listing the nodes in another order (which would route keys elsewhere) is refused.
 */
function nodeDdl(url: ClickHouseUrl, t: Tables): string[] {
  const db = url.database;
  // `exposures` spans the shards for ad hoc queries; the store itself reads and writes each shard's own table. With
  // equal weights its sharding key routes a row to shard `key % shards`, as shardOf (batches.ts) does.
  const engine = url.cluster === null ? `Merge(${db}, '^exposures_local$')` : `Distributed(${url.cluster}, ${db}, exposures_local, key)`;
  return [
    `CREATE DATABASE IF NOT EXISTS ${db}`,
    `CREATE TABLE IF NOT EXISTS ${t.exposures_local} (key UInt64, kind UInt8, breach UInt64, load UInt64) ENGINE = MergeTree() ORDER BY key`,
    `CREATE TABLE IF NOT EXISTS ${t.exposures} AS ${t.exposures_local} ENGINE = ${engine}`,
    `CREATE TABLE IF NOT EXISTS ${t.shard} (shard UInt32, shards UInt32) ENGINE = MergeTree() ORDER BY shard`,
  ];
}

/**
 * The catalogue, on node 1 only. Breach ids are the first 8 bytes of SHA-256 of the name; replacing tables keep
 * the row with the highest version, and reads use FINAL so that they are exact right after a write.
 */
function catalogueDdl(t: Tables): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${t.meta} (name String, value String, at UInt64) ENGINE = MergeTree() ORDER BY name`,
    `CREATE TABLE IF NOT EXISTS ${t.breaches} (id UInt64, name String, date Nullable(String), sector String, description String, flags String, added_at String, version UInt64) ENGINE = ReplacingMergeTree(version) ORDER BY id`,
    `CREATE TABLE IF NOT EXISTS ${t.files} (breach UInt64, load UInt64, digest String, name String, records UInt64, data_classes String, committed_at UInt64) ENGINE = MergeTree() ORDER BY (breach, digest)`,
    `CREATE TABLE IF NOT EXISTS ${t.breach_counts} (breach UInt64, kind UInt8, count UInt64, version UInt64) ENGINE = ReplacingMergeTree(version) ORDER BY (breach, kind)`,
    `CREATE TABLE IF NOT EXISTS ${t.loads} (load UInt64, breach UInt64, started_at UInt64, seen_at UInt64, host String, pid UInt32) ENGINE = ReplacingMergeTree(seen_at) ORDER BY load`,
  ];
}

async function checkShardMarker(cluster: Cluster, index: number, create: boolean): Promise<void> {
  const node = cluster.nodes[index];
  const shards = cluster.nodes.length;
  const rows = await node.rows<{ shard: number; shards: number }>(`SELECT shard, shards FROM ${cluster.t.shard}`);
  if (rows.length === 0 && create) return node.insertJson(cluster.t.shard, [{ shard: index, shards }]);
  if (rows.length === 0) throw new StoreError('SCHEMA', `${node.address} has no shard number: run leakhound store init --store ${cluster.url.display}`);
  if (rows.length !== 1 || rows[0].shard !== index || rows[0].shards !== shards) {
    const was = rows.map((row) => `${row.shard + 1} of ${row.shards}`).join(', ');
    throw new StoreError('BAD_STORE', `${node.address} is node ${was} of this store, but the URL lists it as node ${index + 1} of ${shards}: list the nodes in the order the store was made with`);
  }
}

async function checkClusterShards(cluster: Cluster): Promise<void> {
  const { url } = cluster;
  if (url.cluster === null) return;
  const [row] = await cluster.nodes[0].rows<{ shards: string }>(`SELECT uniqExact(shard_num) AS shards FROM system.clusters WHERE cluster = ${text(url.cluster)}`);
  if (Number(row.shards) !== url.nodes.length) {
    throw new StoreError('BAD_STORE', `cluster ${url.cluster} has ${row.shards} shards on ${url.nodes[0]}, but the URL lists ${url.nodes.length} nodes (one per shard, in shard order)`);
  }
}

/** The first value of each meta entry (a second `store init` racing the first cannot change it). */
async function readMeta(cluster: Cluster): Promise<Map<string, string>> {
  const rows = await cluster.nodes[0].rows<{ name: string; value: string }>(`SELECT name, value FROM ${cluster.t.meta} ORDER BY at, value`);
  const meta = new Map<string, string>();
  for (const row of rows) if (!meta.has(row.name)) meta.set(row.name, row.value);
  return meta;
}

/**
 * Checks, before a store's first operation, that the schema is there, of this version, made with this server key
 * (with another key every check would silently find nothing), and that the URL lists the nodes in shard order.
 */
export async function checkSchema(cluster: Cluster, fingerprint: string): Promise<void> {
  await Promise.all(cluster.nodes.map((_, i) => checkShardMarker(cluster, i, false)));
  const meta = await readMeta(cluster);
  const version = meta.get('schema_version');
  if (version === undefined) throw new StoreError('SCHEMA', `no Leakhound store in ${cluster.url.display}: run leakhound store init --store ${cluster.url.display}`);
  if (version !== SCHEMA_VERSION) throw new StoreError('SCHEMA', `${cluster.url.display}: store format ${version} is not supported by this version (${SCHEMA_VERSION})`);
  const stored = meta.get('key_fingerprint');
  if (stored !== fingerprint) {
    throw new StoreError('KEY_MISMATCH', `${cluster.url.display} was built with another server key (fingerprint ${stored}); give its key with --key-file`);
  }
}

/** Creates what is missing on every node (no ON CLUSTER: there may be no ZooKeeper), then checks it all. */
export async function createSchema(cluster: Cluster, fingerprint: string): Promise<void> {
  await checkClusterShards(cluster);
  // Shard numbers first: nothing is made on a node that the URL lists in the wrong place.
  for (const [i, node] of cluster.nodes.entries()) {
    for (const statement of nodeDdl(cluster.url, cluster.t)) await node.run(statement);
    await checkShardMarker(cluster, i, true);
  }
  for (const statement of catalogueDdl(cluster.t)) await cluster.nodes[0].run(statement);
  const meta = await readMeta(cluster);
  const missing = [['schema_version', SCHEMA_VERSION], ['key_fingerprint', fingerprint]].filter(([name]) => !meta.has(name));
  if (missing.length) await cluster.nodes[0].insertJson(cluster.t.meta, missing.map(([name, value]) => ({ name, value, at: Date.now() })));
  await checkSchema(cluster, fingerprint);
}
