import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_LINE } from './lines.js';
import { createPlainTextParser } from './plain-text.js';
import { readWith, type Call } from '../../../test/support/recording-sink.js';

function read(text: string, chunk = Math.max(text.length, 1)): Call[] {
  return readWith((sink) => createPlainTextParser(sink), text, chunk);
}

/** Synthetic notes: example.com addresses and 138 numbers, blank lines, a binary line. */
function notes(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 7 === 3) lines.push('');
    else if (i % 11 === 5) lines.push('\x00\x01PK\x03\x04\x00\x00binary');
    else lines.push(`客户 ${i}: user${i}@example.com, 电话 138${String(i * 7919).padStart(8, '0')}`);
  }
  return lines.join(count % 2 ? '\r\n' : '\n');
}

test('each non-blank line is text at its line number; binary lines are skipped', () => {
  const text = 'first line\r\n\r\n   \n\tsecond: user1@example.com\n\x00\x00\x00junk\nlast line without end';
  assert.deepEqual(read(text), [
    ['text', 'first line', 1],
    ['text', '\tsecond: user1@example.com', 4],
    ['skip', 5, 'binary content'],
    ['text', 'last line without end', 6],
  ]);
});

test('the same calls for any chunking', () => {
  for (const text of [notes(300), notes(301)]) {
    const expected = read(text);
    assert.ok(expected.length > 200);
    for (const chunk of [1, 2, 3, 7, 64]) assert.deepEqual(read(text, chunk), expected, `chunks of ${chunk}`);
  }
});

test('a file cut anywhere: no throw, and every line before the cut comes out as in the whole file', () => {
  const text = notes(30);
  const whole = read(text);
  for (let cut = 0; cut <= text.length; cut++) {
    const part = text.slice(0, cut);
    const cutLine = part.split('\n').length;
    const before = (calls: Call[]) => calls.filter((c) => ((c[0] === 'skip' ? c[1] : c[2]) as number) < cutLine);
    assert.deepEqual(before(read(part, 4)), before(whole), `cut at ${cut}`);
  }
});

test('a huge line comes as windows of at most 64 Ki cut at spaces, all at its line, the same for any chunking', () => {
  const words: string[] = [];
  for (let i = 0; words.join(' ').length < 3 * MAX_LINE; i++) words.push(`w${i} user${i}@example.com`);
  const huge = words.join(' ');
  const text = `before\n${huge}\nafter\n`;
  const expected = read(text);
  const windows = expected.filter((c) => c[2] === 2);
  assert.ok(windows.length >= 3);
  assert.ok(windows.every((c) => c[0] === 'text' && (c[1] as string).length <= MAX_LINE));
  assert.equal(windows.map((c) => c[1]).join(''), huge, 'nothing lost or repeated');
  assert.ok(windows.slice(0, -1).every((c) => (c[1] as string).endsWith(' ')), 'no word cut in two');
  assert.deepEqual(expected.at(-1), ['text', 'after', 3]);
  for (const chunk of [7, 1000, 65_537]) assert.deepEqual(read(text, chunk), expected, `chunks of ${chunk}`);
});

test('hostile input: no throw, and the only skip reason is a fixed phrase', () => {
  let seed = 5;
  const alphabet = 'ab \t\r\n\x00\x01\x7f\ufffd😀\ud800';
  let text = '';
  for (let i = 0; i < 100_000; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    text += alphabet[(seed >>> 8) % alphabet.length];
  }
  const calls = read(text, 777);
  const reasons = new Set(calls.filter((c) => c[0] === 'skip').map((c) => c[2]));
  assert.deepEqual([...reasons], ['binary content']);
  assert.ok(calls.some((c) => c[0] === 'text'));
});
