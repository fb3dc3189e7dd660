import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import iconv from 'iconv-lite';
import { ZipFile as ZipWriter } from 'yazl';
import { IoError } from './errors.js';
import { openZip, openZipEntrySource, zipEntries, type ZipEntry, type ZipItem, type ZipLimits } from './zip.js';

// Archives are built with yazl (yauzl's sibling writer), then bytes are patched for what no writer produces.
type Spec = { name: string; data?: string | Uint8Array; store?: boolean } | { dir: string };

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leakhound-zip-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function build(specs: readonly Spec[]): Promise<Buffer> {
  const zip = new ZipWriter();
  const mtime = new Date(Date.UTC(2024, 0, 1));
  for (const spec of specs) {
    if ('dir' in spec) zip.addEmptyDirectory(spec.dir, { mtime });
    else zip.addBuffer(Buffer.from(spec.data ?? ''), spec.name, { compress: !spec.store, mtime });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

/** The offsets of an entry's central directory header and local header, found by its name. */
function headers(zip: Buffer, name: string): { central: number; local: number; data: number } {
  for (let at = zip.lastIndexOf(Buffer.from('PK\x05\x06')); at >= 0; at--) {
    if (zip.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = zip.readUInt16LE(at + 28);
    if (zip.subarray(at + 46, at + 46 + nameLength).toString() !== name) continue;
    const local = zip.readUInt32LE(at + 42);
    return { central: at, local, data: local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28) };
  }
  throw new Error(`no entry ${name}`);
}

async function collect(path: string, limits?: ZipLimits): Promise<ZipItem[]> {
  const items: ZipItem[] = [];
  for await (const item of zipEntries(path, limits)) items.push(item);
  return items;
}

async function content(entry: ZipEntry): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of entry.bytes()) chunks.push(chunk);
  return Buffer.concat(chunks).toString();
}

/** Every item, as `path: content` for files, `path: skipped (reason)` and `path: error (reason)`. */
async function summary(path: string, limits?: ZipLimits): Promise<string[]> {
  const lines: string[] = [];
  for await (const item of zipEntries(path, limits)) {
    if (item.kind === 'file') {
      try {
        lines.push(`${item.name}: ${await content(item)}`);
      } catch (err) {
        assert.ok(err instanceof IoError);
        lines.push(`${item.name}: failed (${err.message})`);
      }
    } else if (item.kind === 'skipped') lines.push(`${item.path}: skipped (${item.reason})`);
    else lines.push(`error ${item.error.message}`);
  }
  return lines;
}

async function openFailure(path: string): Promise<IoError> {
  try {
    await collect(path);
  } catch (err) {
    assert.ok(err instanceof IoError, `expected an IoError, got ${err}`);
    return err;
  }
  assert.fail(`${path} was read`);
}

test('reads several entries in order, stored and deflated, with sizes and display paths', async () => {
  const path = await file('several.zip', await build([
    { name: 'users.csv', data: 'id,email\n1,a@example.com\n' },
    { name: 'notes.txt', data: 'plain', store: true },
    { name: 'deep/er/log.txt', data: 'x'.repeat(100_000) },
  ]));
  const items = await collect(path);
  assert.deepEqual(items.map((i) => i.kind === 'file' && [i.name, i.path, i.size]), [
    ['users.csv', `${path}/users.csv`, 25],
    ['notes.txt', `${path}/notes.txt`, 5],
    ['deep/er/log.txt', `${path}/deep/er/log.txt`, 100_000],
  ]);
  assert.deepEqual((await summary(path)).slice(0, 2), ['users.csv: id,email\n1,a@example.com\n', 'notes.txt: plain']);
});

test('skips directory entries and reads the files inside them', async () => {
  const path = await file('dirs.zip', await build([{ dir: 'data/' }, { dir: 'data/empty/' }, { name: 'data/a.txt', data: 'A' }]));
  assert.deepEqual(await summary(path), ['data/a.txt: A']);
});

test('an empty archive has no entries', async () => {
  const path = await file('empty.zip', await build([]));
  assert.deepEqual(await collect(path), []);
});

test('a file that is not a zip archive is a clear error naming it', async () => {
  const path = await file('fake.zip', 'name,phone\nAnn,13800138000\n');
  const err = await openFailure(path);
  assert.equal(err.message, `${path}: not a zip archive, or truncated`);
  assert.ok(!err.message.includes('13800138000'));
});

test('a missing archive keeps its errno meaning', async () => {
  assert.equal((await openFailure(join(dir, 'absent.zip'))).code, 'ENOENT');
});

test('a truncated archive fails clearly at every cut, without hanging', async () => {
  const whole = await build([{ name: 'a.txt', data: 'first' }, { name: 'b.txt', data: 'second '.repeat(50) }]);
  for (const cut of [4, 40, Math.floor(whole.length / 2), whole.length - 30, whole.length - 5]) {
    const path = await file(`cut-${cut}.zip`, whole.subarray(0, cut));
    const err = await openFailure(path);
    assert.equal(err.message, `${path}: not a zip archive, or truncated`, `cut at ${cut}`);
  }
});

test('damage in the central directory: entries before it are read, then a clear error', async () => {
  const zip = await build([{ name: 'a.txt', data: 'first' }, { name: 'b.txt', data: 'second' }]);
  zip.writeUInt32LE(0xdeadbeef, headers(zip, 'b.txt').central);
  const path = await file('bad-directory.zip', zip);
  const seen: string[] = [];
  await assert.rejects(
    async () => {
      for await (const item of zipEntries(path)) if (item.kind === 'file') seen.push(`${item.name}: ${await content(item)}`);
    },
    (err) => err instanceof IoError && err.message === `${path}: corrupt zip structure` && !/0x|deadbeef/i.test(err.message),
  );
  assert.deepEqual(seen, ['a.txt: first']);
});

test('encrypted entries, unsupported methods and corrupt data are reported per entry; the others are read', async () => {
  const zip = await build([
    { name: 'secret.csv', data: 'id,password\n1,hunter2\n' },
    { name: 'bz.txt', data: 'bzip2 data' },
    { name: 'broken.txt', data: 'will be damaged '.repeat(20) },
    { name: 'ok.txt', data: 'still read' },
  ]);
  const secret = headers(zip, 'secret.csv');
  zip.writeUInt16LE(zip.readUInt16LE(secret.central + 8) | 1, secret.central + 8);
  zip.writeUInt16LE(zip.readUInt16LE(secret.local + 6) | 1, secret.local + 6);
  const bz = headers(zip, 'bz.txt');
  zip.writeUInt16LE(12, bz.central + 10);
  zip.writeUInt16LE(12, bz.local + 8);
  zip.fill(0xff, headers(zip, 'broken.txt').data, headers(zip, 'broken.txt').data + 8);
  const path = await file('mixed.zip', zip);
  assert.deepEqual(await summary(path), [
    `error ${path}/secret.csv: encrypted entry (not read)`,
    `error ${path}/bz.txt: unsupported compression method 12 (bzip2)`,
    `broken.txt: failed (${path}/broken.txt: corrupt compressed data)`,
    'ok.txt: still read',
  ]);
});

test('an entry whose data is longer than its header says fails instead of inflating on', async () => {
  const zip = await build([{ name: 'liar.txt', data: 'a'.repeat(10_000) }, { name: 'next.txt', data: 'next' }]);
  const liar = headers(zip, 'liar.txt');
  zip.writeUInt32LE(100, liar.central + 24); // declared uncompressed size
  const path = await file('liar.zip', zip);
  assert.deepEqual(await summary(path), [
    `liar.txt: failed (${path}/liar.txt: data size differs from the size in the zip header (corrupt or a zip bomb))`,
    'next.txt: next',
  ]);
});

test('entries over the size limit or the compression ratio limit are refused; the others are read', async () => {
  const path = await file('bomb.zip', await build([
    { name: 'big.txt', data: 'b'.repeat(1_600_000), store: true },
    { name: 'zeros.bin', data: new Uint8Array(1_200_000) },
    { name: 'small.txt', data: 'fine' },
  ]));
  assert.deepEqual(await summary(path, { maxEntryBytes: 1_500_000, ratioFloorBytes: 1_000_000, maxRatio: 100 }), [
    `error ${path}/big.txt: entry of 1600000 bytes exceeds the 1500000-byte limit`,
    `error ${path}/zeros.bin: compression ratio over 100:1 (a zip bomb?)`,
    'small.txt: fine',
  ]);
  assert.deepEqual((await summary(path)).map((line) => line.slice(0, line.indexOf(':'))), ['big.txt', 'zeros.bin', 'small.txt'], 'the defaults read all three');
});

test('an archive that expands too far as a whole is refused from the entry that crosses the limit', async () => {
  const zeros = new Uint8Array(600_000);
  const path = await file('overlap.zip', await build([{ name: '1.bin', data: zeros }, { name: '2.bin', data: zeros }, { name: '3.bin', data: zeros }]));
  const errors = (await collect(path, { ratioFloorBytes: 1_000_000, maxRatio: 100 })).filter((i) => i.kind === 'error');
  assert.deepEqual(errors.map((i) => i.kind === 'error' && i.error.message), [
    `${path}/2.bin: archive expands over 100:1 (overlapping entries: a zip bomb?)`,
    `${path}/3.bin: archive expands over 100:1 (overlapping entries: a zip bomb?)`,
  ]);
});

test('nested zip archives are reported as skipped, not opened', async () => {
  const inner = await build([{ name: 'inner.txt', data: 'hidden' }]);
  const path = await file('outer.zip', await build([{ name: 'x/Inner.ZIP', data: inner }, { name: 'a.txt', data: 'A' }]));
  assert.deepEqual(await summary(path), [`${path}/x/Inner.ZIP: skipped (nested zip archive (not opened))`, 'a.txt: A']);
});

test('entry names written in GBK without the UTF-8 flag are decoded as GBK', async () => {
  const zip = await build([{ name: '用户.csv', data: 'x' }]);
  const at = headers(zip, '用户.csv');
  const gbk = iconv.encode('用户ab.csv', 'gbk'); // the same byte length as the UTF-8 name
  for (const [flags, name] of [[at.central + 8, at.central + 46], [at.local + 6, at.local + 30]]) {
    zip.writeUInt16LE(zip.readUInt16LE(flags) & ~0x800, flags);
    gbk.copy(zip, name);
  }
  const path = await file('gbk.zip', zip);
  assert.deepEqual((await collect(path)).map((i) => i.kind === 'file' && i.name), ['用户ab.csv']);
});

test('openZipEntrySource decodes text entries and refuses binary ones, naming the entry', async () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 7)]);
  const gbkText = iconv.encode('姓名,手机\n张三,13800138000\n', 'gbk');
  const path = await file('kinds.zip', await build([
    { name: 'photo.png', data: png },
    { name: 'users.csv', data: gbkText },
    { name: 'utf8.txt', data: 'a@example.com\n'.repeat(10_000) },
  ]));
  const results: string[] = [];
  for await (const item of zipEntries(path)) {
    assert.equal(item.kind, 'file');
    if (item.kind !== 'file') continue;
    try {
      const source = await openZipEntrySource(item);
      let text = '';
      for await (const chunk of source.text) text += chunk;
      results.push(`${source.path} ${source.encoding} ${text.length}:${text.slice(0, 5)}`);
    } catch (err) {
      assert.ok(err instanceof IoError);
      results.push(`${err.code} ${err.message}`);
    }
  }
  assert.deepEqual(results, [
    `BINARY ${path}/photo.png: binary file (PNG image)`,
    `${path}/users.csv gbk 21:姓名,手机`,
    `${path}/utf8.txt utf-8 140000:a@exa`,
  ]);
});

test('an entry can be left half read; the next one is still read', async () => {
  const path = await file('partial.zip', await build([{ name: 'long.txt', data: 'L'.repeat(1_000_000) }, { name: 'b.txt', data: 'B' }]));
  const seen: string[] = [];
  for await (const item of zipEntries(path)) {
    if (item.kind !== 'file') continue;
    for await (const chunk of item.bytes()) {
      seen.push(`${item.name}:${Buffer.from(chunk).toString().slice(0, 1)}`);
      break;
    }
  }
  assert.deepEqual(seen, ['long.txt:L', 'b.txt:B']);
});

test('openZip reads an archive held in memory, naming it in messages', async () => {
  const zip = await openZip({ path: 'in-memory.zip', bytes: await build([{ name: 'a.txt', data: 'A' }]) });
  const names: string[] = [];
  for await (const item of zip.items()) if (item.kind === 'file') names.push(`${item.path}=${await content(item)}`);
  zip.close();
  assert.deepEqual(names, ['in-memory.zip/a.txt=A']);
  await assert.rejects(openZip({ path: 'junk.zip', bytes: Buffer.from('junk') }), { message: 'junk.zip: not a zip archive, or truncated' });
});
