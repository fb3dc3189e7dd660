import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../detect/index.js';
import { createRedactor, redactText } from './redactor.js';
import type { RedactPolicy, Span } from './types.js';

const TEXT = '手机 13800138000，邮箱 zhangsan@example.com。';
const FINDINGS: Span[] = [
  { type: 'PHONE_NUMBER', start: 3, end: 14 },
  { type: 'EMAIL_ADDRESS', start: 18, end: 38 },
];

describe('redactText', () => {
  const CASES: [name: string, policy: RedactPolicy, expected: string][] = [
    ['mask by default', {}, '手机 138****8000，邮箱 z***@example.com。'],
    ['replace', { defaultOperator: { operator: 'replace' } }, '手机 <PHONE_NUMBER>，邮箱 <EMAIL_ADDRESS>。'],
    ['replace with a template', { defaultOperator: { operator: 'replace', template: '[{type} removed]' } }, '手机 [PHONE_NUMBER removed]，邮箱 [EMAIL_ADDRESS removed]。'],
    ['remove', { defaultOperator: { operator: 'remove' } }, '手机 ，邮箱 。'],
    ['per-type override', { defaultOperator: { operator: 'remove' }, operators: { EMAIL_ADDRESS: { operator: 'mask' } } }, '手机 ，邮箱 z***@example.com。'],
  ];
  for (const [name, policy, expected] of CASES) {
    it(name, () => assert.equal(redactText(TEXT, FINDINGS, policy).text, expected));
  }

  it('lists changes with original offsets and operator, never values', () => {
    const { changes } = redactText(TEXT, [...FINDINGS].reverse(), { operators: { PHONE_NUMBER: { operator: 'replace' } } });
    assert.deepEqual(changes, [
      { type: 'PHONE_NUMBER', start: 3, end: 14, operator: 'replace' },
      { type: 'EMAIL_ADDRESS', start: 18, end: 38, operator: 'mask' },
    ]);
    assert.ok(!JSON.stringify(changes).includes('13800138000'));
  });

  it('merges overlapping findings so no part of either stays readable', () => {
    const { text, changes } = redactText('id 11010519491231002X.', [
      { type: 'CN_RESIDENT_ID', start: 3, end: 21 },
      { type: 'PHONE_NUMBER', start: 10, end: 21 },
    ], { defaultOperator: { operator: 'replace' } });
    assert.equal(text, 'id <CN_RESIDENT_ID>.');
    assert.equal(changes.length, 1);
  });

  it('returns the text unchanged without findings', () => {
    assert.deepEqual(redactText(TEXT, []), { text: TEXT, changes: [] });
  });

  it('rejects spans that do not fit the text (INVALID_FINDING)', () => {
    for (const span of [
      { type: 'X', start: -1, end: 2 },
      { type: 'X', start: 2, end: 2 },
      { type: 'X', start: 0, end: TEXT.length + 1 },
      { type: 'X', start: 0.5, end: 2 },
    ]) {
      assert.throws(() => redactText(TEXT, [span]), { name: 'RedactError', code: 'INVALID_FINDING' });
    }
  });

  it('checks the policy before touching text: keyed operators need a key of 16 bytes or more', () => {
    assert.throws(() => createRedactor({ operators: { PHONE_NUMBER: { operator: 'hash' } } }), { code: 'MISSING_KEY' });
    assert.throws(() => createRedactor({ defaultOperator: { operator: 'hash' }, key: 'too short' }), { code: 'WEAK_KEY' });
    assert.throws(() => createRedactor({ defaultOperator: { operator: 'blur' } as never }), { code: 'INVALID_CONFIG' });
  });

  it('redacts what the detection engine finds', () => {
    const text = '联系人手机 13800138000，身份证号 11010519491231002X，邮箱 zhangsan@example.com';
    assert.equal(redactText(text, scanText(text)).text, '联系人手机 138****8000，身份证号 110105********002X，邮箱 z***@example.com');
  });
});
