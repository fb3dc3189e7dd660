import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { createOperator } from './index.js';

const KEY_A = new TextEncoder().encode('test-key-A-0123456789abcdef');
const KEY_B = new TextEncoder().encode('test-key-B-0123456789abcdef');
const VALUES = ['13800138000', '11010519491231002X', 'zhangsan@example.com'];

describe('hash operator', () => {
  it('refuses to run without a key (MISSING_KEY): an unkeyed hash of a phone number is reversible', () => {
    assert.throws(() => createOperator({ operator: 'hash' }), { name: 'RedactError', code: 'MISSING_KEY' });
  });

  for (const value of VALUES) {
    it(`is HMAC-SHA256 under the key, truncated to 16 hex characters: ${value}`, () => {
      const hash = createOperator({ operator: 'hash' }, { key: KEY_A });
      const out = hash.apply(value, 'PHONE_NUMBER');
      assert.match(out, /^[0-9a-f]{16}$/);
      assert.equal(out, createHmac('sha256', KEY_A).update(value).digest('hex').slice(0, 16));
      assert.notEqual(out, createHash('sha256').update(value).digest('hex').slice(0, 16), 'not a plain SHA-256');
      assert.equal(hash.apply(value, 'PHONE_NUMBER'), out, 'same key, same value: same output');
      assert.notEqual(createOperator({ operator: 'hash' }, { key: KEY_B }).apply(value, 'PHONE_NUMBER'), out, 'another key: another output');
    });
  }

  it('gives different outputs for different values', () => {
    const hash = createOperator({ operator: 'hash' }, { key: KEY_A });
    assert.equal(new Set(VALUES.map((v) => hash.apply(v, 'X'))).size, VALUES.length);
  });

  const LENGTHS: [length: number, ok: boolean][] = [[8, true], [40, true], [64, true], [7, false], [65, false], [12.5, false]];
  for (const [length, ok] of LENGTHS) {
    it(`length ${length} is ${ok ? 'accepted' : 'refused with INVALID_CONFIG'}`, () => {
      if (!ok) return assert.throws(() => createOperator({ operator: 'hash', length }, { key: KEY_A }), { code: 'INVALID_CONFIG' });
      assert.equal(createOperator({ operator: 'hash', length }, { key: KEY_A }).apply('13800138000', 'PHONE_NUMBER').length, length);
    });
  }
});
