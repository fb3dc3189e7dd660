import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactPlainText } from './plain.js';

async function* chunked(text: string | Uint8Array, size: number): AsyncGenerator<string | Uint8Array> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function redact(input: string | Uint8Array, size = input.length || 1) {
  const parts: string[] = [];
  const stats = await redactPlainText(chunked(input, size), { write: (s: string) => parts.push(s) }, { policy: { defaultOperator: { operator: 'replace' } } });
  return { text: parts.join(''), stats };
}

describe('redactPlainText', () => {
  const TEXT = '客户，手机 13800138000\r\n邮箱 zhangsan@example.com\r\n\r\n身份证 11010519491231002X';
  const EXPECTED = '客户，手机 <PHONE_NUMBER>\r\n邮箱 <EMAIL_ADDRESS>\r\n\r\n身份证 <CN_RESIDENT_ID>';

  it('replaces values and keeps everything else, line endings included', async () => {
    const { text, stats } = await redact(TEXT);
    assert.equal(text, EXPECTED);
    assert.equal(stats.records, 4);
    assert.equal(stats.changes.PHONE_NUMBER, 1);
  });

  it('gives the same output for any chunking, and for UTF-8 bytes split inside characters', async () => {
    const whole = (await redact(TEXT)).text;
    for (const size of [1, 3, 64]) assert.equal((await redact(TEXT, size)).text, whole);
    assert.equal((await redact(new TextEncoder().encode(TEXT), 5)).text, whole);
  });

  it('redacts a value cut by the window boundary of an over-long line, once', async () => {
    // Lines over 1 MiB are scanned in overlapping windows; put phone numbers across the first cut.
    const filler = 'x '.repeat(((1 << 20) - 8) / 2);
    const input = `${filler}13800138000 and 13900139000 ${'y '.repeat(5000)}`;
    const { text, stats } = await redact(input, 65536);
    assert.equal(text, `${filler}<PHONE_NUMBER> and <PHONE_NUMBER> ${'y '.repeat(5000)}`);
    assert.equal(stats.changes.PHONE_NUMBER, 2);
  });
});
