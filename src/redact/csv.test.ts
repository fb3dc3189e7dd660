import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { redactCsv, type CsvRedactOptions } from './csv.js';

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** Runs whole and in 7-character chunks; both must give the same output. */
async function redact(input: string, options: CsvRedactOptions = {}) {
  const results = [];
  for (const size of [input.length || 1, 7]) {
    const parts: string[] = [];
    const stats = await redactCsv(chunked(input, size), { write: (s: string) => parts.push(s) }, options);
    results.push({ text: parts.join(''), stats });
  }
  assert.equal(results[1].text, results[0].text, 'chunking changed the output');
  return results[0];
}

const shape = (csv: string, delimiter = ',') => (parse(csv, { delimiter, relax_column_count: true }) as string[][]).map((row) => row.length);

describe('redactCsv', () => {
  it('keeps header, rows, columns, quoting and CRLF; masks by column', async () => {
    const input = [
      'name,phone,email,note',
      '张三,13800138000,zhangsan@example.com,"likes tea, not coffee"',
      '李四,"+86 138-0013-8000",lisi@example.org,"two',
      'lines"',
      ',n/a,none,ok',
      '',
    ].join('\r\n');
    const { text, stats } = await redact(input);
    assert.equal(
      text,
      [
        'name,phone,email,note',
        '张*,138****8000,z***@example.com,"likes tea, not coffee"',
        '李*,"+86 138-****-8000",l***@example.org,"two',
        'lines"',
        ',n/a,none,ok',
        '',
      ].join('\r\n'),
    );
    assert.deepEqual(shape(text), shape(input));
    assert.deepEqual(stats, { records: 3, invalid: 0, changes: { PERSON: 2, PHONE_NUMBER: 2, EMAIL_ADDRESS: 2 } });
  });

  it('handles TSV and keeps a last line without a line break', async () => {
    const input = 'id\tphone\n1\t13800138000\n2\t13900139000';
    const { text } = await redact(input, { delimiter: '\t' });
    assert.equal(text, 'id\tphone\n1\t138****8000\n2\t139****9000');
  });

  it('finds the delimiter itself (semicolon) and keeps it', async () => {
    const { text } = await redact('phone;email\n13800138000;zhangsan@example.com\n');
    assert.equal(text, 'phone;email\n138****8000;z***@example.com\n');
  });

  it('treats a first row holding personal information as data', async () => {
    const input = '13800138000,zhangsan@example.com\n13900139000,lisi@example.org\n';
    const { text, stats } = await redact(input);
    assert.equal(text, '138****8000,z***@example.com\n139****9000,l***@example.org\n');
    assert.equal(stats.records, 2);
  });

  it('leaves a forced header untouched and redacts a first row declared as data', async () => {
    const input = 'contact 13800138000,x\n13900139000,y\n';
    assert.equal((await redact(input, { header: true })).text, 'contact 13800138000,x\n139****9000,y\n');
    assert.equal((await redact('name,x\n13900139000,y\n', { header: false })).text, 'name,x\n139****9000,y\n');
  });

  it('copies rows without findings byte for byte, and quotes a redacted field only where it was or must be', async () => {
    const input = 'phone,note\n"13800138000",  spaced  ,extra\n13900139000,"say ""hi"""\nnone, "x" \n';
    const { text } = await redact(input, { policy: { defaultOperator: { operator: 'replace', template: '<{type}, removed>' } } });
    assert.equal(text, 'phone,note\n"<PHONE_NUMBER, removed>",  spaced  ,extra\n"<PHONE_NUMBER, removed>","say ""hi"""\nnone, "x" \n');
  });

  it('uses the policy per type', async () => {
    const input = 'phone,email\n13800138000,zhangsan@example.com\n';
    const { text } = await redact(input, { policy: { defaultOperator: { operator: 'remove' }, operators: { EMAIL_ADDRESS: { operator: 'replace' } } } });
    assert.equal(text, 'phone,email\n,<EMAIL_ADDRESS>\n');
  });
});
