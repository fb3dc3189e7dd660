import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { cnResidentIdValid, luhnValid } from '../src/detect/checksums.js';
import { CN_AREA_CODES } from '../src/detect/data/cn-area-codes.js';
import { cnMobileValid } from '../src/detect/recognizers/phone-plan.js';
import { buildDemo } from '../src/demo/build-demo.js';
import { DEMO_BREACHES } from '../src/demo/catalogue.js';
import { generatePeople } from '../src/demo/people.js';
import { demoPlaces } from '../src/demo/places.js';
import { keyFingerprint, loadOrCreateKey } from '../src/identity/key-file.js';
import { Keyer } from '../src/identity/prf.js';
import { ingestFile } from '../src/ingest/ingest-file.js';
import { buildServer } from '../src/server/app.js';
import { DEFAULT_CONFIG } from '../src/server/config.js';
import type { DemoInfo } from '../src/server/routes/status.js';
import { EmbeddedStore } from '../src/store/embedded/store.js';
import { SECTORS, type Breach } from '../src/store/types.js';
import { spawnCli } from './support/cli.js';

const KEY = Buffer.alloc(32, 9);
let dir: string;

before(async () => (dir = await mkdtemp(join(tmpdir(), 'leakhound-serve-demo-'))));
after(async () => rm(dir, { recursive: true, force: true }));

async function demoStore(name: string): Promise<{ store: EmbeddedStore; demo: DemoInfo; seconds: number }> {
  const store = new EmbeddedStore(join(dir, name), keyFingerprint(KEY));
  const started = performance.now();
  const demo = await buildDemo(store, new Keyer(KEY));
  return { store, demo, seconds: (performance.now() - started) / 1000 };
}

/** A breach as the catalogue shows it, without the time it was added. */
const catalogue = async (store: EmbeddedStore) => (await store.breaches()).map(({ addedAt: _, ...breach }: Breach) => breach);

/** The counts a note states: "in 4 demo breaches, 1 of them sensitive", "in 1 demo breach, a sensitive one", "in no demo breach". */
function stated(note: string): { breaches: number; sensitive: number } {
  const match = /^in (no|\d+) demo breach(?:es)?(?:, (?:(\d+) of them|(a)) sensitive(?: one)?)?$/.exec(note);
  assert.ok(match, `a note that says no counts: ${note}`);
  return { breaches: match[1] === 'no' ? 0 : Number(match[1]), sensitive: match[3] ? 1 : Number(match[2] ?? 0) };
}

describe('the demo catalogue', () => {
  let store: EmbeddedStore;
  let demo: DemoInfo;
  let app: FastifyInstance;
  let url: string;
  before(async () => {
    let seconds: number;
    ({ store, demo, seconds } = await demoStore('first'));
    const stats = await store.stats();
    console.log(`demo build: ${stats.breaches} breaches, ${stats.records} records in ${seconds.toFixed(1)} s`);
    const limit = { max: 10_000, windowMs: 60_000 };
    app = await buildServer({ store, keyer: new Keyer(KEY), config: { ...DEFAULT_CONFIG, clientLimit: limit, identifierLimit: limit }, demo });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  test('is the same on every build', async () => {
    const again = await demoStore('second');
    try {
      assert.deepEqual(again.demo, demo);
      assert.deepEqual(await catalogue(again.store), await catalogue(store));
    } finally {
      await again.store.close();
    }
  });

  test('holds made-up breaches of 2016 to 2025 in every sector, each flagged fabricated, a medical one sensitive', async () => {
    const breaches = await store.breaches();
    assert.equal(breaches.length, DEMO_BREACHES.length);
    for (const breach of breaches) {
      assert.ok(breach.flags.includes('fabricated'), `${breach.name} is not flagged fabricated`);
      assert.match(breach.name, /^Demo /);
      assert.match(breach.description, /SYNTHETIC/);
      assert.ok(breach.date! >= '2016' && breach.date! < '2026', `${breach.name}: ${breach.date}`);
      assert.ok(breach.records > 1000 && Object.keys(breach.dataClasses).length >= 3, `${breach.name} was not ingested`);
    }
    assert.deepEqual([...new Set(breaches.map((b) => b.sector))].sort(), [...SECTORS].sort());
    assert.ok(breaches.some((b) => b.sector === 'medical' && b.flags.includes('sensitive')));
    const { records } = await store.stats();
    assert.ok(records >= 20_000 && records <= 100_000, `${records} records`);
  });

  test('each example note says what a check answers for the example as typed; the absent one finds nothing', async () => {
    assert.ok(demo.examples.length >= 3 && demo.examples.length <= 4);
    for (const example of demo.examples) {
      const res = await fetch(`${url}/api/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ identifier: example.identifier }) });
      assert.equal(res.status, 200, example.identifier);
      const answer = (await res.json()) as { kind: string; breaches: unknown[]; sensitiveCount: number };
      assert.equal(answer.kind, example.kind, example.identifier);
      assert.deepEqual({ breaches: answer.breaches.length + answer.sensitiveCount, sensitive: answer.sensitiveCount }, stated(example.note), `${example.identifier}: ${example.note}`);
    }
    const counts = demo.examples.map((example) => stated(example.note));
    assert.ok(counts.some((c) => c.breaches >= 3 && c.sensitive >= 1), 'no example is in several breaches, the sensitive one among them');
    assert.equal(counts.filter((c) => c.breaches === 0).length, 1, 'one example, and only one, is in no breach');
    assert.ok(demo.examples.some((e) => e.kind === 'email' && e.identifier === e.identifier.toUpperCase()), 'an e-mail typed in capitals');
  });

  test('the generated people have valid identifiers, on reserved e-mail domains, in real places', () => {
    for (const person of generatePeople(1, 2000)) {
      assert.ok(cnResidentIdValid(person.id), person.id);
      assert.ok(cnMobileValid(person.phone), person.phone);
      assert.ok(luhnValid(person.card), person.card);
      assert.match(person.email, /^[a-z0-9._]+@example\.(?:com|org|net)$/);
      assert.ok(person.address.startsWith(person.place.province + person.place.city + person.place.district));
    }
    for (const place of demoPlaces()) assert.ok(CN_AREA_CODES.has(place.code), place.code);
  });
});

/** `leakhound serve` as a child process, its temporary files in `temp`; resolves once it listens. */
async function serve(args: string[], temp: string) {
  await mkdir(temp, { recursive: true });
  const child = spawnCli(['serve', '--port', '0', ...args], { TMPDIR: temp });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (d) => {
      stderr += d;
      const match = /serving at (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (match) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error(`serve exited: ${stderr}`)));
  });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      child.removeAllListeners('exit');
      child.on('exit', resolve);
      child.kill('SIGTERM');
    });
  return { url, stderr: () => stderr, stop };
}

/** GET a route on a new connection each time, so that the server processes of a cluster take turns. */
const get = async (url: string, path: string) => (await fetch(`${url}${path}`, { headers: { connection: 'close' } })).json();

describe('leakhound serve --demo', () => {
  test('on an empty data folder: demo data from a temporary folder, built once for every process, removed on SIGTERM', async () => {
    const data = join(dir, 'empty');
    const temp = join(dir, 'tmp-empty');
    const server = await serve(['--demo', '--workers', '2', '--data', data, '--key-file', join(dir, 'empty.key')], temp);
    try {
      assert.match(server.stderr(), /DEMO — serving SYNTHETIC demo data \(the store in .* is empty\)/);
      const served = /\(data (\S+)\/data\)/.exec(server.stderr())?.[1];
      assert.ok(served?.startsWith(temp) && existsSync(served), `the demo is not in a temporary folder: ${server.stderr()}`);
      for (let i = 0; i < 4; i++) {
        const status = await get(server.url, '/api/v1/status');
        assert.equal(status.demo, true);
        assert.ok(status.examples.length > 0);
      }
      assert.equal((await get(server.url, '/api/v1/stats')).breaches, DEMO_BREACHES.length);
      assert.equal(server.stderr().match(/built demo data/g)?.length, 1, 'the demo was built more than once');
    } finally {
      assert.equal(await server.stop(), 0);
    }
    assert.deepEqual((await readdir(temp)).filter((name) => name.startsWith('leakhound-')), [], 'the temporary folder is left behind');
    assert.ok(!existsSync(data), 'an empty store was made in the data folder');
  });

  test('on a data folder holding a breach: that breach, no demo', async () => {
    const data = join(dir, 'real');
    const keyFile = join(dir, 'real.key');
    const key = loadOrCreateKey(keyFile).bytes;
    const store = new EmbeddedStore(data, keyFingerprint(key));
    await store.saveBreach({ name: 'Real Breach 2020', date: '2020-01-01', sector: 'other', description: '', flags: [] });
    const dump = join(dir, 'real.csv');
    await writeFile(dump, '手机号\n13800138000\n');
    await ingestFile(dump, { store, keyer: new Keyer(key), breach: 'Real Breach 2020' });
    await store.close();
    const server = await serve(['--demo', '--workers', '1', '--data', data, '--key-file', keyFile], join(dir, 'tmp-real'));
    try {
      const status = await get(server.url, '/api/v1/status');
      assert.deepEqual([status.demo, status.examples], [false, []]);
      assert.deepEqual((await get(server.url, '/api/v1/breaches')).map((b: { name: string }) => b.name), ['Real Breach 2020']);
      assert.match(server.stderr(), /holds 1 breach; serving it, not demo data/);
    } finally {
      assert.equal(await server.stop(), 0);
    }
  });
});
