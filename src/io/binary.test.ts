import assert from 'node:assert/strict';
import { test } from 'node:test';
import { binaryKind } from './binary.js';

const CASES: [string, Uint8Array, string | null][] = [
  ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'PNG image'],
  ['ZIP', Buffer.from('PK\u0003\u0004rest', 'latin1'), 'ZIP archive'],
  ['ELF', Buffer.from('\u007fELF\u0002\u0001', 'latin1'), 'ELF executable'],
  ['PDF', Buffer.from('%PDF-1.7\n%text-like header'), 'PDF document'],
  ['NUL bytes', Buffer.from('hello\u0000world'), 'NUL bytes'],
  ['control characters', Buffer.from('\u0001\u0002\u0003\u0004abc'), 'control characters'],
  ['ASCII text', Buffer.from('name,phone\nZhang,13800138000\n'), null],
  ['Chinese UTF-8 text', Buffer.from('张三的手机号码是13800138000\t\r\n'), null],
  ['ANSI colours in a log', Buffer.from('\u001b[31merror\u001b[0m plain text here\n'), null],
  ['empty', new Uint8Array(), null],
  ['a dump with one line of NUL junk', Buffer.from(`${'name,phone\nZhang,13800138000\n'.repeat(20)}bad\u0000line\n`), null],
];

for (const [name, bytes, expected] of CASES) {
  test(`binaryKind: ${name}`, () => assert.equal(binaryKind(bytes), expected));
}

test('only the first 8 KB count', () => {
  const bytes = Buffer.concat([Buffer.alloc(9000, 'a'), Buffer.from([0])]);
  assert.equal(binaryKind(bytes), null);
});
