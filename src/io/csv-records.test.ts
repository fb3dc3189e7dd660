import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { Rng } from '../../test/synth/index.js';
import { readCsv, sniffDelimiter, type CsvItem, type CsvOptions } from './csv-records.js';
import { createLocator } from './segments.js';

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function read(text: string, options: CsvOptions = {}, chunk = 5): Promise<CsvItem[]> {
  const out: CsvItem[] = [];
  for await (const item of readCsv(chunked(text, chunk), options)) out.push(item);
  return out;
}

function rows(items: CsvItem[]) {
  return items.flatMap((item) => (item.kind === 'row' ? [item.cells] : []));
}

/** Where character `index` of cell `cell` sits in the file. */
function where(item: CsvItem, cell: number, index: number) {
  assert.equal(item.kind, 'row');
  if (item.kind !== 'row') throw new Error('not a row');
  return createLocator(item.record)(item.cellStart(cell, index));
}

test('parses quoted cells, doubled quotes and line breaks inside quotes, with positions', async () => {
  const text = 'name,note,phone\r\nZhang,"said ""hi""",13800138000\n"Li","two\nlines",13900139000\n';
  const items = await read(text);
  assert.deepEqual(rows(items), [
    ['name', 'note', 'phone'],
    ['Zhang', 'said "hi"', '13800138000'],
    ['Li', 'two\nlines', '13900139000'],
  ]);
  assert.deepEqual(where(items[1], 2, 0), { offset: text.indexOf('13800138000'), line: 2, column: 21 });
  assert.deepEqual(where(items[1], 1, 6), { offset: text.indexOf('hi'), line: 2, column: 15 });
  assert.deepEqual(where(items[2], 2, 0), { offset: text.indexOf('13900139000'), line: 4, column: 8 });
});

test('an unclosed quote costs only the lines it swallows, which come back as text', async () => {
  const good = Array.from({ length: 5 }, (_, i) => `row${i},1380013800${i}`);
  const text = `a,b\n${good.slice(0, 2).join('\n')}\nbad,"oops\n${good.slice(2).join('\n')}\n`;
  const items = await read(text, { maxRecordLines: 2 });
  const broken = items.flatMap((item) => (item.kind === 'text' ? [item.segment.text] : []));
  assert.deepEqual(broken, ['bad,"oops\n', 'row2,13800138002\n', 'row3,13800138003\n']);
  assert.deepEqual(rows(items), [['a', 'b'], ['row0', '13800138000'], ['row1', '13800138001'], ['row4', '13800138004']]);
});

test('a quote inside an unquoted cell is kept as text (relaxed)', async () => {
  assert.deepEqual(rows(await read('a,b"c,d\n')), [['a', 'b"c', 'd']]);
});

test('an open quote at the end of the file gives its lines back as text', async () => {
  const items = await read('a,b\n1,"open\n2,3\n');
  assert.deepEqual(rows(items), [['a', 'b']]);
  assert.deepEqual(items.filter((i) => i.kind === 'text').length, 2);
});

test('a tab or semicolon delimiter is sniffed from the first line', async () => {
  assert.equal(sniffDelimiter('姓名\t手机\t邮箱'), '\t');
  assert.equal(sniffDelimiter('a;b;c'), ';');
  assert.equal(sniffDelimiter('single'), ',');
  assert.deepEqual(rows(await read('\n\nx\ty\n1\t2\n')), [['x', 'y'], ['1', '2']]);
});

test('a line longer than maxLine is text in windows, the rest still parses', async () => {
  const items = await read(`a,b\n${'z'.repeat(5000)}\n1,2\n`, { maxLine: 1000 }, 512);
  assert.deepEqual(rows(items), [['a', 'b'], ['1', '2']]);
  assert.ok(items.filter((i) => i.kind === 'text').every((i) => i.kind === 'text' && i.reason === 'long-line'));
});

test('rows with more cells than the header and empty lines are fine', async () => {
  assert.deepEqual(rows(await read('a,b\n\n1,2,3\n4\n')), [['a', 'b'], ['1', '2', '3'], ['4']]);
});

test('records without a quoted field are cut as csv-parse cuts them (random records, each delimiter)', async () => {
  const rng = new Rng(11);
  // Characters a field may hold: letters, digits, CJK, spaces, a carriage return, quotes past the field's start, and
  // the delimiters that are not the one in use.
  const alphabet = ['a', 'Z', '7', '张', '伟', ' ', '\r', '"', "'", ',', '\t', ';', '|', '@', '.', '-'];
  for (const delimiter of [',', '\t', ';', '|']) {
    const lines: string[] = [];
    for (let r = 0; r < 300; r++) {
      const fields = Array.from({ length: 1 + rng.int(6) }, () => {
        const chars = Array.from({ length: rng.int(8) }, () => alphabet[rng.int(alphabet.length)]).filter((c) => c !== delimiter);
        if (chars[0] === '"') chars[0] = 'q'; // a quote at a field's start opens a quoted field: csv-parse's other path
        return chars.join('');
      });
      const line = fields.join(delimiter);
      if (line.trim() !== '' && !line.endsWith('\r')) lines.push(line);
    }
    const expected: string[][] = parse(lines.join('\n'), { delimiter, relax_quotes: true, relax_column_count: true, record_delimiter: '\n' });
    assert.deepEqual(rows(await read(`${lines.join('\n')}\n`, { delimiter }, 97)), expected, `delimiter ${JSON.stringify(delimiter)}`);
  }
});
