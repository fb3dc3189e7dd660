import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readJson } from './json-array.js';
import { readJsonLines, type JsonItem } from './json-lines.js';

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function all(items: AsyncIterable<JsonItem>): Promise<JsonItem[]> {
  const out: JsonItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function summary(items: JsonItem[]) {
  return items.map((item) =>
    item.kind === 'value'
      ? ['value', item.value, item.raw.line, item.raw.column, item.raw.offset]
      : item.kind === 'invalid'
        ? ['invalid', item.raw.text, item.raw.line]
        : ['text', item.reason, item.segment.line],
  );
}

test('JSON lines: values with their line; invalid lines reported, blank lines skipped', async () => {
  const text = '{"a":1}\n\nnot json\n{"b":"x"}\n';
  assert.deepEqual(summary(await all(readJsonLines(chunked(text, 3)))), [
    ['value', { a: 1 }, 1, 1, 0],
    ['invalid', 'not json\n', 3],
    ['value', { b: 'x' }, 4, 1, 18],
  ]);
});

test('a JSON array streams element by element with positions, whatever the chunking', async () => {
  const text = ' [\n  {"phone": "13800138000", "s": "a,]}\\"["},\n  [1, 2],\n  "x" , 7 ,\n  {"bad": }\n]\n';
  for (const size of [1, 4, 1000]) {
    assert.deepEqual(summary(await all(readJson(chunked(text, size)))), [
      ['value', { phone: '13800138000', s: 'a,]}"[' }, 2, 3, 5],
      ['value', [1, 2], 3, 3, text.indexOf('[1, 2]')],
      ['value', 'x', 4, 3, text.indexOf('"x"')],
      ['value', 7, 4, 9, text.indexOf('7')],
      ['invalid', '{"bad": }', 5],
    ]);
  }
});

test('a top-level object is one value', async () => {
  assert.deepEqual(summary(await all(readJson(chunked('{"users":[{"a":1}]}\n', 4)))), [['value', { users: [{ a: 1 }] }, 1, 1, 0]]);
});

test('something that is not JSON, and data after the array, come out as text', async () => {
  assert.deepEqual(summary(await all(readJson(chunked('\n  hello 13800138000\n', 4)))), [['text', 'not-json', 2]]);
  assert.deepEqual(summary(await all(readJson(chunked('[1]\ntrailing', 4)))), [['value', 1, 1, 2, 1], ['text', 'trailing', 2]]);
});

test('an element larger than maxElement turns the rest of the file into text', async () => {
  const text = `[{"a":1},\n{"big":"${'x'.repeat(300)}"},{"c":3}]`;
  const items = await all(readJson(chunked(text, 50), { maxElement: 100 }));
  assert.deepEqual(summary(items).slice(0, 1), [['value', { a: 1 }, 1, 2, 1]]);
  const texts = items.filter((i) => i.kind === 'text');
  assert.ok(texts.length > 0 && texts.every((i) => i.kind === 'text' && i.reason === 'too-large'));
  assert.equal(texts.map((i) => (i.kind === 'text' ? i.segment.text : '')).join(''), text.slice(text.indexOf('{"big"')));
  assert.equal(texts[0].kind === 'text' && texts[0].segment.offset, text.indexOf('{"big"'));
});
