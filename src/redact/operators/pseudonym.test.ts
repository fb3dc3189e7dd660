import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactText } from '../redactor.js';
import { PseudonymVault, reversePseudonyms } from '../vault.js';
import { createOperator } from './index.js';

const KEY = 'test-pseudonym-key-0123456789';
const OTHER_KEY = 'another-pseudonym-key-987654';
const key = new TextEncoder().encode(KEY);

describe('pseudonym operator', () => {
  it('refuses to run without a key (MISSING_KEY)', () => {
    assert.throws(() => createOperator({ operator: 'pseudonym' }), { name: 'RedactError', code: 'MISSING_KEY' });
  });

  const CASES: [type: string, value: string][] = [
    ['PHONE_NUMBER', '13800138000'],
    ['PERSON', '张三'],
    ['EMAIL_ADDRESS', 'zhangsan@example.com'],
    ['custom-type', 'x'],
  ];
  for (const [type, value] of CASES) {
    it(`${type}: TYPE_<hex>, the same for the same value, different for another value or key`, () => {
      const op = createOperator({ operator: 'pseudonym' }, { key });
      const token = op.apply(value, type);
      assert.match(token, /^[A-Z][A-Z0-9_]*_[0-9a-f]{16}$/);
      assert.ok(token.startsWith(type.toUpperCase().replace(/[^A-Z0-9_]/g, '_')));
      assert.equal(op.apply(value, type), token);
      assert.notEqual(op.apply(`${value}0`, type), token);
      assert.notEqual(createOperator({ operator: 'pseudonym' }, { key: new TextEncoder().encode(OTHER_KEY) }).apply(value, type), token);
      assert.ok(!token.includes(value));
    });
  }

  it('differs from the hash operator output of the same value', () => {
    const pseudonym = createOperator({ operator: 'pseudonym' }, { key }).apply('13800138000', 'PHONE_NUMBER');
    const hash = createOperator({ operator: 'hash' }, { key }).apply('13800138000', 'PHONE_NUMBER');
    assert.ok(!pseudonym.endsWith(hash));
  });
});

describe('pseudonym vault', () => {
  const text = '张三 13800138000, 李四 13900139000, 张三 again at 13800138000';
  const findings = [
    { type: 'PERSON', start: 0, end: 2 },
    { type: 'PHONE_NUMBER', start: 3, end: 14 },
    { type: 'PERSON', start: 16, end: 18 },
    { type: 'PHONE_NUMBER', start: 19, end: 30 },
    { type: 'PERSON', start: 32, end: 34 },
    { type: 'PHONE_NUMBER', start: 44, end: 55 },
  ];

  function pseudonymise() {
    const vault = new PseudonymVault();
    const result = redactText(text, findings, { defaultOperator: { operator: 'pseudonym' }, key: KEY, vault });
    return { vault, redacted: result.text };
  }

  it('gives one token per (type, value) within a run', () => {
    const { redacted, vault } = pseudonymise();
    const tokens = redacted.match(/[A-Z_]+_[0-9a-f]{16}/g) ?? [];
    assert.equal(tokens.length, 6);
    assert.equal(tokens[0], tokens[4]);
    assert.equal(tokens[1], tokens[5]);
    assert.equal(new Set(tokens).size, 4);
    assert.equal(vault.size, 4);
    assert.ok(!redacted.includes('13800138000') && !redacted.includes('张三'));
  });

  it('is reversible with the sealed vault and the right key only', () => {
    const { redacted, vault } = pseudonymise();
    const sealed = JSON.stringify(vault.seal(KEY));
    for (const secret of ['13800138000', '13900139000', '张三', '李四']) assert.ok(!sealed.includes(secret));
    assert.equal(reversePseudonyms(redacted, sealed, KEY), text);
    assert.throws(() => reversePseudonyms(redacted, sealed, OTHER_KEY), { name: 'RedactError', code: 'VAULT_KEY_MISMATCH' });
  });

  it('detects a tampered vault and rejects what is not a vault', () => {
    const { vault } = pseudonymise();
    const sealed = vault.seal(KEY);
    const flipped = { ...sealed, data: Buffer.from(Buffer.from(sealed.data, 'base64').map((b, i) => (i === 0 ? b ^ 1 : b))).toString('base64') };
    assert.throws(() => PseudonymVault.open(flipped, KEY), { code: 'VAULT_KEY_MISMATCH' });
    assert.throws(() => PseudonymVault.open('not json', KEY), { code: 'VAULT_INVALID' });
    assert.throws(() => PseudonymVault.open('{"format":"other"}', KEY), { code: 'VAULT_INVALID' });
  });

  it('seals under a fresh salt and IV each time', () => {
    const { vault } = pseudonymise();
    const [a, b] = [vault.seal(KEY), vault.seal(KEY)];
    assert.notEqual(a.salt, b.salt);
    assert.notEqual(a.data, b.data);
  });

  it('refuses a short key (WEAK_KEY)', () => {
    assert.throws(() => redactText(text, findings, { defaultOperator: { operator: 'pseudonym' }, key: 'short' }), { code: 'WEAK_KEY' });
  });

  it('reports a collision instead of mapping one token to two values', () => {
    const vault = new PseudonymVault();
    vault.record('PHONE_NUMBER_0123456789abcdef', '13800138000');
    assert.throws(() => vault.record('PHONE_NUMBER_0123456789abcdef', '13900139000'), { code: 'PSEUDONYM_COLLISION' });
  });
});
