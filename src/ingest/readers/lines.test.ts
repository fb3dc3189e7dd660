import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBinaryLine, MAX_LINE, splitLines } from './lines.js';

type Line = [text: string, line: number, window: boolean];

function split(text: string, chunk: number, maxLine = MAX_LINE): Line[] {
  const lines: Line[] = [];
  const parser = splitLines((t, n, w) => lines.push([t, n, w]), maxLine);
  for (let i = 0; i < text.length; i += chunk) parser.write(text.slice(i, i + chunk));
  parser.end();
  return lines;
}

const CHUNKS = [1, 2, 3, 7, 64, 100_000];

test('lines come without their line ends, numbered from 1, whatever the chunks', () => {
  const cases: [string, Line[]][] = [
    ['', []],
    ['a', [['a', 1, false]]],
    ['a\n', [['a', 1, false]]],
    ['a\nb', [['a', 1, false], ['b', 2, false]]],
    ['a\r\nb\r\n', [['a', 1, false], ['b', 2, false]]],
    ['a\r\n\r\n\nb', [['a', 1, false], ['', 2, false], ['', 3, false], ['b', 4, false]]],
    ['x\ry\r\n', [['x\ry', 1, false]]], // a lone CR is content, not a line end
    ['end\r', [['end', 1, false]]],
  ];
  for (const [text, expected] of cases) {
    for (const chunk of CHUNKS) assert.deepEqual(split(text, chunk), expected, `${JSON.stringify(text)} in chunks of ${chunk}`);
  }
});

test('a long line comes as windows cut after a space in their second half, the same for any chunking', () => {
  const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '); // 269 characters
  const text = `short\n${words}\r\nlast\n`;
  const expected = split(text, text.length, 64);
  for (const chunk of CHUNKS) assert.deepEqual(split(text, chunk, 64), expected, `chunks of ${chunk}`);
  const windows = expected.filter(([, line]) => line === 2);
  assert.ok(windows.length > 4);
  assert.ok(windows.every(([t, , w]) => w && t.length <= 64));
  assert.equal(windows.map(([t]) => t).join(''), words);
  assert.ok(windows.slice(0, -1).every(([t]) => t.endsWith(' ')), 'every cut is at a space');
  assert.deepEqual(expected[0], ['short', 1, false]);
  assert.deepEqual(expected.at(-1), ['last', 3, false]);
});

test('without a space to cut at, windows are exactly the limit long and never split a surrogate pair', () => {
  const line = `${'x'.repeat(63)}😀${'y'.repeat(100)}`;
  for (const chunk of CHUNKS) {
    const windows = split(`${line}\n`, chunk, 64);
    assert.deepEqual(windows.map(([t]) => t.length), [63, 64, 38]);
    assert.equal(windows.map(([t]) => t).join(''), line);
  }
});

test('a line just over the limit before a CRLF is cut the same whether or not the CR arrives with it', () => {
  for (const length of [63, 64, 65, 66]) {
    const text = `${'z'.repeat(length)}\r\nnext`;
    const expected = split(text, text.length, 64);
    for (const chunk of CHUNKS) assert.deepEqual(split(text, chunk, 64), expected, `length ${length}, chunks of ${chunk}`);
    assert.equal(expected.filter(([, line]) => line === 1).map(([t]) => t).join(''), 'z'.repeat(length));
  }
});

test('a huge line without a line end comes out window by window as it arrives, not at the end', () => {
  const maxLine = 1024;
  let longest = 0;
  let windows = 0;
  const parser = splitLines((t) => {
    longest = Math.max(longest, t.length);
    windows++;
  }, maxLine);
  const piece = 'a'.repeat(1000);
  for (let i = 0; i < 10_000; i++) parser.write(piece); // 10 M characters, one line
  assert.equal(windows, Math.floor((10_000_000 - 2) / maxLine)); // all but the last (up to limit + 1) characters
  parser.end();
  assert.equal(longest, maxLine);
});

test('isBinaryLine: NUL, or more than a tenth control characters or U+FFFD', () => {
  const cases: [string, boolean][] = [
    ['plain text\twith a tab', false],
    ['\x1b[31mred\x1b[0m log line', false],
    ['a\x00b', true],
    ['\x01\x02\x03abc', true],
    ['\ufffd\ufffd\ufffd\ufffdabc', true],
    ['one stray \x07 bell in a longer line of text', false],
    ['', false],
  ];
  for (const [text, expected] of cases) assert.equal(isBinaryLine(text), expected, JSON.stringify(text));
});
