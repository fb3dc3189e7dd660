import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactJson, redactJsonLines } from './json.js';
import type { TextInput, TextOutput } from './streams.js';
import type { RedactStats, StreamRedactOptions } from './types.js';

type Run = (input: TextInput, output: TextOutput, options?: StreamRedactOptions) => Promise<RedactStats>;

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** Runs whole and in 5-character chunks; both must give the same output. */
async function redact(run: Run, input: string, options: StreamRedactOptions = {}) {
  const results = [];
  for (const size of [input.length || 1, 5]) {
    const parts: string[] = [];
    const stats = await run(chunked(input, size), { write: (s: string) => parts.push(s) }, options);
    results.push({ text: parts.join(''), stats });
  }
  assert.equal(results[1].text, results[0].text, 'chunking changed the output');
  return results[0];
}

describe('redactJsonLines', () => {
  it('redacts string and number leaves in place; keys, spacing, order and other values stay', async () => {
    const input = [
      '{"name": "张三", "phone": "13800138000", "id": 7, "big": 12345678901234567890, "ok": true}',
      '{"name":"李四","contact":{"emails":["lisi@example.org"]},"phone":13900139000}',
      '',
      'not json: call 13800138000',
      '{"name":"王五","phone":null}',
    ].join('\r\n');
    const { text, stats } = await redact(redactJsonLines, input);
    assert.equal(
      text,
      [
        '{"name": "张*", "phone": "138****8000", "id": 7, "big": 12345678901234567890, "ok": true}',
        // A redacted number becomes a string.
        '{"name":"李*","contact":{"emails":["l***@example.org"]},"phone":"139****9000"}',
        '',
        'not json: call 138****8000',
        '{"name":"王*","phone":null}',
      ].join('\r\n'),
    );
    assert.deepEqual(stats, { records: 4, invalid: 1, changes: { PERSON: 3, PHONE_NUMBER: 3, EMAIL_ADDRESS: 1 } });
    for (const line of text.split('\r\n').filter((l) => l.startsWith('{'))) JSON.parse(line);
  });

  it('re-escapes replaced strings so every line stays valid JSON', async () => {
    const input = '{"note":"quote \\" and 13800138000 and \\u0041"}\n';
    const { text } = await redact(redactJsonLines, input, { policy: { defaultOperator: { operator: 'replace', template: '"{type}"\\' } } });
    assert.equal(JSON.parse(text).note, 'quote " and "PHONE_NUMBER"\\ and A');
  });

  it('uses key names as context for values', async () => {
    const input = Array.from({ length: 3 }, (_, i) => JSON.stringify({ customer: ['张三', '李四', '王五'][i], memo: 'x' })).join('\n');
    const { text } = await redact(redactJsonLines, input);
    assert.deepEqual(text.split('\n').map((l) => JSON.parse(l).customer), ['张*', '李*', '王*']);
  });
});

describe('redactJson', () => {
  it('redacts a top-level array element by element, keeping the text around elements', async () => {
    const input = '[\n  {"phone": "13800138000"} ,\n  {"email": "zhangsan@example.com", "n": 1},\n  "13900139000"\n]\n';
    const { text, stats } = await redact(redactJson, input);
    assert.equal(text, '[\n  {"phone": "138****8000"} ,\n  {"email": "z***@example.com", "n": 1},\n  "139****9000"\n]\n');
    assert.deepEqual(stats, { records: 3, invalid: 0, changes: { PHONE_NUMBER: 2, EMAIL_ADDRESS: 1 } });
  });

  it('redacts one top-level object', async () => {
    const { text } = await redact(redactJson, '{"user":{"phone":"13800138000"}}');
    assert.equal(text, '{"user":{"phone":"138****8000"}}');
  });

  it('redacts what is not a JSON document as text, and counts it', async () => {
    const { text, stats } = await redact(redactJson, 'phone 13800138000\n');
    assert.equal(text, 'phone 138****8000\n');
    assert.equal(stats.invalid, 1);
  });
});
