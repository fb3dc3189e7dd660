import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { KIND_CODES } from '../../identity/kinds.js';
import { EmbeddedStore } from './store.js';

const FINGERPRINT = '0123456789abcdef';
const root = mkdtempSync(join(tmpdir(), 'leakhound-catalogue-'));
after(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;

async function ingestOne(store: EmbeddedStore, breach: string): Promise<void> {
  const writer = await store.beginFile(breach);
  writer.add(randomBytes(16), Uint8Array.of(KIND_CODES.phone), 1);
  await writer.commit({ digest: randomBytes(32).toString('hex'), name: 'x.csv', records: 1, dataClasses: { PHONE_NUMBER: 1 } });
}

describe('the embedded catalogue cache', () => {
  it("sees another connection's saves and commits (another process ingesting into the same file) after it cached the catalogue", async () => {
    const dir = join(root, `store-${dirs++}`);
    const server = new EmbeddedStore(dir, FINGERPRINT);
    const ingest = new EmbeddedStore(dir, FINGERPRINT);
    try {
      assert.deepEqual(await server.breaches(), []);
      await ingest.saveBreach({ name: 'Late', date: '2020-01-01', sector: 'other', description: 'first', flags: [] });
      assert.equal((await server.breach('Late'))?.description, 'first');
      await ingestOne(ingest, 'Late');
      assert.equal((await server.breach('Late'))?.records, 1);
      assert.equal((await server.breach('Late'))?.files, 1);
      await ingest.saveBreach({ name: 'Late', date: '2020-01-01', sector: 'other', description: 'second', flags: ['sensitive'] });
      assert.deepEqual((await server.breach('Late'))?.flags, ['sensitive']);
      assert.deepEqual((await server.breaches()).map((b) => b.description), ['second']);
    } finally {
      await ingest.close();
      await server.close();
    }
  });

  it('sees its own saves and commits at once', async () => {
    const store = new EmbeddedStore(join(root, `store-${dirs++}`), FINGERPRINT);
    try {
      await store.saveBreach({ name: 'Own', date: null, sector: 'other', description: '', flags: [] });
      assert.equal((await store.breach('Own'))?.records, 0);
      await ingestOne(store, 'Own');
      assert.equal((await store.breach('Own'))?.records, 1);
    } finally {
      await store.close();
    }
  });

  it('hands out breaches no caller can change for the next one', async () => {
    const store = new EmbeddedStore(join(root, `store-${dirs++}`), FINGERPRINT);
    try {
      await store.saveBreach({ name: 'Shared', date: null, sector: 'other', description: '', flags: [] });
      const breach = (await store.breach('Shared'))!;
      assert.throws(() => breach.flags.push('sensitive'), TypeError);
      assert.throws(() => Object.assign(breach, { description: 'changed' }), TypeError);
      (await store.breaches()).pop();
      assert.equal((await store.breaches()).length, 1);
    } finally {
      await store.close();
    }
  });
});
