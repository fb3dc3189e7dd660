import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../scan-text.js';

function found(text: string, minScore?: number): string[] {
  return scanText(text, { types: ['PASSPORT'], minScore }).map((f) => text.slice(f.start, f.end));
}

describe('PASSPORT', () => {
  const positive: [string, string[]][] = [
    ['护照号码：E12345678', ['E12345678']],
    ['护照号 EA1234567。', ['EA1234567']],
    ['passport G12345678', ['G12345678']],
    ['Passport No. D1234567', ['D1234567']],
    ['passport number: 531234567', ['531234567']],
    ['UK passport GB1234567', ['GB1234567']],
    ['护照(P12345678)', ['P12345678']],
    ['编号：416007487。经查，曾持护照E78177772出境', ['E78177772']],
    ['护照 Z1234567，QQ：123456789', ['Z1234567']], // the label served the first value, not the QQ number
  ];
  for (const [text, values] of positive) {
    it(`finds ${values.join(', ')} in "${text}"`, () => assert.deepEqual(found(text), values));
  }

  const negative = [
    'E12345678', // PRC form without context: below the default threshold
    'EI1234567',
    '订单 E12345678901',
    'model XE12345678',
    'passport E1234',
    'passport photo size 35x45',
    'passport expires 20231105',
    'order 531234567',
    'passport e12345678',
    '编号：416007487。经查，曾持护照',
  ];
  for (const text of negative) {
    it(`stays quiet on "${text}"`, () => assert.deepEqual(found(text), []));
  }

  it('keeps PRC forms without context below the default threshold', () => {
    const [finding] = scanText('E12345678', { types: ['PASSPORT'], minScore: 0 });
    assert.ok(finding.score > 0 && finding.score < 0.5);
  });
});
