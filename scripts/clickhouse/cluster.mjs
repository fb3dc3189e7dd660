// The local 2-shard ClickHouse cluster of the tests and benchmarks: two clickhouse-server processes from Debian's
// package, on loopback ports, with no ZooKeeper (no replication; a Distributed table spans the two shards).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVER = '/usr/sbin/clickhouse-server';
export const ROOT = join(fileURLToPath(new URL('../..', import.meta.url)), '.clickhouse');
export const CLUSTER = 'leakhound';
export const DATABASE = 'leakhound';
const BASE = Number(process.env.LEAKHOUND_CLICKHOUSE_BASE_PORT || 18123);

/** Node `i` (0 or 1): its folder and ports (HTTP for clients, native TCP for the Distributed table). */
export function node(i) {
  return { i, dir: join(ROOT, `node${i + 1}`), http: BASE + i, tcp: BASE + 1000 + i };
}
export const NODES = [node(0), node(1)];

/** What `--store` takes: every node's HTTP address, then the database. */
export const STORE_URL = `clickhouse://${NODES.map((n) => `127.0.0.1:${n.http}`).join(',')}/${DATABASE}?cluster=${CLUSTER}`;

const shards = NODES.map((n) => `<shard><replica><host>127.0.0.1</host><port>${n.tcp}</port></replica></shard>`).join('');

function config(n) {
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${n.dir}/server.log</log><errorlog>${n.dir}/server.err.log</errorlog><size>100M</size><count>2</count></logger>
  <http_port>${n.http}</http_port>
  <tcp_port>${n.tcp}</tcp_port>
  <listen_host>127.0.0.1</listen_host>
  <path>${n.dir}/data/</path>
  <tmp_path>${n.dir}/tmp/</tmp_path>
  <user_files_path>${n.dir}/user_files/</user_files_path>
  <format_schema_path>${n.dir}/format_schemas/</format_schema_path>
  <users_config>${n.dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>268435456</mark_cache_size>
  <max_concurrent_queries>100</max_concurrent_queries>
  <remote_servers><${CLUSTER}>${shards}</${CLUSTER}></remote_servers>
</yandex>
`;
}

const USERS = `<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>4000000000</max_memory_usage><load_balancing>random</load_balancing></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
`;

/** Writes node `n`'s configuration (ports may have changed since last time); keeps its data. */
export function writeConfig(n) {
  for (const sub of ['data', 'tmp', 'user_files', 'format_schemas']) mkdirSync(join(n.dir, sub), { recursive: true });
  writeFileSync(join(n.dir, 'config.xml'), config(n));
  writeFileSync(join(n.dir, 'users.xml'), USERS);
}

export function pidOf(n) {
  const file = join(n.dir, 'server.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** True when node `n` answers its HTTP ping. */
export async function answers(n) {
  try {
    const res = await fetch(`http://127.0.0.1:${n.http}/ping`, { signal: AbortSignal.timeout(1000) });
    return res.ok && (await res.text()).startsWith('Ok');
  } catch {
    return false;
  }
}
