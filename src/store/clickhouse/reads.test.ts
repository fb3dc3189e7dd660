import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyRanges } from './reads.js';

/** The [from, to) bounds of a range condition, as numbers (to: 2^64 when open). */
function bounds(condition: string): [bigint, bigint] {
  const from = /key >= (\d+)/.exec(condition)?.[1];
  const to = /key < (\d+)/.exec(condition)?.[1];
  return [BigInt(from ?? 0), to === undefined ? 2n ** 64n : BigInt(to)];
}

describe('keyRanges', () => {
  it('is the whole key space for one part', () => {
    assert.deepEqual(keyRanges(1), ['1']);
  });

  it('cuts the UInt64 key space into adjacent, nearly equal ranges from 0 to the largest key', () => {
    for (const parts of [2, 3, 7, 1000]) {
      const ranges = keyRanges(parts).map(bounds);
      assert.equal(ranges.length, parts);
      assert.equal(ranges[0][0], 0n);
      assert.equal(ranges[parts - 1][1], 2n ** 64n);
      for (let i = 1; i < parts; i++) assert.equal(ranges[i][0], ranges[i - 1][1], `range ${i} does not start where ${i - 1} ends`);
      const sizes = ranges.map(([from, to]) => to - from);
      assert.ok(sizes.every((size) => size - sizes[0] < BigInt(parts)), 'ranges differ in size');
    }
  });
});
