import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { KIND_CODES } from '../../identity/kinds.js';
import { ROW, ShardBatches } from './batches.js';

const TAIL = Uint8Array.from({ length: 16 }, (_, i) => 100 + i);
/** Rows per insert in these tests: small, so that a few thousand keys make several batches. */
const BATCH = 65536;

/** Batches whose inserts are recorded (after `delay` ms each) instead of sent. */
function recording(shards: number, delay = 0, fail?: Error) {
  const sent: { shard: number; rows: Buffer }[] = [];
  const batches = new ShardBatches(
    shards,
    TAIL,
    async (shard, rows) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (fail) throw fail;
      sent.push({ shard, rows: Buffer.from(rows) }); // a copy: the buffer is filled again for a later batch
    },
    BATCH,
  );
  return { batches, sent };
}

function rowsOf(sent: { shard: number; rows: Buffer }[]) {
  return sent.flatMap(({ shard, rows }) =>
    Array.from({ length: rows.length / ROW }, (_, i) => ({ shard, key: rows.readBigUInt64LE(i * ROW), kind: rows[i * ROW + 8], tail: rows.subarray(i * ROW + 9, i * ROW + ROW) })),
  );
}

describe('ShardBatches', () => {
  it('encodes RowBinary rows (key as the big-endian first 8 bytes, kind, breach and load) and routes each to shard key % shards', async () => {
    for (const shards of [1, 2, 3, 4, 7, 8]) {
      const count = 5000;
      const keys = randomBytes(count * 16);
      keys.fill(0xff, 0, 8); // the largest key, where 64-bit arithmetic in doubles would go wrong
      const { batches, sent } = recording(shards);
      batches.add(keys, new Uint8Array(count).fill(KIND_CODES.email), count);
      await batches.finish();
      const rows = rowsOf(sent);
      assert.equal(rows.length, count);
      const expected = new Set(Array.from({ length: count }, (_, i) => Buffer.from(keys.subarray(i * 16, i * 16 + 8)).readBigUInt64BE(0)));
      assert.deepEqual(new Set(rows.map((row) => row.key)), expected);
      for (const row of rows) {
        assert.equal(row.shard, Number(row.key % BigInt(shards)), `key ${row.key} on shard ${row.shard} of ${shards}`);
        assert.equal(row.kind, KIND_CODES.email);
        assert.deepEqual([...row.tail], [...TAIL]);
      }
    }
  });

  it('keeps every batch when inserts lag far behind (spilling to a temporary file), sending each once', async () => {
    const count = BATCH * 12 + 5;
    const keys = randomBytes(count * 16);
    const { batches, sent } = recording(1, 20);
    for (let from = 0; from < count; from += 100_000) {
      const n = Math.min(100_000, count - from);
      batches.add(keys.subarray(from * 16), new Uint8Array(n).fill(KIND_CODES.phone), n);
    }
    await batches.finish();
    // Row count and a sum of the keys' 32-bit halves: a lost or repeated batch changes one or the other.
    let sum = 0;
    for (let i = 0; i < count; i++) sum += keys.readUInt32BE(i * 16) + keys.readUInt32BE(i * 16 + 4);
    let sentSum = 0;
    for (const { rows } of sent) for (let at = 0; at < rows.length; at += ROW) sentSum += rows.readUInt32LE(at) + rows.readUInt32LE(at + 4);
    assert.equal(sent.reduce((n, { rows }) => n + rows.length / ROW, 0), count);
    assert.equal(sentSum, sum);
    // Batch buffers are used again: each row still ends with the tail.
    assert.ok(rowsOf(sent).every((row) => Buffer.compare(row.tail, TAIL) === 0));
  });

  it('sends every insert sorted by key (so ClickHouse need not sort it), each key with its own kind', async () => {
    const count = BATCH * 2 + 999;
    const keys = randomBytes(count * 16);
    for (let i = 0; i < 3000; i++) keys.copy(keys, (i + 7) * 16 + 1, i * 16 + 1, i * 16 + 8); // same top bytes (and whole keys: 0 and 7)
    keys.copy(keys, 16 * 100, 0, 16); // a key twice
    const codes = [KIND_CODES.phone, KIND_CODES.id, KIND_CODES.email];
    const kinds = Uint8Array.from({ length: count }, (_, i) => codes[i % 3]);
    const { batches, sent } = recording(2);
    batches.add(keys, kinds, count);
    await batches.finish();
    for (const { rows } of sent) for (let at = ROW; at < rows.length; at += ROW) assert.ok(rows.readBigUInt64LE(at - ROW) <= rows.readBigUInt64LE(at));
    const pairs = (list: { key: bigint; kind: number }[]) => list.map(({ key, kind }) => `${key}/${kind}`).sort();
    const given = Array.from({ length: count }, (_, i) => ({ key: keys.readBigUInt64BE(i * 16), kind: kinds[i] }));
    assert.deepEqual(pairs(rowsOf(sent)), pairs(given));
  });

  it('refuses unknown kind codes', () => {
    const { batches } = recording(2);
    for (const code of [0, 6, 255]) assert.throws(() => batches.add(randomBytes(16), Uint8Array.of(code), 1), RangeError);
  });

  it('gives the first failed insert to add and finish', async () => {
    const failure = new Error('insert failed');
    const { batches } = recording(1, 0, failure);
    const count = BATCH + 1;
    batches.add(randomBytes(count * 16), new Uint8Array(count).fill(KIND_CODES.id), count);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.throws(() => batches.add(randomBytes(16), Uint8Array.of(KIND_CODES.id), 1), /insert failed/);
    await assert.rejects(batches.finish(), /insert failed/);
  });

  it('stop sends nothing more and waits for the inserts in flight', async () => {
    const count = BATCH * 20;
    const { batches, sent } = recording(1, 30);
    batches.add(randomBytes(count * 16), new Uint8Array(count).fill(KIND_CODES.card), count);
    await batches.stop();
    const after = sent.length;
    assert.ok(after <= 2, `${after} batches sent after stop`);
    await new Promise((resolve) => setTimeout(resolve, 80));
    assert.equal(sent.length, after);
  });
});
