import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { keyFingerprint } from '../src/identity/key-file.js';
import { Keyer } from '../src/identity/prf.js';
import { buildServer, type ServerDeps } from '../src/server/app.js';
import { DEFAULT_CONFIG } from '../src/server/config.js';
import { EmbeddedStore } from '../src/store/embedded/store.js';

// How the server serves a built page: its files, its own addresses, caching, limits. (The page itself is tested
// in Chromium by test/web-ui.test.ts.)
const KEY = Buffer.alloc(32, 9);
const PAGE = '<!doctype html><title>page</title><script type="module" src="/assets/index-abc123.js"></script>';
let dir: string;
let store: EmbeddedStore;

async function serve(deps: Partial<ServerDeps>): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildServer({ store, keyer: new Keyer(KEY), config: { ...DEFAULT_CONFIG, clientLimit: { max: 3, windowMs: 60_000 } }, ...deps });
  return { app, url: await app.listen({ port: 0, host: '127.0.0.1' }) };
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leakhound-web-'));
  store = new EmbeddedStore(join(dir, 'data'), keyFingerprint(KEY));
  await mkdir(join(dir, 'web', 'assets'), { recursive: true });
  await writeFile(join(dir, 'web', 'index.html'), PAGE);
  await writeFile(join(dir, 'web', 'assets', 'index-abc123.js'), 'console.log(1)');
});
after(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the built page, served with the API', () => {
  let app: FastifyInstance;
  let url: string;
  before(async () => ({ app, url } = await serve({ webRoot: join(dir, 'web') })));
  after(async () => app.close());

  test('/ is the page, under the strict Content-Security-Policy, revalidated on every visit', async () => {
    const res = await fetch(`${url}/`);
    assert.equal(res.status, 200);
    assert.equal(await res.text(), PAGE);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /style-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /upgrade-insecure-requests/);
  });

  test('hashed assets are cached for a year', async () => {
    const res = await fetch(`${url}/assets/index-abc123.js`);
    assert.equal(res.status, 200);
    assert.equal(await res.text(), 'console.log(1)');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });

  test("the page's own addresses give the page to a browser; other unknown addresses are the API's 404", async () => {
    for (const path of ['/stats', '/breaches/Courier%202023', '/scan']) {
      const res = await fetch(`${url}${path}`, { headers: { accept: 'text/html,application/xhtml+xml' } });
      assert.equal(res.status, 200, path);
      assert.equal(await res.text(), PAGE, path);
    }
    const json = await fetch(`${url}/stats`, { headers: { accept: 'application/json' } });
    assert.equal(json.status, 404);
    assert.deepEqual(await json.json(), { error: { code: 'NOT_FOUND', message: 'no such route' } });
    const api = await fetch(`${url}/api/v1/nothing`, { headers: { accept: 'text/html' } });
    assert.equal(api.status, 404);
    assert.equal((await api.json()).error.code, 'NOT_FOUND');
    const missing = await fetch(`${url}/assets/missing.js`);
    assert.equal(missing.status, 404);
  });

  test('paths that climb out of the folder get nothing from outside it', async () => {
    for (const path of ['/..%2fdata%2fexposures.db', '/assets/..%2f..%2fdata%2fexposures.db', '/%2e%2e/%2e%2e/etc/passwd']) {
      const res = await fetch(`${url}${path}`);
      const body = Buffer.from(await res.arrayBuffer());
      assert.ok(res.status === 404 || res.status === 403 || res.status === 400, `${path}: ${res.status}`);
      assert.ok(!body.includes('SQLite format'), path);
      assert.ok(!body.includes('root:'), path);
    }
  });

  test("the page's files do not count against the per-client API limit; API calls do", async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${url}/api/v1/status`)).status);
    assert.equal(statuses.at(-1), 429, `the limit is 3 a minute: ${statuses}`);
    for (let i = 0; i < 6; i++) assert.equal((await fetch(`${url}/assets/index-abc123.js`)).status, 200);
    assert.equal((await fetch(`${url}/`)).status, 200);
  });
});

describe('status and a server without a built page', () => {
  test('/api/v1/status says whether the data is a demo, with its examples, and which codes can be sent', async () => {
    const examples = [{ identifier: '+86 152-4936-5368', kind: 'phone' as const, note: 'in 2 demo breaches' }];
    const { app, url } = await serve({ demo: { examples }, config: { ...DEFAULT_CONFIG, sms: 'log' } });
    try {
      assert.deepEqual(await (await fetch(`${url}/api/v1/status`)).json(), { backend: 'embedded', demo: true, examples, verification: { email: false, sms: true } });
    } finally {
      await app.close();
    }
    const plain = await serve({});
    try {
      assert.deepEqual(await (await fetch(`${plain.url}/api/v1/status`)).json(), { backend: 'embedded', demo: false, examples: [], verification: { email: false, sms: false } });
    } finally {
      await plain.app.close();
    }
  });

  test('a web folder that was never built leaves the API alone and / a 404', async () => {
    const { app, url } = await serve({ webRoot: join(dir, 'not-built') });
    try {
      assert.equal((await fetch(`${url}/`, { headers: { accept: 'text/html' } })).status, 404);
      assert.equal((await fetch(`${url}/api/v1/status`)).status, 200);
    } finally {
      await app.close();
    }
  });
});
