import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactCsv } from './csv.js';
import { redactJson, redactJsonLines } from './json.js';
import { redactPlainText } from './plain.js';
import type { TextInput, TextOutput } from './streams.js';
import type { RedactStats, StreamRedactOptions } from './types.js';

type Run = (input: TextInput, output: TextOutput, options?: StreamRedactOptions) => Promise<RedactStats>;
const RUNS: [string, Run][] = [
  ['text', redactPlainText],
  ['csv', redactCsv],
  ['jsonl', redactJsonLines],
  ['json', redactJson],
];

async function* chunked(data: string | Uint8Array, size: number): AsyncGenerator<string | Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.slice(i, i + size);
}

async function redact(run: Run, data: string | Uint8Array, size = 65536) {
  const parts: string[] = [];
  const stats = await run(chunked(data, size), { write: (s: string) => parts.push(s) }, { policy: { defaultOperator: { operator: 'replace' } } });
  return { text: parts.join(''), stats };
}

/** `actual` is `expected` with some spans replaced by `<TYPE>` tokens: every piece between tokens stands in order. */
function assertSameOutsideTokens(expected: string, actual: string): void {
  const pieces = actual.split(/<[A-Z_]+>/);
  assert.ok(expected.startsWith(pieces[0]), 'the start of the input was changed');
  assert.ok(expected.endsWith(pieces[pieces.length - 1]), 'the end of the input was changed');
  let from = pieces[0].length;
  for (const piece of pieces.slice(1)) {
    const at = expected.indexOf(piece, from);
    assert.ok(at >= from, `input lost between offsets ${from} and ${from + 40}`);
    from = at + piece.length;
  }
  assert.ok(pieces.length - 1 <= expected.length / 2000, `junk should hold few findings, got ${pieces.length - 1}`);
}

/** Reproducible junk: every byte value, invalid UTF-8, NULs, stray quotes and brackets. */
function junk(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let seed = 42;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = seed >> 16;
  }
  return bytes;
}

describe('hostile input', () => {
  for (const [name, run] of RUNS) {
    it(`${name}: binary junk passes through without a crash`, async () => {
      const data = junk(200_000);
      const { text } = await redact(run, data, 4099);
      // Decoding turns invalid bytes into U+FFFD; apart from replaced values (if the junk happens to hold any), nothing is lost.
      const decoded = new TextDecoder().decode(data).replace(/^\uFEFF/, '');
      // A CSV row that changes is written again with csv-stringify, so its quoting may differ: compare sizes only.
      if (name === 'csv') assert.ok(Math.abs(text.length - decoded.length) < decoded.length * 0.05, 'csv output lost data');
      else assertSameOutsideTokens(decoded, text);
    });

    it(`${name}: a 5 MB single line is redacted, values near the start, middle and end`, async () => {
      const body = 'lorem ipsum '.repeat(Math.ceil((5 << 20) / 12));
      const middle = body.length >> 1;
      const line = `13800138000 ${body.slice(0, middle)} zhangsan@example.com ${body.slice(middle)} 13900139000`;
      const data = name === 'jsonl' || name === 'json' ? JSON.stringify({ note: line }) : line;
      const { text, stats } = await redact(run, data);
      assert.ok(!text.includes('13800138000') && !text.includes('zhangsan@example.com') && !text.includes('13900139000'));
      assert.equal(text.length, data.length - (11 + 20 + 11) + '<PHONE_NUMBER>'.length * 2 + '<EMAIL_ADDRESS>'.length);
      assert.equal(stats.records, 1);
    });
  }

  it('csv: a truncated quote is redacted as text and counted, rows around it kept', async () => {
    const input = 'phone,note\n13800138000,ok\n13900139000,"never closed\nmore 13700137000\n';
    const { text, stats } = await redact(redactCsv, input);
    assert.equal(text, 'phone,note\n<PHONE_NUMBER>,ok\n<PHONE_NUMBER>,"never closed\nmore <PHONE_NUMBER>\n');
    assert.equal(stats.invalid, 2);
    assert.equal(stats.records, 3);
  });

  it('jsonl: invalid and truncated lines are redacted as text and counted', async () => {
    const input = '{"phone":"13800138000"}\n{"phone":"13900139000"\n{bad json 13700137000}\n[1,2\n{"ok":1}\n';
    const { text, stats } = await redact(redactJsonLines, input);
    assert.equal(text, '{"phone":"<PHONE_NUMBER>"}\n{"phone":"<PHONE_NUMBER>"\n{bad json <PHONE_NUMBER>}\n[1,2\n{"ok":1}\n');
    assert.deepEqual([stats.records, stats.invalid], [5, 3]);
  });

  it('json: a truncated document is redacted as text and counted', async () => {
    const { text, stats } = await redact(redactJson, '[{"phone":"13800138000"},{"phone":"13900139000"');
    assert.equal(text, '[{"phone":"<PHONE_NUMBER>"},{"phone":"<PHONE_NUMBER>"');
    assert.deepEqual([stats.records, stats.invalid], [2, 1]);
  });

  it('empty input gives empty output', async () => {
    for (const [, run] of RUNS) assert.deepEqual(await redact(run, ''), { text: '', stats: { records: 0, invalid: 0, changes: {} } });
  });
});
