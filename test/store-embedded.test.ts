import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { KIND_CODES } from '../src/identity/kinds.js';
import { EmbeddedStore, STORE_FILE } from '../src/store/embedded/store.js';
import { StoreError } from '../src/store/types.js';
import { storeConformance } from './store-conformance.js';

const FINGERPRINT = '0123456789abcdef';
const root = mkdtempSync(join(tmpdir(), 'leakhound-store-'));
after(() => rmSync(root, { recursive: true, force: true }));

let stores = 0;
function freshDir(): string {
  return join(root, `store-${stores++}`);
}

storeConformance('embedded', async (dir) => new EmbeddedStore(dir ?? freshDir(), FINGERPRINT));

function isStoreError(code: StoreError['code']): (err: unknown) => boolean {
  return (err) => err instanceof StoreError && err.code === code;
}

/** Random keys whose first byte is fixed, packed as the writer takes them. */
function crowdedKeys(count: number, firstByte: number): Uint8Array {
  const keys = randomBytes(count * 16);
  for (let i = 0; i < count; i++) keys[i * 16] = firstByte;
  return keys;
}

function lookupKeys(packed: Uint8Array, count: number) {
  return Array.from({ length: count }, (_, i) => ({ kind: 'email' as const, key: packed.subarray(i * 16, i * 16 + 16) }));
}

describe('EmbeddedStore', () => {
  it('makes its folder private and keeps one SQLite file in it', async () => {
    const dir = join(freshDir(), 'nested', 'data');
    const store = new EmbeddedStore(dir, FINGERPRINT);
    await store.close();
    assert.equal(statSync(dir).mode & 0o077, 0);
    assert.ok(existsSync(join(dir, STORE_FILE)));
    assert.equal(store.backend, 'embedded');
  });

  it('refuses to open a store made with another key (KEY_MISMATCH) and still opens with the right one', async () => {
    const dir = freshDir();
    const store = new EmbeddedStore(dir, FINGERPRINT);
    await store.saveBreach({ name: 'Kept', date: null, sector: 'other', description: '', flags: [] });
    await store.close();
    assert.throws(() => new EmbeddedStore(dir, 'fedcba9876543210'), isStoreError('KEY_MISMATCH'));
    const again = new EmbeddedStore(dir, FINGERPRINT);
    assert.equal((await again.breaches()).length, 1);
    await again.close();
  });

  it('refuses a store of an unknown format version (SCHEMA)', async () => {
    const dir = freshDir();
    await new EmbeddedStore(dir, FINGERPRINT).close();
    const db = new Database(join(dir, STORE_FILE));
    db.prepare("UPDATE meta SET value = '99' WHERE key = 'schema_version'").run();
    db.close();
    assert.throws(() => new EmbeddedStore(dir, FINGERPRINT), isStoreError('SCHEMA'));
  });

  const corruptions: [string, () => Buffer][] = [
    ['random bytes', () => randomBytes(64 * 1024)],
    ['an SQLite header followed by random bytes', () => Buffer.concat([Buffer.from('SQLite format 3\0'), randomBytes(8192)])],
    ['a text file', () => Buffer.from('name,phone\nZhang San,13800138000\n'.repeat(200))],
  ];
  for (const [what, bytes] of corruptions) {
    it(`gives StoreError BAD_STORE naming the file for ${what} in ${STORE_FILE}, not a crash`, () => {
      const dir = freshDir();
      mkdirSync(dir, { recursive: true });
      const content = bytes();
      writeFileSync(join(dir, STORE_FILE), content);
      assert.throws(
        () => new EmbeddedStore(dir, FINGERPRINT),
        (err: unknown) => isStoreError('BAD_STORE')(err) && (err as Error).message.includes(join(dir, STORE_FILE)),
      );
      assert.deepEqual(readFileSync(join(dir, STORE_FILE)), content, 'the file was changed');
    });
  }

  it("removes a dead ingest's spill folder on open and keeps a live one and other files", async () => {
    const dir = freshDir();
    await new EmbeddedStore(dir, FINGERPRINT).close();
    // pid_max is the first pid the kernel never hands out.
    const deadPid = Number(readFileSync('/proc/sys/kernel/pid_max', 'utf8'));
    const tmp = join(dir, 'tmp');
    const dead = join(tmp, `ingest-${deadPid}-1700000000000-0`);
    const live = join(tmp, `ingest-${process.pid}-1700000000000-3`);
    const other = join(tmp, 'notes');
    for (const folder of [dead, live]) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, '2048.bin'), randomBytes(64));
    }
    writeFileSync(other, 'not a spill folder');
    const store = new EmbeddedStore(dir, FINGERPRINT);
    await store.close();
    assert.equal(existsSync(dead), false, 'the dead spill folder stayed');
    assert.equal(existsSync(join(live, '2048.bin')), true, 'the live spill folder went');
    assert.equal(existsSync(other), true);
  });

  it('spills a crowded partition to disk while writing and removes the spill files at commit and at abort', async () => {
    const store = new EmbeddedStore(freshDir(), FINGERPRINT);
    await store.saveBreach({ name: 'Spill', date: null, sector: 'other', description: '', flags: [] });
    const tmp = join(store.dir, 'tmp');
    const spillFiles = (): string[] => readdirSync(tmp).flatMap((folder) => readdirSync(join(tmp, folder)));
    for (const end of ['commit', 'abort'] as const) {
      const count = 2 * 4096 + 10;
      const keys = crowdedKeys(count, 0x5c);
      const writer = await store.beginFile('Spill');
      writer.add(keys, new Uint8Array(count).fill(KIND_CODES.email), count);
      assert.ok(spillFiles().length > 0, `${end}: nothing spilled after ${count} keys in one partition`);
      if (end === 'commit') {
        const result = await writer.commit({ digest: 'ab'.repeat(32), name: 'crowded.csv', records: count, dataClasses: {} });
        assert.equal(result.unique.email, count);
        const found = await store.lookup(lookupKeys(keys, count));
        assert.equal(found.filter((names) => names.length === 1 && names[0] === 'Spill').length, count);
      } else {
        await writer.abort();
        assert.ok((await store.lookup(lookupKeys(keys, count))).every((names) => names.length === 0));
      }
      assert.deepEqual(readdirSync(tmp), [], `${end}: the writer's spill folder stayed`);
    }
    await store.close();
  });

  it('keeps 72 bits of a key: keys that differ only in their ninth byte are told apart', async () => {
    const store = new EmbeddedStore(freshDir(), FINGERPRINT);
    await store.saveBreach({ name: 'Ninth', date: null, sector: 'other', description: '', flags: [] });
    const keys = crowdedKeys(50, 0x11);
    const neighbours = Uint8Array.from(keys);
    for (let i = 0; i < 50; i++) neighbours[i * 16 + 8] ^= 1;
    const writer = await store.beginFile('Ninth');
    writer.add(keys, new Uint8Array(50).fill(KIND_CODES.email), 50);
    await writer.commit({ digest: 'cd'.repeat(32), name: 'ninth.csv', records: 50, dataClasses: {} });
    assert.ok((await store.lookup(lookupKeys(keys, 50))).every((names) => names.length === 1));
    assert.ok((await store.lookup(lookupKeys(neighbours, 50))).every((names) => names.length === 0));
    await store.close();
  });

  it('does not silently drop keys given with a kind code no identifier kind has', async () => {
    const store = new EmbeddedStore(freshDir(), FINGERPRINT);
    try {
      await store.saveBreach({ name: 'Codes', date: null, sector: 'other', description: '', flags: [] });
      for (const code of [0, 6, 9, 200]) {
        const keys = randomBytes(16);
        const outcome = await (async () => {
          const writer = await store.beginFile('Codes');
          writer.add(keys, Uint8Array.of(code), 1);
          return writer.commit({ digest: randomBytes(32).toString('hex'), name: 'x.csv', records: 1, dataClasses: {} });
        })().then(
          (result) => `committed with unique ${JSON.stringify(result.unique)}`,
          () => 'refused',
        );
        assert.equal(outcome, 'refused', `kind code ${code}: ${outcome}`);
      }
      assert.equal((await store.breach('Codes'))!.files, 0);
    } finally {
      await store.close();
    }
  });
});
