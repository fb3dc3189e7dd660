import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import helmet from 'helmet';
import { Keyer } from '../identity/prf.js';
import { EmbeddedStore } from '../store/embedded/store.js';
import { buildServer } from './app.js';
import { DEFAULT_CONFIG } from './config.js';
import { headersSetBy } from './security-headers.js';

/** The headers a middleware sets on a real response, as a client receives them (less the ones Node adds). */
async function headersOnTheWire(middleware: ReturnType<typeof helmet>): Promise<Record<string, string>> {
  const server = createServer((req, res) => middleware(req, res, () => res.end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${port}/`);
    const own = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => void (own.has(name) || (headers[name] = value)));
    return headers;
  } finally {
    server.close();
  }
}

const root = mkdtempSync(join(tmpdir(), 'leakhound-headers-'));
after(() => rmSync(root, { recursive: true, force: true }));

describe('security headers taken once from helmet', () => {
  const options = [
    {},
    { contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"], upgradeInsecureRequests: null } }, hsts: { maxAge: 60 } },
  ];
  for (const option of options) {
    it(`are the headers, with the values, helmet sets on a response (${JSON.stringify(option)})`, async () => {
      const taken = headersSetBy(helmet(option));
      assert.ok(Object.keys(taken).length >= 10);
      assert.deepEqual({ ...taken }, await headersOnTheWire(helmet(option)));
    });
  }

  it('come with every answer of the API: found, invalid, unknown route, limited', async () => {
    const store = new EmbeddedStore(join(root, 'data'), '0123456789abcdef');
    const app = await buildServer({ store, keyer: new Keyer(Buffer.alloc(32, 5)), config: { ...DEFAULT_CONFIG, clientLimit: { max: 3, windowMs: 60_000 } } });
    try {
      const check = (identifier: string) => app.inject({ method: 'POST', url: '/api/v1/check', payload: { identifier } });
      const answers = [await check('13800138000'), await check('not an identifier'), await app.inject({ method: 'GET', url: '/api/v1/nowhere' })];
      answers.push(await app.inject({ method: 'GET', url: '/api/v1/stats' }), await app.inject({ method: 'GET', url: '/api/v1/stats' }));
      assert.deepEqual(answers.map((res) => res.statusCode), [200, 400, 404, 200, 429]);
      const expected = answers[0].headers;
      assert.match(String(expected['content-security-policy']), /default-src 'self'/);
      for (const res of answers) {
        for (const name of ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'cross-origin-opener-policy']) {
          assert.equal(res.headers[name], expected[name], `${res.statusCode}: ${name}`);
        }
      }
    } finally {
      await app.close();
      await store.close();
    }
  });
});
