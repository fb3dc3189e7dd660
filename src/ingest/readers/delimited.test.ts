import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readWith, type Call } from '../../../test/support/recording-sink.js';
import { createDelimitedParser, type DelimitedOptions } from './delimited.js';

const HEADERISH = /^[a-z_]+$/;

function read(text: string, chunk?: number, options: Partial<DelimitedOptions> = {}): Call[] {
  const isHeader = (cells: readonly string[]) => cells.every((cell) => HEADERISH.test(cell));
  return readWith((sink) => createDelimitedParser(sink, { name: 't', isHeader, ...options }), text, chunk);
}

const rows = (calls: Call[]) => calls.filter((c) => c[0] === 'row').map((c) => [c[1], c[2]]);
const skips = (calls: Call[]) => calls.filter((c) => c[0] === 'skip').map((c) => [c[1], c[2]]);

describe('delimited reader', () => {
  const cases: [string, string, unknown[][], unknown[][]][] = [
    ['header and rows', 'name,phone\na,1\nb,2\n', [[['a', '1'], 2], [['b', '2'], 3]], []],
    ['CRLF and no final newline', 'name,phone\r\na,1\r\nb,2', [[['a', '1'], 2], [['b', '2'], 3]], []],
    ['quoted delimiters, quotes and newlines', 'name,note\n"x, y","say ""hi""\nthere"\nz,w\n', [[['x, y', 'say "hi"\nthere'], 2], [['z', 'w'], 4]], []],
    ['tab, semicolon and pipe are sniffed', 'a\tb\n1\t2\n', [[['1', '2'], 2]], []],
    ['blank lines are ignored', 'a;b\n\n1;2\n\n', [[['1', '2'], 3]], []],
    ['a trailing delimiter is not a field', 'a|b\n1|2|\n', [[['1', '2'], 2]], []],
    ['wrong field counts are skipped with their line', 'a,b\n1,2\n3\n4,5,6\n7,8\n', [[['1', '2'], 2], [['7', '8'], 5]], [[3, 'expected 2 fields, found 1'], [4, 'expected 2 fields, found 3']]],
    ['a NUL byte skips its line only', 'a,b\n1,\u00002\n3,4\n', [[['3', '4'], 3]], [[2, 'binary data']]],
    ['an unclosed quote skips its line and reading goes on', 'a,b\n"1,2\n3,4\n', [[['3', '4'], 3]], [[2, 'unclosed quote']]],
    ['text after a closing quote is kept', 'a,b\n"x"y,2\n', [[['xy', '2'], 2]], []],
    ['no header: every line is a row', '1,2\n3,4\n', [[['1', '2'], 1], [['3', '4'], 2]], []],
  ];
  for (const [name, text, expectedRows, expectedSkips] of cases) {
    it(name, () => {
      for (const chunk of [undefined, 1, 2, 3, 7, 64]) {
        const calls = read(text, chunk);
        assert.deepEqual(rows(calls), expectedRows, `chunk ${chunk}`);
        assert.deepEqual(skips(calls), expectedSkips, `chunk ${chunk}`);
      }
    });
  }

  it('announces the table once, with the header or null', () => {
    assert.deepEqual(read('name,phone\na,1\n').filter((c) => c[0] === 'table'), [['table', 't', ['name', 'phone']]]);
    assert.deepEqual(read('1,2\n').filter((c) => c[0] === 'table'), [['table', 't', null]]);
    assert.deepEqual(read('').filter((c) => c[0] === 'table'), [['table', 't', null]]);
  });

  it('cut at any point, it never throws and the rows before the cut come out intact', () => {
    const text = 'name,note\na,"x\ny"\nb,"q ""r"""\nc,d\n';
    const whole = rows(read(text));
    for (let cut = 0; cut <= text.length; cut++) {
      const part = rows(read(text.slice(0, cut)));
      const complete = part.filter((row) => whole.some((w) => JSON.stringify(w) === JSON.stringify(row)));
      assert.deepEqual(complete, whole.slice(0, complete.length), `cut at ${cut}`);
    }
  });

  it('bounds hostile input: a quote that never closes, a huge line, a long run of quotes', () => {
    const open = `a,b\n"${'x,'.repeat(300_000)}\n1,2\n`;
    const calls = read(open, 65536, { maxRecord: 64 * 1024 });
    assert.deepEqual(rows(calls), [[['1', '2'], 3]]);
    const huge = `a,b\n${'y'.repeat(2_000_000)}\n3,4\n`;
    const hugeCalls = read(huge, 65536, { maxRecord: 1024 * 1024 });
    assert.deepEqual(skips(hugeCalls), [[2, 'line too long']]);
    assert.deepEqual(rows(hugeCalls), [[['3', '4'], 3]]);
    const quotes = `a,b\n${'"'.repeat(100_001)}\n5,6\n`;
    assert.deepEqual(rows(read(quotes, 4096)).at(-1), [['5', '6'], 3]);
  });

  it('a record spanning more lines than allowed is broken quoting, resynchronised at the next line', () => {
    const text = `a,b\n"${'\n'.repeat(150)}\n`;
    const calls = read(text, undefined, { maxRecordLines: 100 });
    assert.deepEqual(skips(calls)[0], [2, 'unclosed quote']);
  });

  it('skip reasons never quote the content', () => {
    const secret = '13800138000';
    const calls = read(`a,b\n${secret}\n"${secret},\n${secret}\u0000,x\n`);
    for (const [, reason] of skips(calls)) assert.ok(!String(reason).includes(secret));
  });

  it('with a known width (a chunk of a file read elsewhere) it neither looks for a header nor announces a table', () => {
    const calls = read('name,phone\na,1\n', undefined, { width: 2, delimiter: ',' });
    assert.deepEqual(calls.filter((c) => c[0] === 'table'), []);
    assert.deepEqual(rows(calls), [[['name', 'phone'], 1], [['a', '1'], 2]]);
  });
});
