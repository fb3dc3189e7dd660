import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readConfigFile } from '../src/cli/config-file.js';
import { keyFingerprint } from '../src/identity/key-file.js';
import { Keyer } from '../src/identity/prf.js';
import { buildServer } from '../src/server/app.js';
import { ConfigError, DEFAULT_CONFIG, configFromEnv } from '../src/server/config.js';
import { configFromObject } from '../src/server/config-object.js';
import { EmbeddedStore } from '../src/store/embedded/store.js';
import { cli } from './support/cli.js';

let dir: string;
before(async () => (dir = await mkdtemp(join(tmpdir(), 'leakhound-config-'))));
after(async () => rm(dir, { recursive: true, force: true }));

async function put(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('server settings from a config file', () => {
  test('a "server" section lays its settings over the defaults, nested objects included', () => {
    const config = configFromObject({ port: 9090, clientLimit: { max: 5 }, verify: { startLimit: { windowMs: 1000 } }, trustProxy: 1, sms: 'log', cors: ['https://app.example.org'], smtp: { host: 'mail.example.org', from: 'noreply@example.org' } });
    assert.equal(config.port, 9090);
    assert.deepEqual(config.clientLimit, { max: 5, windowMs: DEFAULT_CONFIG.clientLimit.windowMs });
    assert.deepEqual(config.verify.startLimit, { max: DEFAULT_CONFIG.verify.startLimit.max, windowMs: 1000 });
    assert.equal(config.verify.codeTtlMs, DEFAULT_CONFIG.verify.codeTtlMs);
    assert.equal(config.trustProxy, 1);
    assert.deepEqual(config.smtp, { host: 'mail.example.org', port: 587, secure: false, user: undefined, pass: undefined, from: 'noreply@example.org' });
    assert.deepEqual(config.cors, ['https://app.example.org']);
    assert.deepEqual(configFromObject({}), DEFAULT_CONFIG);
  });

  test('the environment wins over the file', () => {
    const file = configFromObject({ port: 9090, bodyLimit: 100 });
    const config = configFromEnv({ LEAKHOUND_PORT: '7070', LEAKHOUND_CORS_ORIGINS: 'https://a.example, http://127.0.0.1:3000' }, file);
    assert.equal(config.port, 7070);
    assert.equal(config.bodyLimit, 100);
    assert.deepEqual(config.cors, ['https://a.example', 'http://127.0.0.1:3000']);
  });

  const bad: [string, unknown, RegExp][] = [
    ['an unknown name', { prot: 80 }, /server\.prot is not a setting/],
    ['an unknown nested name', { verify: { codeTtl: 5 } }, /server\.verify\.codeTtl is not a setting/],
    ['a negative number', { port: -1 }, /server\.port must be a whole number >= 0/],
    ['a fraction', { clientLimit: { max: 1.5 } }, /server\.clientLimit\.max must be a whole number/],
    ['a number as a string', { port: '80' }, /server\.port must be a whole number/],
    ['a string where an object goes', { verify: 'yes' }, /server\.verify must be an object/],
    ['a wildcard origin', { cors: ['*'] }, /server\.cors takes origins/],
    ['an origin with a path', { cors: ['https://a.example/path'] }, /server\.cors takes origins/],
    ['a script URL as origin', { cors: ['javascript:alert(1)'] }, /server\.cors takes origins/],
    ['cors not a list', { cors: 'https://a.example' }, /server\.cors must be a list/],
    ['an SMS provider that does not exist', { sms: 'twilio' }, /server\.sms must be "log"/],
    ['SMTP without a sender', { smtp: { host: 'mail.example.org' } }, /server\.smtp needs "host" and "from"/],
    ['trustProxy as text', { trustProxy: 'yes' }, /server\.trustProxy must be/],
    ['a list instead of an object', [1, 2], /server must be an object/],
  ];
  for (const [what, value, message] of bad) {
    test(`a clear error for ${what}`, () => assert.throws(() => configFromObject(value), (err: unknown) => err instanceof ConfigError && message.test(err.message)));
  }

  test('bad origins from the environment are refused too', () => {
    assert.throws(() => configFromEnv({ LEAKHOUND_CORS_ORIGINS: 'https://ok.example,*' }), /LEAKHOUND_CORS_ORIGINS takes origins/);
  });
});

describe('the config file', () => {
  test('bad files: not JSON, not an object, unknown or empty entries, missing; each named', async () => {
    const cases: [string, string, RegExp][] = [
      ['truncated.json', '{"data": "/x"', /is not valid JSON/],
      ['binary.json', '\u0000\u0001\u0002', /is not valid JSON/],
      ['list.json', '[1]', /must hold a JSON object/],
      ['unknown.json', '{"dat": "/x"}', /"dat" is not a setting/],
      ['empty.json', '{"store": ""}', /"store" must be a non-empty string/],
    ];
    for (const [name, content, message] of cases) {
      const path = await put(name, content);
      assert.throws(() => readConfigFile(path), (err: unknown) => err instanceof ConfigError && message.test(err.message) && err.message.includes(name), name);
    }
    assert.throws(() => readConfigFile(join(dir, 'nope.json')), /cannot read the config file .*nope\.json: ENOENT/);
  });

  test('the CLI takes the data folder from the file; a flag wins over it; a bad file is one line and exit code 2', async () => {
    const fromFile = join(dir, 'data-from-file');
    const config = await put('leakhound.json', JSON.stringify({ data: fromFile, keyFile: join(dir, 'k.key'), server: { port: 9999 } }));
    const run = await cli(['--config', config, 'breaches']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no exposure index in .*data-from-file/);
    const flagged = await cli(['--config', config, '--data', join(dir, 'flag-data'), 'breaches']);
    assert.match(flagged.stderr, /no exposure index in .*flag-data/);
    const broken = await cli(['--config', await put('broken.json', '{"server": {"port": "x"}}'), 'serve', '--workers', '1']);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /server\.port must be a whole number/);
    assert.equal(broken.stderr.trim().split('\n').length, 1);
  });
});

describe('CORS', () => {
  const KEY = Buffer.alloc(32, 5);
  test('none unless configured; then only for the origins listed', async () => {
    const store = new EmbeddedStore(join(dir, 'cors-data'), keyFingerprint(KEY));
    const app = await buildServer({ store, keyer: new Keyer(KEY), config: { ...DEFAULT_CONFIG, cors: ['https://app.example.org'] } });
    const plain = await buildServer({ store, keyer: new Keyer(KEY), config: DEFAULT_CONFIG });
    try {
      const url = await app.listen({ port: 0, host: '127.0.0.1' });
      const preflight = (origin: string, base = url) => fetch(`${base}/api/v1/check`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
      const allowed = await preflight('https://app.example.org');
      assert.ok(allowed.status < 300, String(allowed.status));
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://app.example.org');
      assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /POST/);
      const other = await preflight('https://evil.example');
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const get = await fetch(`${url}/api/v1/stats`, { headers: { origin: 'https://app.example.org' } });
      assert.equal(get.headers.get('access-control-allow-origin'), 'https://app.example.org');
      const plainUrl = await plain.listen({ port: 0, host: '127.0.0.1' });
      const none = await fetch(`${plainUrl}/api/v1/stats`, { headers: { origin: 'https://app.example.org' } });
      assert.equal(none.headers.get('access-control-allow-origin'), null);
      assert.equal((await preflight('https://app.example.org', plainUrl)).headers.get('access-control-allow-origin'), null);
    } finally {
      await app.close();
      await plain.close();
      await store.close();
    }
  });
});
