import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { IoError } from './errors.js';
import { openSource, type TextSource } from './source.js';

const TEXT = '客户 张三 手机 13800138000\n身份证 11010519491231002X\n'.repeat(5000);
let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leakhound-source-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readAll(source: TextSource): Promise<string> {
  let text = '';
  for await (const chunk of source.text) text += chunk;
  return text;
}

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function failure(path: string): Promise<IoError> {
  try {
    await readAll(await openSource(path));
  } catch (err) {
    assert.ok(err instanceof IoError, `expected an IoError, got ${err}`);
    return err;
  }
  assert.fail(`${path} was read`);
}

const ENCODED: [string, Uint8Array, string][] = [
  ['utf8.txt', Buffer.from(TEXT), 'utf-8'],
  ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'utf-8'],
  ['le.txt', iconv.encode(TEXT, 'utf-16le', { addBOM: true }), 'utf-16le'],
  ['be.txt', iconv.encode(TEXT, 'utf-16be', { addBOM: true }), 'utf-16be'],
  ['gbk.txt', iconv.encode(TEXT, 'gbk'), 'gbk'],
  ['gb18030.txt', iconv.encode(`𠀀${TEXT}`, 'gb18030'), 'gb18030'],
  ['data.txt.gz', gzipSync(iconv.encode(TEXT, 'gbk')), 'gbk'],
];

for (const [name, bytes, encoding] of ENCODED) {
  test(`reads ${name} as ${encoding}`, async () => {
    const source = await openSource(await file(name, bytes));
    assert.equal(source.encoding, encoding);
    assert.equal(source.compressed, name.endsWith('.gz'));
    assert.equal(source.name, join(dir, name.replace(/\.gz$/, '')));
    const text = await readAll(source);
    assert.equal(text, encoding === 'gb18030' ? `𠀀${TEXT}` : TEXT);
  });
}

test('counts the bytes read from disk (compressed size for gzip)', async () => {
  const bytes = gzipSync(Buffer.from(TEXT));
  let read = 0;
  await readAll(await openSource(await file('count.gz', bytes), { onBytes: (n) => (read += n) }));
  assert.equal(read, bytes.length);
});

test('binary files are refused with the reason', async () => {
  const png = await failure(await file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])));
  assert.equal(png.code, 'BINARY');
  assert.match(png.message, /image\.txt: binary file \(PNG image\)/);
  const zipped = await failure(await file('nested.zip.gz', gzipSync(Buffer.from('PK\u0003\u0004 inside'))));
  assert.equal(zipped.code, 'BINARY');
});

test('a corrupt or truncated gzip names the file and never its content', async () => {
  const whole = gzipSync(Buffer.from(TEXT));
  const truncated = await failure(await file('truncated.gz', whole.subarray(0, whole.length >> 1)));
  assert.equal(truncated.code, 'BAD_GZIP');
  assert.match(truncated.message, /truncated\.gz: corrupt gzip data/);
  const garbage = Buffer.from(whole);
  garbage.fill(0x41, 20, 400);
  const corrupt = await failure(await file('corrupt.gz', garbage));
  assert.equal(corrupt.code, 'BAD_GZIP');
  const fake = await failure(await file('plain.gz', 'not gzip 13800138000'));
  assert.equal(fake.code, 'BAD_GZIP');
  for (const err of [truncated, corrupt, fake]) assert.doesNotMatch(err.message, /13800138000|张三/);
});

test('missing files, directories, dangling links and paths through a file are clear errors', async () => {
  assert.equal((await failure(join(dir, 'missing.txt'))).code, 'ENOENT');
  await mkdir(join(dir, 'sub'), { recursive: true });
  assert.equal((await failure(join(dir, 'sub'))).code, 'EISDIR');
  await symlink(join(dir, 'nowhere'), join(dir, 'dangling'));
  assert.equal((await failure(join(dir, 'dangling'))).code, 'ENOENT');
  const plain = await file('plain.txt', 'x');
  const through = await failure(join(plain, 'child'));
  assert.equal(through.code, 'ENOTDIR');
  assert.match(through.message, /plain\.txt\/child: not a directory/);
});

test('- reads the given stdin', async () => {
  async function* stdin() {
    yield Buffer.from('hello ');
    yield iconv.encode('世界', 'utf8');
  }
  const source = await openSource('-', { stdin: stdin() });
  assert.equal(await readAll(source), 'hello 世界');
});

test('an empty file is empty UTF-8 text', async () => {
  const source = await openSource(await file('empty.txt', ''));
  assert.equal(source.encoding, 'utf-8');
  assert.equal(await readAll(source), '');
});
