import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveOverlaps } from './overlap.js';
import type { Finding } from './types.js';

const f = (type: string, start: number, end: number, score: number, recognizer = 'r'): Finding => ({ type, start, end, score, recognizer });

describe('resolveOverlaps', () => {
  const cases: { name: string; input: Finding[]; expected: Finding[] }[] = [
    { name: 'keeps disjoint spans, sorted by start', input: [f('B', 10, 12, 0.6), f('A', 0, 5, 0.9)], expected: [f('A', 0, 5, 0.9), f('B', 10, 12, 0.6)] },
    { name: 'higher score wins an overlap', input: [f('A', 0, 10, 0.6), f('B', 5, 8, 0.9)], expected: [f('B', 5, 8, 0.9)] },
    { name: 'on equal score the longer span wins', input: [f('A', 2, 6, 0.8), f('B', 0, 10, 0.8)], expected: [f('B', 0, 10, 0.8)] },
    { name: 'on equal score and length the earlier span wins', input: [f('A', 3, 8, 0.8), f('B', 0, 5, 0.8)], expected: [f('B', 0, 5, 0.8)] },
    { name: 'same span: type name breaks the tie', input: [f('Z', 0, 5, 0.8), f('A', 0, 5, 0.8)], expected: [f('A', 0, 5, 0.8)] },
    { name: 'touching spans both stay', input: [f('A', 0, 5, 0.8), f('B', 5, 9, 0.8)], expected: [f('A', 0, 5, 0.8), f('B', 5, 9, 0.8)] },
    { name: 'a winner blocks neighbours on both sides', input: [f('A', 0, 4, 0.5), f('B', 3, 7, 0.9), f('C', 6, 10, 0.5)], expected: [f('B', 3, 7, 0.9)] },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(resolveOverlaps(c.input), c.expected));
  }

  it('does not depend on input order', () => {
    const input = [f('A', 0, 10, 0.7), f('B', 5, 15, 0.7), f('C', 12, 20, 0.9), f('D', 1, 3, 0.95), f('E', 0, 10, 0.7, 'q')];
    const expected = resolveOverlaps(input.slice());
    for (let i = 0; i < 20; i++) {
      const shuffled = [...input].sort(() => (Math.sin(i * 7919 + input.length) > 0 ? 1 : -1));
      assert.deepEqual(resolveOverlaps(shuffled.reverse()), expected);
    }
  });

  it('matches a plain sort and greedy pass on random runs of findings', () => {
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const reference = (input: Finding[]) => {
      const kept: Finding[] = [];
      for (const x of [...input].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))) {
        if (!kept.some((k) => k.start < x.end && x.start < k.end)) kept.push(x);
      }
      return kept.sort((a, b) => a.start - b.start);
    };
    for (let round = 0; round < 300; round++) {
      const input: Finding[] = [];
      for (let run = 0, runs = 1 + next(6); run < runs; run++) {
        // Each run ascending by start, as one recognizer adds its findings.
        for (let at = next(20), n = next(8); n > 0; n--, at += 1 + next(15)) input.push(f(`T${run}`, at, at + 1 + next(12), [0.6, 0.8, 0.9][next(3)]));
      }
      assert.deepEqual(resolveOverlaps(input.slice()), reference(input));
    }
  });
});
