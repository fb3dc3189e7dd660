import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { createDecoder, detectEncoding, type Encoding } from './encoding.js';

const TEXT = '张三 手机 13800138000，身份证 11010519491231002X, mail a@example.com\n第二行 𠀀 end';
const GBK_TEXT = TEXT.replace('𠀀 ', '');

function decodeAll(bytes: Uint8Array, encoding: Encoding, step: number): string {
  const decoder = createDecoder(encoding);
  let out = '';
  for (let i = 0; i < bytes.length; i += step) out += decoder.write(bytes.subarray(i, i + step));
  return out + decoder.end();
}

const CASES: [string, Buffer, Encoding, boolean, string][] = [
  ['UTF-8', Buffer.from(TEXT, 'utf8'), 'utf-8', false, TEXT],
  ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'utf-8', true, TEXT],
  ['UTF-16LE with BOM', iconv.encode(TEXT, 'utf-16le', { addBOM: true }), 'utf-16le', true, TEXT],
  ['UTF-16BE with BOM', iconv.encode(TEXT, 'utf-16be', { addBOM: true }), 'utf-16be', true, TEXT],
  ['GBK', iconv.encode(GBK_TEXT, 'gbk'), 'gbk', false, GBK_TEXT],
  ['GB18030 (four-byte characters)', iconv.encode(TEXT, 'gb18030'), 'gb18030', false, TEXT],
];

for (const [name, bytes, encoding, bom, text] of CASES) {
  test(`detects ${name} and decodes it, even one byte per chunk`, () => {
    const detected = detectEncoding(bytes);
    assert.deepEqual(detected, { encoding, bom, lossy: false });
    assert.equal(decodeAll(bytes, encoding, 1), text);
    assert.equal(decodeAll(bytes, encoding, 7), text);
  });
}

test('a UTF-8 prefix cut inside a character is still UTF-8', () => {
  const bytes = Buffer.from('abc张', 'utf8');
  assert.equal(detectEncoding(bytes.subarray(0, bytes.length - 1)).encoding, 'utf-8');
});

test('bytes valid in neither UTF-8 nor GB18030 are decoded as UTF-8 with replacements', () => {
  const junk = Buffer.from([0x61, 0x62, 0xff, 0x20, 0x63, 0xff, 0x0a]);
  assert.deepEqual(detectEncoding(junk), { encoding: 'utf-8', bom: false, lossy: true });
});

test('UTF-8 with one corrupt byte stays UTF-8', () => {
  const bytes = Buffer.concat([Buffer.from(TEXT.repeat(5), 'utf8'), Buffer.from([0xff]), Buffer.from(TEXT, 'utf8')]);
  assert.equal(detectEncoding(bytes).encoding, 'utf-8');
});

test('an empty file is UTF-8', () => {
  assert.deepEqual(detectEncoding(new Uint8Array()), { encoding: 'utf-8', bom: false, lossy: false });
});
