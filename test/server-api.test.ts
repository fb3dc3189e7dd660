import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { keyFingerprint, loadOrCreateKey } from '../src/identity/key-file.js';
import { Keyer } from '../src/identity/prf.js';
import { ingestFile } from '../src/ingest/ingest-file.js';
import { buildServer } from '../src/server/app.js';
import { DEFAULT_CONFIG, type ServerConfig } from '../src/server/config.js';
import { EmbeddedStore } from '../src/store/embedded/store.js';
import { spawnCli } from './support/cli.js';
import { Rng, cnMobile, cnResidentId, email, zhName } from './synth/index.js';

const KEY = Buffer.alloc(32, 3);
const rng = new Rng(404);
const person = { name: zhName(rng).name, id: cnResidentId(rng), phone: cnMobile(rng), email: email(rng) };
let dir: string;
let store: EmbeddedStore;
const logs: string[] = [];

async function serve(config: Partial<ServerConfig> = {}): Promise<{ app: FastifyInstance; url: string }> {
  const stream = new Writable({ write: (chunk, _enc, next) => (logs.push(String(chunk)), next()) });
  const app = await buildServer({ store, keyer: new Keyer(KEY), config: { ...DEFAULT_CONFIG, clientLimit: { max: 10_000, windowMs: 60_000 }, identifierLimit: { max: 10_000, windowMs: 60_000 }, ...config }, logger: { level: 'info', stream } });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url };
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leakhound-api-'));
  store = new EmbeddedStore(join(dir, 'data'), keyFingerprint(KEY));
  const dump = join(dir, 'dump.csv');
  await writeFile(dump, `姓名,身份证号,手机号,邮箱\n${person.name},${person.id},${person.phone},${person.email}\n`);
  for (const [name, flags] of [['Courier 2023', []], ['Clinic 2022', ['sensitive']]] as const) {
    await store.saveBreach({ name, date: name.endsWith('2023') ? '2023-04-01' : '2022-01-01', sector: name.startsWith('Courier') ? 'logistics' : 'medical', description: '', flags: [...flags] });
    await ingestFile(dump, { store, keyer: new Keyer(KEY), breach: name });
  }
});
after(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const post = (url: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${url}/api/v1/check`, { method: 'POST', headers, body: typeof body === 'string' ? body : body instanceof Uint8Array ? Buffer.from(body).toString('latin1') : JSON.stringify(body) });

describe('the HTTP API on a loopback port', () => {
  let app: FastifyInstance;
  let url: string;
  before(async () => ({ app, url } = await serve()));
  after(async () => app.close());

  test('check names the breaches that are not sensitive and only counts the sensitive ones', async () => {
    const spaced = `+86 ${person.phone.slice(0, 3)}-${person.phone.slice(3, 7)}-${person.phone.slice(7)}`;
    const res = await post(url, { identifier: spaced });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), {
      kind: 'phone',
      breaches: [{ name: 'Courier 2023', date: '2023-04-01', sector: 'logistics', dataClasses: ['CN_RESIDENT_ID', 'EMAIL_ADDRESS', 'PERSON', 'PHONE_NUMBER'] }],
      sensitiveCount: 1,
    });
    const byEmail = await (await post(url, { identifier: person.email.toUpperCase(), kind: 'email' })).json();
    assert.equal(byEmail.breaches.length, 1);
    const absent = await (await post(url, { identifier: cnMobile(rng) })).json();
    assert.deepEqual(absent.breaches, []);
    assert.equal(absent.sensitiveCount, 0);
  });

  test('bad requests get a 4xx with a code and a message that never quotes the input', async () => {
    const cases: [string, Promise<Response>, number, string][] = [
      ['not an identifier of the kind', post(url, { identifier: 'hello', kind: 'phone' }), 400, 'INVALID_IDENTIFIER'],
      ['no identifier', post(url, {}), 400, 'INVALID_REQUEST'],
      ['an unknown field', post(url, { identifier: person.phone, extra: 1 }), 400, 'INVALID_REQUEST'],
      ['a number, not a string', post(url, { identifier: 13800138000 }), 400, 'INVALID_REQUEST'],
      ['an unknown kind', post(url, { identifier: person.phone, kind: 'shoe' }), 400, 'INVALID_REQUEST'],
      ['malformed JSON holding an identifier', post(url, `{"identifier": "${person.phone}`), 400, 'INVALID_JSON'],
      ['binary junk', post(url, new Uint8Array([0, 255, 1, 2, 3, 0x7b])), 400, 'INVALID_JSON'],
      ['a huge body', post(url, { identifier: 'x'.repeat(100_000) }), 413, 'BODY_TOO_LARGE'],
      ['form data', post(url, `identifier=${person.phone}`, { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['an unknown route', fetch(`${url}/api/v1/nope`), 404, 'NOT_FOUND'],
      ['an unknown breach', fetch(`${url}/api/v1/breaches/${encodeURIComponent('No such')}`), 404, 'NO_SUCH_BREACH'],
    ];
    for (const [name, pending, status, code] of cases) {
      const res = await pending;
      const text = await res.text();
      assert.equal(res.status, status, name);
      assert.equal(JSON.parse(text).error.code, code, name);
      assert.ok(!text.includes(person.phone.slice(3)), `${name}: the answer quotes the input`);
    }
  });

  test('the catalogue, one breach and the statistics', async () => {
    const breaches = await (await fetch(`${url}/api/v1/breaches`)).json();
    assert.deepEqual(breaches.map((b: { name: string }) => b.name), ['Courier 2023', 'Clinic 2022']);
    const one = await (await fetch(`${url}/api/v1/breaches/${encodeURIComponent('Clinic 2022')}`)).json();
    assert.deepEqual([one.sector, one.flags, one.records, one.identifiers], ['medical', ['sensitive'], 1, { phone: 1, id: 1, email: 1 }]);
    const stats = await (await fetch(`${url}/api/v1/stats`)).json();
    assert.equal(stats.breaches, 2);
    assert.deepEqual(stats.bySector.medical, { breaches: 1, records: 1, identifiers: 3 });
    assert.deepEqual(stats.uniqueIdentifiers, { phone: 1, id: 1, email: 1 });
  });

  test('the OpenAPI document describes every route, from the same schemas that validate requests', async () => {
    const doc = await (await fetch(`${url}/api/openapi.json`)).json();
    assert.equal(doc.openapi, '3.0.3');
    assert.deepEqual(Object.keys(doc.paths).sort(), ['/api/v1/breaches', '/api/v1/breaches/{name}', '/api/v1/check', '/api/v1/stats', '/api/v1/status', '/api/v1/verify/confirm', '/api/v1/verify/start']);
    const check = doc.paths['/api/v1/check'].post;
    assert.deepEqual(check.requestBody.content['application/json'].schema.required, ['identifier']);
    assert.ok(check.responses['429'], 'rate limit answers are documented');
  });

  test('strict security headers and no CORS', async () => {
    const res = await fetch(`${url}/api/v1/stats`, { headers: { origin: 'https://evil.example' } });
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  test('logs never hold an identifier, even for failed requests', () => {
    const all = logs.join('');
    assert.ok(all.includes('"statusCode":200'), 'requests are logged');
    for (const form of [person.phone, person.phone.slice(3, 7) + '-' + person.phone.slice(7), person.id, person.email, person.email.toUpperCase()]) {
      assert.ok(!all.includes(form), 'an identifier is in the logs');
    }
  });
});

describe('rate limits', () => {
  test('per client: past the limit, 429 with Retry-After', async () => {
    const { app, url } = await serve({ clientLimit: { max: 3, windowMs: 60_000 } });
    try {
      const answers: Response[] = [];
      for (let i = 0; i < 4; i++) answers.push(await fetch(`${url}/api/v1/stats`));
      assert.deepEqual(answers.map((answer) => answer.status), [200, 200, 200, 429]);
      // Within the limit no X-RateLimit-* headers (counts are per process); past it the limit is stated.
      assert.deepEqual(['limit', 'remaining', 'reset'].map((name) => answers[0].headers.get(`x-ratelimit-${name}`)), [null, null, null]);
      assert.equal(answers[3].headers.get('x-ratelimit-limit'), '3');
      const limited = await fetch(`${url}/api/v1/stats`);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      assert.equal((await limited.json()).error.code, 'RATE_LIMITED');
    } finally {
      await app.close();
    }
  });

  test('per identifier, however it is written and whoever asks: 429 with Retry-After; other identifiers still answer', async () => {
    const { app, url } = await serve({ identifierLimit: { max: 2, windowMs: 60_000 } });
    try {
      const forms = [person.phone, `+86${person.phone}`, `86 ${person.phone}`];
      const statuses = [];
      for (const identifier of forms) statuses.push((await post(url, { identifier })).status);
      assert.deepEqual(statuses, [200, 200, 429]);
      const limited = await post(url, { identifier: person.phone });
      assert.equal((await limited.json()).error.code, 'IDENTIFIER_RATE_LIMITED');
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      assert.equal((await post(url, { identifier: person.email })).status, 200);
    } finally {
      await app.close();
    }
  });
});

describe('leakhound serve', () => {
  test('serves the store of --data on the port given, and stops cleanly on SIGTERM', async () => {
    const data = join(dir, 'served');
    const child = spawnCli(['serve', '--port', '0', '--data', data, '--key-file', join(dir, 'served.key')]);
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d) => {
        stderr += d;
        const match = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (match) resolve(match[1]);
      });
      child.on('exit', () => reject(new Error(`serve exited: ${stderr}`)));
    });
    const stats = await (await fetch(`${url}/api/v1/stats`)).json();
    assert.equal(stats.breaches, 0);
    const code = await new Promise((resolve) => {
      child.removeAllListeners('exit');
      child.on('exit', resolve);
      child.kill('SIGTERM');
    });
    assert.equal(code, 0);
  });
});

describe('leakhound serve in several processes', () => {
  test('a code sent by one process is confirmed by another, and any process accepts the token', async () => {
    const data = join(dir, 'cluster');
    const keyFile = join(dir, 'cluster.key');
    const seed = new EmbeddedStore(data, keyFingerprint(loadOrCreateKey(keyFile).bytes));
    await seed.saveBreach({ name: 'Clinic', date: null, sector: 'medical', description: '', flags: ['sensitive'] });
    const dump = join(dir, 'cluster.csv');
    await writeFile(dump, `手机号\n${person.phone}\n`);
    await ingestFile(dump, { store: seed, keyer: new Keyer(loadOrCreateKey(keyFile).bytes), breach: 'Clinic' });
    await seed.close();
    const child = spawnCli(['serve', '--port', '0', '--workers', '2', '--data', data, '--key-file', keyFile], { LEAKHOUND_SMS: 'log' });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d) => {
        stderr += d;
        const match = /at (http:\/\/127\.0\.0\.1:\d+).* in 2 processes/.exec(stderr);
        if (match) resolve(match[1]);
      });
      child.on('exit', () => reject(new Error(`serve exited: ${stderr}`)));
    });
    try {
      // Connection: close makes every request a new connection, which the cluster hands out in turn.
      const call = (path: string, body: unknown, token?: string) =>
        fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
      for (let round = 0; round < 3; round++) {
        const before = stdout.length;
        assert.equal((await call('/api/v1/verify/start', { identifier: person.phone })).status, 200);
        await new Promise((resolve) => setTimeout(resolve, 200));
        const code = /"text":"[^"]*?(\d{6})/.exec(stdout.slice(before))?.[1];
        assert.ok(code, 'the development sink logged no code');
        const confirmed = await call('/api/v1/verify/confirm', { identifier: person.phone, code });
        assert.equal(confirmed.status, 200, `round ${round}: ${await confirmed.clone().text()}`);
        const { token } = await confirmed.json();
        for (let i = 0; i < 2; i++) {
          const answer = await (await call('/api/v1/check', { identifier: person.phone }, token)).json();
          assert.deepEqual(answer.breaches.map((b: { name: string }) => b.name), ['Clinic']);
        }
      }
    } finally {
      const code = await new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.on('exit', resolve);
        child.kill('SIGTERM');
      });
      assert.equal(code, 0);
    }
  });
});
