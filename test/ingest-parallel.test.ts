import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { keyFingerprint } from '../src/identity/key-file.js';
import { Keyer } from '../src/identity/prf.js';
import { ingestFile, type IngestOptions } from '../src/ingest/ingest-file.js';
import { EmbeddedStore } from '../src/store/embedded/store.js';
import { Rng, cnMobile, cnResidentId, email, zhName } from './synth/index.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leakhound-parallel-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const KEY = Buffer.alloc(32, 7);

/** About 13 MB of CSV: several 4 MiB chunks, with multi-line quoted notes and bad lines far into the file. */
function dump(): { text: string; phones: string[]; badLines: number[] } {
  const rng = new Rng(99);
  const lines = ['姓名,身份证号,手机号,邮箱,备注'];
  const phones: string[] = [];
  const badLines: number[] = [];
  let line = 2;
  for (let i = 0; i < 120_000; i++) {
    if (i % 30_000 === 29_999) {
      lines.push('only,three,fields');
      badLines.push(line++);
    }
    const phone = cnMobile(rng);
    phones.push(phone);
    const note = i % 97 === 0 ? `"备注第一行\n第二行, ""引号""\n第三行"` : `普通备注${i}`;
    lines.push([zhName(rng).name, cnResidentId(rng), phone, email(rng).replace('@', `${i}@`), note].join(','));
    line += i % 97 === 0 ? 3 : 1;
  }
  return { text: `${lines.join('\n')}\n`, phones, badLines };
}

async function ingestInto(path: string, name: string, parallel: boolean) {
  const store = new EmbeddedStore(join(dir, name), keyFingerprint(KEY));
  await store.saveBreach({ name: 'P', date: null, sector: 'other', description: '', flags: [] });
  const options: IngestOptions = { store, keyer: new Keyer(KEY), breach: 'P', ...(parallel ? { parallel: { serverKey: KEY, workers: 2 } } : {}) };
  const report = await ingestFile(path, options);
  return { store, report };
}

describe('CSV ingested in worker threads', () => {
  test('gives exactly what one thread gives: counts, skipped line numbers, the index', async () => {
    const { text, phones, badLines } = dump();
    assert.ok(Buffer.byteLength(text) > 9 * 1024 * 1024, "too small to need workers");
    const path = join(dir, 'big.csv');
    await writeFile(path, text);
    const one = await ingestInto(path, 'one', false);
    const many = await ingestInto(path, 'many', true);
    try {
      const strip = ({ seconds: _s, file: _f, ...rest }: typeof one.report) => rest;
      assert.deepEqual(strip(many.report), strip(one.report));
      assert.equal(many.report.records, 120_000);
      assert.deepEqual(many.report.skipSamples.map((s) => s.line), badLines);
      assert.equal(many.report.unique.phone, new Set(phones).size);
      assert.deepEqual(await many.store.stats(), await one.store.stats());
      const keyer = new Keyer(KEY);
      const probe = [phones[0], phones[39_999], phones[119_999]].map((p) => ({ kind: 'phone' as const, key: keyer.keyOf('phone', `+86${p}`) }));
      assert.deepEqual(await many.store.lookup(probe), [['P'], ['P'], ['P']]);
      // Again: the digest, read alongside, finds the file in the breach; nothing is added.
      const stats = await many.store.stats();
      const again = await ingestFile(path, { store: many.store, keyer, breach: 'P', parallel: { serverKey: KEY, workers: 2 } });
      assert.equal(again.status, 'already-ingested');
      assert.equal(again.records, 0);
      assert.deepEqual(await many.store.stats(), stats);
      assert.equal((await many.store.breach('P'))!.files, 1);
    } finally {
      await one.store.close();
      await many.store.close();
    }
  });
});
