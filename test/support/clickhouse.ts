// A test cluster's stores for the ClickHouse backend tests: a database per store (dropped after the run), keys in the
// packed form the writer takes, an ingest killed before its commit, and rows counted on each node.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KIND_CODES } from '../../src/identity/kinds.js';
import { ClickHouseStore, parseClickHouseUrl } from '../../src/store/clickhouse/index.js';
import type { CommitResult, FileSummary, LookupKey } from '../../src/store/types.js';

/** The URL `npm run clickhouse:up` prints, or undefined when the tests are to be skipped. */
export const CLICKHOUSE_URL = process.env.LEAKHOUND_TEST_CLICKHOUSE;
export const FINGERPRINT = '0123456789abcdef';
const databases = new Set<string>();

/** The cluster's URL with a database of its own (dropped by dropTestDatabases). */
export function urlFor(database: string): string {
  databases.add(database);
  return CLICKHOUSE_URL!.replace(/\/[A-Za-z_][A-Za-z0-9_]*(\?|$)/, `/${database}$1`);
}

export function testNodes(): string[] {
  return parseClickHouseUrl(CLICKHOUSE_URL!).nodes;
}

/** Runs a statement on one node over plain HTTP, apart from the store. */
export async function sql(node: string, query: string): Promise<string> {
  const response = await fetch(`http://${node}/`, { method: 'POST', body: query });
  const body = await response.text();
  if (!response.ok) throw new Error(`${node}: ${body}`);
  return body;
}

export async function dropTestDatabases(): Promise<void> {
  for (const node of testNodes()) for (const database of databases) await sql(node, `DROP DATABASE IF EXISTS ${database}`);
}

export function newDatabase(): string {
  return `lh_test_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** A new store in a database of its own, with its schema. */
export async function freshStore(database = newDatabase()): Promise<ClickHouseStore> {
  const store = new ClickHouseStore(urlFor(database), FINGERPRINT);
  await store.init();
  return store;
}

/** A test on a fresh store, closed afterwards. */
export async function withStore(body: (store: ClickHouseStore, database: string) => Promise<void>): Promise<void> {
  const database = newDatabase();
  const store = await freshStore(database);
  try {
    await body(store, database);
  } finally {
    await store.close();
  }
}

export function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `count` random keys of one kind, packed as the writer takes them and as lookup takes them. */
export function randomKeys(count: number, kind: LookupKey['kind'] = 'phone') {
  const packed = randomBytes(count * 16);
  const lookup = Array.from({ length: count }, (_, i): LookupKey => ({ kind, key: packed.subarray(i * 16, i * 16 + 16) }));
  return { packed, kinds: new Uint8Array(count).fill(KIND_CODES[kind]), lookup };
}

export type Keys = ReturnType<typeof randomKeys>;

/** Given keys in the packed form of `randomKeys`. */
export function packed(keys: readonly LookupKey[]): Keys {
  const bytes = Buffer.alloc(keys.length * 16);
  keys.forEach(({ key }, i) => bytes.set(key, i * 16));
  return { packed: bytes, kinds: Uint8Array.from(keys, ({ kind }) => KIND_CODES[kind]), lookup: [...keys] };
}

export async function ingest(store: ClickHouseStore, breach: string, keys: Keys, file?: FileSummary): Promise<CommitResult> {
  const writer = await store.beginFile(breach);
  writer.add(keys.packed, keys.kinds, keys.kinds.length);
  return writer.commit(file ?? { digest: digest(randomBytes(8).toString('hex')), name: 'dump.csv', records: keys.kinds.length, dataClasses: {} });
}

const STORE_MODULE = new URL('../../src/store/clickhouse/index.ts', import.meta.url).href;

/** Runs an ingest of phone `keys` into `breach` in another process and SIGKILLs it once `landed()` holds, before its commit. */
export async function killedIngest(url: string, breach: string, keys: Uint8Array, landed: () => Promise<boolean>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'leakhound-ch-kill-'));
  writeFileSync(join(dir, 'keys.bin'), keys);
  const script = `
    const { ClickHouseStore } = await import(${JSON.stringify(STORE_MODULE)});
    const { readFileSync } = await import('node:fs');
    const keys = readFileSync(${JSON.stringify(join(dir, 'keys.bin'))});
    const store = new ClickHouseStore(${JSON.stringify(url)}, ${JSON.stringify(FINGERPRINT)});
    const writer = await store.beginFile(${JSON.stringify(breach)});
    writer.add(keys, new Uint8Array(keys.length / 16).fill(${KIND_CODES.phone}), keys.length / 16);
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const deadline = Date.now() + 60_000;
    while (!(await landed())) {
      assert.ok(Date.now() < deadline && child.exitCode === null, 'the ingest did not send its rows');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    child.kill('SIGKILL');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rows physically in each node's exposures_local, once ClickHouse finished its pending deletes. */
export async function rowsPerNode(database: string): Promise<number[]> {
  for (const node of testNodes()) {
    const deadline = Date.now() + 30_000;
    while (Number(await sql(node, `SELECT count() FROM system.mutations WHERE database = '${database}' AND NOT is_done`)) > 0) {
      assert.ok(Date.now() < deadline, `${node}: deletes still pending after 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return Promise.all(testNodes().map(async (node) => Number(await sql(node, `SELECT count() FROM ${database}.exposures_local`))));
}
