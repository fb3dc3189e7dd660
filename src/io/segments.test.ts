import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ownership, Segmenter, createLocator, segments, type Segment, type SegmentOptions } from './segments.js';

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(text: string, chunk: number, options: SegmentOptions): Promise<Segment[]> {
  const out: Segment[] = [];
  for await (const segment of segments(chunked(text, chunk), options)) out.push(segment);
  return out;
}

/** Every match of `pattern` across the segments, as the CLI keeps them: owned, once, with file positions. */
function matches(all: Segment[], pattern: RegExp) {
  const ownership = new Ownership();
  const found: { offset: number; line: number; column: number; value: string }[] = [];
  for (const segment of all) {
    const locate = createLocator(segment);
    for (const m of segment.text.matchAll(pattern)) {
      const start = m.index!;
      if (ownership.keep(segment, start, start + m[0].length)) found.push({ ...locate(start), value: m[0] });
    }
  }
  return found;
}

test('segments end at line ends and carry line numbers and offsets', async () => {
  const lines = Array.from({ length: 50 }, (_, i) => `line ${i + 1} id${i + 1}`);
  const text = `${lines.join('\n')}\n`;
  for (const chunk of [1, 7, 1000]) {
    const all = await collect(text, chunk, { target: 40 });
    assert.equal(all.map((s) => s.text).join(''), text);
    for (const segment of all) {
      assert.equal(text.slice(segment.offset, segment.offset + segment.text.length), segment.text);
      assert.equal(segment.column, 1);
      assert.equal(segment.line, text.slice(0, segment.offset).split('\n').length);
      assert.ok(segment.text.endsWith('\n'));
    }
    const found = matches(all, /id\d+/g);
    assert.deepEqual(found.map((f) => [f.line, f.column]), lines.map((_, i) => [i + 1, 7 + String(i + 1).length]));
  }
});

test('target 1 gives one line per segment, and the last line may lack a newline', async () => {
  const all = await collect('a\n\nb\r\nc', 2, { target: 1 });
  assert.deepEqual(all.map((s) => [s.text, s.line, s.offset]), [['a\n', 1, 0], ['\n', 2, 2], ['b\r\n', 3, 3], ['c', 4, 6]]);
});

test('a line longer than maxLine is cut into overlapping windows; a value on a cut is found once', async () => {
  const maxLine = 1000;
  const value = 'ID11010519491231002X';
  // Windows of 1000 overlap by 64: window 1 owns starts below 968, window 2 (from 936) below 1904, ...
  const starts = [0, 945, 968, 990, 1885, 1905, 2500, 4100 - value.length];
  let line = 'x'.repeat(4100);
  for (const s of starts) line = line.slice(0, s) + value + line.slice(s + value.length);
  const text = `first\n${line}\nlast ${value}\n`;
  for (const chunk of [64, 333, 10_000]) {
    const all = await collect(text, chunk, { target: 100, maxLine, overlap: 64 });
    assert.ok(all.some((s) => s.partial));
    assert.ok(Math.max(...all.map((s) => s.text.length)) <= maxLine);
    const found = matches(all, /ID\d{17}[\dX]/g);
    const expected = [...starts.map((s) => ({ offset: 6 + s, line: 2, column: s + 1, value })), { offset: 6 + 4101 + 5, line: 3, column: 6, value }];
    assert.deepEqual(found, expected);
  }
});

test('windows never split a surrogate pair', async () => {
  const text = '😀'.repeat(3000);
  const all = await collect(text, 100, { maxLine: 1001, overlap: 64 });
  for (const segment of all) {
    assert.ok(!/^[\uDC00-\uDFFF]/.test(segment.text), 'starts with a low surrogate');
    assert.ok(!/[\uD800-\uDBFF]$/.test(segment.text), 'ends with a high surrogate');
    assert.equal(text.slice(segment.offset, segment.offset + segment.text.length), segment.text);
  }
  assert.equal(matches(all, /😀/gu).length, 3000);
});

test('a start position continues the numbering of a file', () => {
  const segmenter = new Segmenter({ start: { offset: 100, line: 7, column: 5 } });
  const all = [...segmenter.push('ab\ncd'), ...segmenter.end()];
  assert.deepEqual(all.map((s) => [s.offset, s.line, s.column]), [[100, 7, 5]]);
  const locate = createLocator(all[0]);
  assert.deepEqual(locate(1), { offset: 101, line: 7, column: 6 });
  assert.deepEqual(locate(4), { offset: 104, line: 8, column: 2 });
  assert.deepEqual(locate(0), { offset: 100, line: 7, column: 5 });
});

test('memory stays bounded: a 20 MB line never makes a segment longer than maxLine', async () => {
  async function* huge() {
    for (let i = 0; i < 320; i++) yield 'y'.repeat(64 * 1024);
  }
  let longest = 0;
  let total = 0;
  for await (const segment of segments(huge())) {
    longest = Math.max(longest, segment.text.length);
    total += segment.ownTo - segment.ownFrom;
  }
  assert.equal(longest, 1024 * 1024);
  assert.equal(total, 320 * 64 * 1024);
});
