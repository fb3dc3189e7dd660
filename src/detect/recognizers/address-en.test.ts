import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../scan-text.js';

function found(text: string): string[] {
  return scanText(text, { types: ['ADDRESS'] }).map((f) => text.slice(f.start, f.end));
}

describe('ADDRESS (Latin script)', () => {
  const positive: [string, string[]][] = [
    ['Ship to: 1600 Pennsylvania Ave NW, Washington, DC 20500.', ['1600 Pennsylvania Ave NW, Washington, DC 20500']],
    ['She lives at 42 Maple Street, Apt 4B, and works nearby.', ['42 Maple Street, Apt 4B']],
    ['Visit 221B Baker Street, London NW1 6XE', ['221B Baker Street, London NW1 6XE']],
    ['Mail: 350 Fifth Avenue\nNew York, NY 10118', ['350 Fifth Avenue\nNew York, NY 10118']],
    ['Send it to 123 Main St. Thanks', ['123 Main St']],
    ['PO Box 1234, Springfield, IL 62701', ['PO Box 1234, Springfield, IL 62701']],
    ['12 E 42nd St, New York, NY 10017', ['12 E 42nd St, New York, NY 10017']],
    ['729 Cherry Way #46, Salt Lake City, UT 84113', ['729 Cherry Way #46, Salt Lake City, UT 84113']],
  ];
  for (const [text, expected] of positive) {
    it(`finds ${expected.join(', ')} in ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), expected));
  }

  const negative = [
    'I walked 5 miles down the road today',
    'We have 3 dogs and 2 cats',
    'Meeting at 10:30 on Main',
    'version 2 Drive letters',
    'ID12 Main Street',
  ];
  for (const text of negative) {
    it(`stays quiet on ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), []));
  }

  it('finishes quickly on hostile input', { timeout: 10000 }, () => {
    for (const unit of ['12 Main ', '1 A B C D E ', '12 Main St, ', 'PO Box ']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const started = Date.now();
      scanText(text);
      assert.ok(Date.now() - started < 5000, `${JSON.stringify(unit)} took too long`);
    }
  });
});
