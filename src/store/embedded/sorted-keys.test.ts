import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { Rng } from '../../../test/synth/index.js';
import { ENTRY, blobHas, bucketOf, entriesOf, entryHalves, kindCodeOfBucket, sortUnique, writeEntry } from './sorted-keys.js';

/** Output bytes 1..8 read as one big-endian unsigned number: what an entry stands for. */
function entryValue(output: Uint8Array, at = 0): bigint {
  let value = 0n;
  for (let i = 1; i <= 8; i++) value = (value << 8n) | BigInt(output[at + i]);
  return value;
}

function randomValues(rng: Rng, count: number): bigint[] {
  return Array.from({ length: count }, () => (BigInt(rng.u32()) << 32n) | BigInt(rng.u32()));
}

/** A blob as the store keeps it: the values as little-endian 64-bit integers, back to back. */
function blobOf(values: readonly bigint[]): Uint8Array {
  const blob = new Uint8Array(values.length * ENTRY);
  const view = new DataView(blob.buffer);
  values.forEach((value, i) => view.setBigUint64(i * ENTRY, value, true));
  return blob;
}

const halves = (value: bigint): [number, number] => [Number(value >> 32n), Number(value & 0xffffffffn)];

describe('sortUnique', () => {
  const reference = (values: readonly bigint[]): bigint[] => [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const cases: [string, bigint[]][] = [
    ['empty', []],
    ['one', [5n]],
    ['all the same', [7n, 7n, 7n, 7n]],
    ['already sorted', [1n, 2n, 3n, 4n]],
    ['reversed with duplicates', [9n, 9n, 8n, 3n, 3n, 1n]],
    ['values with the top bit set sort above those without', [2n ** 64n - 1n, 0n, 2n ** 63n, 2n ** 63n - 1n, 2n ** 63n, 1n]],
    ['equal low halves, different high halves', [(1n << 32n) | 5n, 5n, (2n << 32n) | 5n, 5n]],
    ['equal high halves, different low halves', [(3n << 32n) | 2n, (3n << 32n) | 1n, (3n << 32n) | 2n]],
  ];
  for (const [name, values] of cases) {
    it(name, () => {
      const result = sortUnique(BigUint64Array.from(values));
      assert.deepEqual([...result], reference(values));
    });
  }

  it('matches a reference sort over random values with many duplicates', () => {
    const rng = new Rng(1);
    for (const count of [2, 3, 10, 1000, 20000]) {
      const distinct = randomValues(rng, Math.max(1, count >> 2));
      const values = Array.from({ length: count }, () => rng.pick(distinct));
      assert.deepEqual([...sortUnique(BigUint64Array.from(values))], reference(values), `${count} values`);
    }
  });

  it('works in place: the result is the front of the same buffer', () => {
    const entries = BigUint64Array.from([3n, 1n, 3n, 2n]);
    const result = sortUnique(entries);
    assert.equal(result.buffer, entries.buffer);
    assert.equal(result.byteOffset, entries.byteOffset);
    assert.deepEqual([...entries.subarray(0, 3)], [1n, 2n, 3n]);
  });

  it('works on a view that does not start at the front of its buffer', () => {
    const backing = BigUint64Array.from([100n, 5n, 4n, 5n, 1n, 200n]);
    const result = sortUnique(backing.subarray(1, 5));
    assert.deepEqual([...result], [1n, 4n, 5n]);
    assert.equal(backing[0], 100n, 'wrote before the view');
    assert.equal(backing[5], 200n, 'wrote after the view');
  });
});

describe('blobHas', () => {
  const rng = new Rng(2);
  const values = [...new Set(randomValues(rng, 501))].sort((a, b) => (a < b ? -1 : 1));
  const blob = blobOf(values);

  it('finds the first, the last, a middle and every entry', () => {
    for (const value of [values[0], values[values.length - 1], values[values.length >> 1]]) assert.equal(blobHas(blob, ...halves(value)), true);
    for (const value of values) assert.equal(blobHas(blob, ...halves(value)), true, String(value));
  });

  it('does not find values below the first, above the last, or between entries', () => {
    const absent = [
      values[0] - 1n,
      0n,
      values[values.length - 1] + 1n,
      2n ** 64n - 1n,
      ...values.slice(0, -1).map((v, i) => (v + values[i + 1]) / 2n).filter((v) => !values.includes(v)),
    ];
    for (const value of absent) if (value >= 0n && !values.includes(value)) assert.equal(blobHas(blob, ...halves(value)), false, String(value));
  });

  it('tells apart entries equal in one half and different in the other', () => {
    const tricky = [(7n << 32n) | 1n, (7n << 32n) | 3n, (8n << 32n) | 2n, (9n << 32n) | 0xffffffffn].sort((a, b) => (a < b ? -1 : 1));
    const small = blobOf(tricky);
    for (const value of tricky) assert.equal(blobHas(small, ...halves(value)), true);
    for (const [high, low] of [[7, 2], [7, 0], [7, 4], [8, 1], [8, 3], [6, 1], [10, 0], [9, 0xfffffffe], [2, 7], [1, 8]]) {
      assert.equal(blobHas(small, high, low), false, `${high}:${low}`);
    }
  });

  it('finds nothing in an empty blob', () => {
    assert.equal(blobHas(new Uint8Array(0), 0, 0), false);
    assert.equal(blobHas(new Uint8Array(0), 0xffffffff, 0xffffffff), false);
  });

  it('handles a one-entry blob', () => {
    const one = blobOf([(5n << 32n) | 6n]);
    assert.equal(blobHas(one, 5, 6), true);
    assert.equal(blobHas(one, 5, 7), false);
    assert.equal(blobHas(one, 4, 6), false);
  });

  it('reads a blob that is not 8-aligned in its buffer (as SQLite hands them out)', () => {
    for (const shift of [1, 3, 5, 7]) {
      const backing = new Uint8Array(blob.length + shift + 8).fill(0xee);
      backing.set(blob, shift);
      const unaligned = backing.subarray(shift, shift + blob.length);
      for (const value of values.slice(0, 50)) assert.equal(blobHas(unaligned, ...halves(value)), true, `shift ${shift}`);
      assert.equal(blobHas(unaligned, 0xeeeeeeee, 0xeeeeeeee), false, `shift ${shift}`);
    }
  });
});

describe('entries of PRF outputs: writeEntry, entryHalves, bucketOf, entriesOf', () => {
  const outputs = Array.from({ length: 2000 }, () => randomBytes(16));

  it('writeEntry stores output bytes 1..8 as the little-endian integer whose value is those bytes read big-endian', () => {
    for (const output of outputs) {
      const out = new Uint8Array(ENTRY + 6).fill(0x77);
      writeEntry(output, 0, out, 3);
      assert.equal(new DataView(out.buffer).getBigUint64(3, true), entryValue(output));
      assert.ok(out.subarray(0, 3).every((b) => b === 0x77) && out.subarray(3 + ENTRY).every((b) => b === 0x77), 'wrote outside its 8 bytes');
    }
  });

  it('entryHalves are the high and low 32 bits of the entry writeEntry stores', () => {
    for (const output of outputs) assert.deepEqual(entryHalves(output), halves(entryValue(output)));
  });

  it('bucketOf packs the kind, output byte 0 and output byte 1 (the entry top byte); kindCodeOfBucket reads the kind back', () => {
    for (const [i, output] of outputs.entries()) {
      const kind = 1 + (i % 5);
      const bucket = bucketOf(kind, output);
      assert.equal(kindCodeOfBucket(bucket), kind);
      assert.equal((bucket >> 8) & 255, output[0]);
      assert.equal(bucket & 255, Number(entryValue(output) >> 56n));
    }
    assert.equal(bucketOf(5, Uint8Array.of(255, 255)), (5 << 16) | 0xffff);
    assert.equal(bucketOf(1, Uint8Array.of(0, 0)), 1 << 16);
  });

  it('reads outputs at an offset the same as alone', () => {
    const packed = Buffer.concat(outputs.slice(0, 100));
    for (let i = 0; i < 100; i++) {
      const alone = new Uint8Array(ENTRY);
      const inPlace = new Uint8Array(ENTRY);
      writeEntry(outputs[i], 0, alone, 0);
      writeEntry(packed, i * 16, inPlace, 0);
      assert.deepEqual(inPlace, alone);
      assert.deepEqual(entryHalves(packed, i * 16), entryHalves(outputs[i]));
      assert.equal(bucketOf(3, packed, i * 16), bucketOf(3, outputs[i]));
    }
  });

  it('end to end: written entries, sorted and made unique, are found by their outputs halves and others are not', () => {
    const bytes = new Uint8Array(outputs.length * 2 * ENTRY);
    outputs.forEach((output, i) => {
      writeEntry(output, 0, bytes, 2 * i * ENTRY);
      writeEntry(output, 0, bytes, (2 * i + 1) * ENTRY); // every entry twice
    });
    const sorted = sortUnique(entriesOf(bytes.subarray(0)));
    assert.equal(sorted.length, outputs.length);
    const blob = new Uint8Array(sorted.buffer, sorted.byteOffset, sorted.byteLength);
    for (const output of outputs) assert.equal(blobHas(blob, ...entryHalves(output)), true);
    for (let i = 0; i < 500; i++) {
      const stranger = randomBytes(16);
      const known = outputs.some((o) => o.subarray(1, 9).equals(stranger.subarray(1, 9)));
      assert.equal(blobHas(blob, ...entryHalves(stranger)), known);
    }
  });

  it('entriesOf copies a blob that is not 8-aligned into 64-bit integers', () => {
    const values = [1n, 2n ** 63n + 5n, 2n ** 64n - 1n];
    const backing = new Uint8Array(3 * ENTRY + 1);
    backing.set(blobOf(values), 1);
    const entries = entriesOf(backing.subarray(1));
    assert.deepEqual([...entries], values);
    backing.fill(0);
    assert.deepEqual([...entries], values, 'entriesOf returned a view, not a copy');
    assert.equal(entriesOf(new Uint8Array(0)).length, 0);
  });
});
