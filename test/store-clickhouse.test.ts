import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { IDENTIFIER_KINDS } from '../src/identity/kinds.js';
import { ClickHouseStore, parseClickHouseUrl } from '../src/store/clickhouse/index.js';
import { StoreError, type BreachMeta, type LookupKey } from '../src/store/types.js';
import { storeConformance } from './store-conformance.js';
import {
  CLICKHOUSE_URL, FINGERPRINT, digest, dropTestDatabases, freshStore, ingest, killedIngest, newDatabase, packed, randomKeys, rowsPerNode, sql, testNodes, urlFor, withStore,
} from './support/clickhouse.js';

const SKIPPED = 'ClickHouse tests skipped: set LEAKHOUND_TEST_CLICKHOUSE to the URL that `npm run clickhouse:up` prints (.ci/run does)';

function meta(name: string, fields: Partial<BreachMeta> = {}): BreachMeta {
  return { name, date: '2022-02-02', sector: 'other', description: '', flags: [], ...fields };
}

function isStoreError(code: StoreError['code']): (err: unknown) => boolean {
  return (err) => err instanceof StoreError && err.code === code;
}

if (!CLICKHOUSE_URL) {
  it('ClickHouse store', { skip: SKIPPED }, () => undefined);
} else {
  after(dropTestDatabases);

  // `dir` (a folder the suite made) names a database, so that the suite can close the store and open it again.
  storeConformance(
    'clickhouse',
    async (dir) => (dir === undefined ? freshStore() : freshStore(`lh_test_${createHash('sha256').update(dir).digest('hex').slice(0, 16)}`)),
  );

  describe('ClickHouseStore', () => {
    it('hostile breach names, descriptions, file names and data classes round-trip exactly through every path', async () => {
      const hostile = [
        "it's", 'say "hi"', 'back\\slash \\x27 \\u0000 \\', "x'; DROP TABLE breaches; --", "'); DROP DATABASE default; --",
        'line\nbreak\r\n\ttab', 'nul\0byte', 'emoji 😀🔥 泄露 \u2028', `${'长'.repeat(3000)}${"'\\".repeat(600)}`, 'unhex(\'41\')', '`${x}` $1 %s',
      ];
      assert.ok(Buffer.byteLength(hostile[8]) > 10_000);
      await withStore(async (store) => {
        const keys = hostile.map(() => randomKeys(3, 'email'));
        for (const [i, name] of hostile.entries()) {
          const fields = meta(name, { description: hostile[(i + 1) % hostile.length], date: i % 2 ? null : '2020-01-31', flags: ['sensitive'] });
          await store.saveBreach(fields);
          const file = { digest: digest(name), name: hostile[(i + 2) % hostile.length], records: 3, dataClasses: { [hostile[(i + 3) % hostile.length]]: 3 } };
          await ingest(store, name, keys[i], file);
          const breach = await store.breach(name);
          assert.deepEqual({ ...breach, addedAt: '' }, { ...fields, dataClasses: file.dataClasses, records: 3, identifiers: { email: 3 }, files: 1, addedAt: '' }, `breach ${i}`);
          assert.equal(await store.hasFile(name, file.digest), true);
          assert.equal(await store.hasFile(name, name), false);
        }
        const listed = await store.breaches();
        assert.deepEqual(new Set(listed.map((breach) => breach.name)), new Set(hostile));
        const found = await store.lookup(keys.flatMap((k) => k.lookup));
        assert.deepEqual(found, hostile.flatMap((name) => [[name], [name], [name]]));
        const stats = await store.stats();
        assert.deepEqual(new Set(Object.keys(stats.byDataClass)), new Set(hostile));
        assert.equal(await store.breach(`${hostile[3]} `), null);
      });
    });

    it('splits rows over the shards by key % shards, straight into each node\'s exposures_local', async () => {
      await withStore(async (store, database) => {
        await store.saveBreach(meta('Split'));
        await ingest(store, 'Split', randomKeys(20_000));
        const nodes = testNodes();
        const counts = await rowsPerNode(database);
        assert.equal(counts.length, nodes.length);
        assert.equal(counts.reduce((a, b) => a + b, 0), 20_000);
        for (const [i, node] of nodes.entries()) {
          assert.ok(counts[i] > 20_000 / nodes.length / 2, `node ${node} holds ${counts[i]} rows`);
          assert.equal(await sql(node, `SELECT count() FROM ${database}.exposures_local WHERE key % ${nodes.length} != ${i}`), '0\n');
        }
      });
    });

    it('abort leaves nothing: rows already sent are deleted on every node, and the load is forgotten', async () => {
      await withStore(async (store, database) => {
        await store.saveBreach(meta('Aborted'));
        const keys = randomKeys(200_000);
        const writer = await store.beginFile('Aborted');
        writer.add(keys.packed, keys.kinds, 200_000);
        await new Promise((resolve) => setTimeout(resolve, 500));
        await writer.abort();
        assert.deepEqual(await rowsPerNode(database), [0, 0]);
        assert.equal(await sql(testNodes()[0], `SELECT count() FROM ${database}.loads`), '0\n');
        assert.ok((await store.lookup(keys.lookup.slice(0, 1000))).every((names) => names.length === 0));
      });
    });

    it('counts exactly, one key range at a time, when a shard holds more rows than count_rows', async () => {
      const database = newDatabase();
      const store = new ClickHouseStore(`${urlFor(database)}&count_rows=1000`, FINGERPRINT);
      try {
        await store.init();
        await store.saveBreach(meta('Ranges'));
        const phones = randomKeys(5000, 'phone');
        const ids = randomKeys(2000, 'id');
        assert.deepEqual(await ingest(store, 'Ranges', packed([...phones.lookup, ...ids.lookup])), { unique: { phone: 5000, id: 2000 }, newToBreach: { phone: 5000, id: 2000 } });
        const again = [...phones.lookup.slice(0, 2500), ...randomKeys(1000, 'phone').lookup];
        assert.deepEqual(await ingest(store, 'Ranges', packed(again)), { unique: { phone: 3500 }, newToBreach: { phone: 1000 } });
        assert.deepEqual((await store.breach('Ranges'))!.identifiers, { phone: 6000, id: 2000 });
        assert.deepEqual((await store.stats()).uniqueIdentifiers, { phone: 6000, id: 2000 });
        assert.ok((await rowsPerNode(database)).every((rows) => rows > 3000), 'each shard holds several ranges of 1000 rows');
      } finally {
        await store.close();
      }
    });

    it('a killed ingest never counts, is removed by collectGarbage, and ingesting again gives exactly one copy', { timeout: 120_000 }, async () => {
      await withStore(async (store, database) => {
        await store.saveBreach(meta('Killed'));
        assert.equal(await store.collectGarbage(), 0);
        const count = 300_000;
        const keys = randomKeys(count);
        const sample = keys.lookup.filter((_, i) => i % 150 === 0);
        // The child adds every key: two full inserts per shard go out, the rest waits for a commit that never comes.
        await killedIngest(`${urlFor(database)}&insert_rows=65536`, 'Killed', keys.packed, async () => (await rowsPerNode(database)).reduce((a, b) => a + b, 0) === 4 * 65536);
        assert.ok((await store.lookup(sample)).every((names) => names.length === 0), 'rows of the killed load are visible');
        assert.deepEqual((await store.stats()).uniqueIdentifiers, {});
        assert.deepEqual((await store.breach('Killed'))!.identifiers, {});
        const result = await ingest(store, 'Killed', keys);
        assert.deepEqual(result, { unique: { phone: count }, newToBreach: { phone: count } });
        assert.ok((await store.lookup(sample)).every((names) => names.length === 1 && names[0] === 'Killed'));
        assert.deepEqual((await store.stats()).uniqueIdentifiers, { phone: count });
        assert.deepEqual((await rowsPerNode(database)).reduce((a, b) => a + b, 0), count + 4 * 65536);
        assert.equal(await store.collectGarbage(), 1);
        assert.deepEqual((await rowsPerNode(database)).reduce((a, b) => a + b, 0), count);
        assert.deepEqual((await store.breach('Killed'))!.identifiers, { phone: count });
      });
    });

    it('runs on a single node without a cluster (exposures is then a Merge table over the node\'s own)', async () => {
      const database = `lh_test_${process.pid}_single`;
      urlFor(database); // dropped after the run
      const store = new ClickHouseStore(`clickhouse://${testNodes()[0]}/${database}`, FINGERPRINT);
      try {
        await store.init();
        await store.saveBreach(meta('Single'));
        const keys = randomKeys(5000, 'card');
        assert.deepEqual(await ingest(store, 'Single', keys), { unique: { card: 5000 }, newToBreach: { card: 5000 } });
        assert.ok((await store.lookup(keys.lookup)).every((names) => names.length === 1 && names[0] === 'Single'));
        assert.deepEqual((await store.stats()).uniqueIdentifiers, { card: 5000 });
        assert.equal(await sql(testNodes()[0], `SELECT count() FROM ${database}.exposures`), '5000\n');
      } finally {
        await store.close();
      }
    });

    it('two writers committing the same file at once: one commits, the other gets DUPLICATE_FILE and leaves no rows', async () => {
      await withStore(async (store, database) => {
        await store.saveBreach(meta('Race'));
        const keys = randomKeys(3000, 'id');
        const file = { digest: digest('the same dump'), name: 'same.csv', records: 3000, dataClasses: { CN_RESIDENT_ID: 3000 } };
        const writers = await Promise.all([store.beginFile('Race'), store.beginFile('Race')]);
        for (const writer of writers) writer.add(keys.packed, keys.kinds, 3000);
        const outcomes = await Promise.allSettled(writers.map((writer) => writer.commit(file)));
        assert.equal(outcomes.filter((o) => o.status === 'fulfilled').length, 1, JSON.stringify(outcomes));
        const failed = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
        assert.ok(isStoreError('DUPLICATE_FILE')(failed.reason), String(failed.reason));
        const breach = await store.breach('Race');
        assert.deepEqual([breach!.files, breach!.records, breach!.identifiers], [1, 3000, { id: 3000 }]);
        assert.deepEqual((await rowsPerNode(database)).reduce((a, b) => a + b, 0), 3000);
      });
    });

    it('refuses a store made with another server key (KEY_MISMATCH) and still opens with the right one', async () => {
      await withStore(async (store, database) => {
        await store.saveBreach(meta('Keyed'));
        const other = new ClickHouseStore(urlFor(database), 'fedcba9876543210');
        await assert.rejects(other.breaches(), isStoreError('KEY_MISMATCH'));
        await assert.rejects(other.init(), isStoreError('KEY_MISMATCH'));
        await other.close();
        const again = new ClickHouseStore(urlFor(database), FINGERPRINT);
        assert.equal((await again.breaches()).length, 1);
        await again.close();
      });
    });

    it('opens without I/O, then refuses a database without the schema (SCHEMA), nodes in another order and an unreachable node (BAD_STORE)', async () => {
      const missing = new ClickHouseStore(urlFor(`lh_test_missing_${process.pid}`), FINGERPRINT);
      await assert.rejects(missing.breaches(), (err: unknown) => isStoreError('SCHEMA')(err) && /leakhound store init/.test((err as Error).message));
      await missing.close();
      await withStore(async (_, database) => {
        const { nodes, cluster } = parseClickHouseUrl(CLICKHOUSE_URL!);
        const swapped = new ClickHouseStore(`clickhouse://${[...nodes].reverse().join(',')}/${database}?cluster=${cluster}`, FINGERPRINT);
        await assert.rejects(swapped.lookup(randomKeys(1).lookup), (err: unknown) => isStoreError('BAD_STORE')(err) && /order/.test((err as Error).message));
        await swapped.close();
      });
      const unreachable = new ClickHouseStore('clickhouse://127.0.0.1:1/lh_nowhere?password=s3cret', FINGERPRINT);
      await assert.rejects(unreachable.breaches(), (err: unknown) => isStoreError('BAD_STORE')(err) && !(err as Error).message.includes('s3cret'));
      await unreachable.close();
    });
  });
}
