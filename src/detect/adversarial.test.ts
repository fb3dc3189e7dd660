import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { scanText } from './scan-text.js';
import type { Finding } from './types.js';

/** Findings must be in bounds, sorted, non-overlapping, and scored in [0, 1]. */
function assertWellFormed(text: string, findings: readonly Finding[]): void {
  let lastEnd = 0;
  for (const f of findings) {
    assert.ok(f.start >= lastEnd, `overlap or disorder at ${f.start}`);
    assert.ok(f.end > f.start && f.end <= text.length, `span out of bounds: ${f.start}-${f.end}`);
    assert.ok(f.score >= 0 && f.score <= 1, `score out of range: ${f.score}`);
    lastEnd = f.end;
  }
}

/** Scans in a worker and gives up after `ms`: a backtracking regex blocks its thread, so only a worker can be stopped. */
function scanWithDeadline(text: string, ms: number): Promise<Finding[]> {
  const entry = new URL('../../test/support/scan-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  const worker = new Worker(boot, { eval: true, workerData: text });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`scan did not finish within ${ms} ms`));
    }, ms);
    worker.once('message', (findings: Finding[]) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(findings);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

const SIZE = 200_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** Inputs shaped to make a backtracking regex explode: long runs of what patterns almost accept. */
const HOSTILE: Record<string, string> = {
  digits: repeat('1'),
  'digits and dashes': repeat('138-'),
  'digits and spaces': repeat('6 2'),
  'dotted numbers': repeat('1.'),
  'at signs': repeat('a@'),
  'dots after at': 'x@' + repeat('a.'),
  colons: repeat(':'),
  'hex and colons': repeat('ab:'),
  'plus and brackets': repeat('+('),
  separators: repeat('----'),
  'province chars': repeat('省'),
  'address grammar': repeat('市区路号'),
  'label runs': repeat('密码：'),
  'name labels': repeat('姓名张'),
  'capitalised words': repeat('Dear Smith '),
  'street numbers': repeat('12 Main '),
  'plate chars': repeat('京A'),
  'letters then digits': repeat('E1'),
  whitespace: repeat(' \t\n'),
  'lone surrogates': repeat('\ud800a'),
  'one long token': repeat('aZ9_'),
};

describe('hostile input', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`${name} (${text.length} chars) completes with well-formed findings`, async () => {
      assertWellFormed(text, await scanWithDeadline(text, 20_000));
    });
  }

  it('random text over an alphabet of identifier characters is scanned deterministically', () => {
    let seed = 0x9e3779b9;
    const next = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const alphabet = '0123456789X-+() .:@_/\n,，：京A省市区路号张王李姓名密码abcEF';
    for (let round = 0; round < 200; round++) {
      const length = 1 + Math.floor(next() * 400);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      const first = scanText(text);
      assertWellFormed(text, first);
      assert.deepEqual(scanText(text), first);
    }
  });
});
