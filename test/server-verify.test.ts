import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { keyFingerprint } from '../src/identity/key-file.js';
import { Keyer } from '../src/identity/prf.js';
import { ingestFile } from '../src/ingest/ingest-file.js';
import { buildServer } from '../src/server/app.js';
import { DEFAULT_CONFIG, configFromEnv, type ServerConfig } from '../src/server/config.js';
import { DEV_SMS_MARKER } from '../src/server/verify/senders.js';
import { EmbeddedStore } from '../src/store/embedded/store.js';
import { Rng, cnMobile, cnResidentId, email, zhName } from './synth/index.js';
import { startMailbox, type Mailbox } from './support/mailbox.js';

const KEY = Buffer.alloc(32, 5);
const rng = new Rng(4040);
const person = { name: zhName(rng).name, id: cnResidentId(rng), phone: cnMobile(rng), email: email(rng) };
const stranger = { phone: cnMobile(rng), email: email(rng) };
const MINUTE = 60_000;
let dir: string;
let store: EmbeddedStore;
/** Every log line of every server in this file. */
const logs: string[] = [];
/** Every code the tests saw, to prove none reached the logs outside the development SMS sink. */
const codes = new Set<string>();

let mails: Mailbox['mails'];
let mailbox: Mailbox;

const COURIER = { name: 'Courier 2023', date: '2023-04-01', sector: 'logistics', dataClasses: ['CN_RESIDENT_ID', 'EMAIL_ADDRESS', 'PERSON', 'PHONE_NUMBER'] };
const CLINIC = { name: 'Clinic 2022', date: '2022-01-01', sector: 'medical', dataClasses: COURIER.dataClasses };

interface Served {
  app: FastifyInstance;
  url: string;
  /** Moves the server's clock forward. */
  advance(ms: number): void;
}

async function serve(config: Partial<ServerConfig> = {}): Promise<Served> {
  let clock = Date.now();
  const stream = new Writable({ write: (chunk, _enc, next) => (logs.push(...String(chunk).split('\n').filter(Boolean)), next()) });
  const app = await buildServer({
    store,
    keyer: new Keyer(KEY),
    config: { ...DEFAULT_CONFIG, clientLimit: { max: 10_000, windowMs: MINUTE }, identifierLimit: { max: 10_000, windowMs: MINUTE }, ...config },
    logger: { level: 'info', stream },
    now: () => clock,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url, advance: (ms) => (clock += ms) };
}

const smtpConfig = () => ({ host: '127.0.0.1', port: mailbox.port, secure: false, from: 'Leakhound <noreply@leakhound.test>' });

const call = (url: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/v1/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

async function errorCode(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

/** Starts e-mail verification and reads the code from the one message the SMTP server received. */
async function mailedCode(url: string, identifier: string): Promise<string> {
  const before = mails.length;
  const res = await call(url, 'verify/start', { identifier });
  assert.equal(res.status, 200);
  assert.equal(mails.length, before + 1, 'one message was received');
  const code = /\b(\d{6})\b/.exec(mails[mails.length - 1].data)?.[1];
  assert.ok(code, 'the message holds a 6-digit code');
  codes.add(code);
  return code;
}

/** A 6-digit code that is not `code`. */
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

async function confirm(url: string, identifier: string, code: string): Promise<string> {
  const res = await call(url, 'verify/confirm', { identifier, code });
  assert.equal(res.status, 200);
  const answer = (await res.json()) as { token: string; expiresIn: number };
  assert.equal(answer.expiresIn, 15 * 60);
  return answer.token;
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leakhound-verify-'));
  store = new EmbeddedStore(join(dir, 'data'), keyFingerprint(KEY));
  const dump = join(dir, 'dump.csv');
  await writeFile(dump, `姓名,身份证号,手机号,邮箱\n${person.name},${person.id},${person.phone},${person.email}\n`);
  for (const breach of [COURIER, CLINIC]) {
    await store.saveBreach({ name: breach.name, date: breach.date, sector: breach.sector as 'medical', description: '', flags: breach === CLINIC ? ['sensitive'] : [] });
    await ingestFile(dump, { store, keyer: new Keyer(KEY), breach: breach.name });
  }
  mailbox = await startMailbox();
  mails = mailbox.mails;
});
after(async () => {
  await mailbox.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('verification by e-mail (SMTP on a loopback port)', () => {
  let served: Served;
  // Many codes go to one address here; the start limit has its own test.
  before(async () => (served = await serve({ smtp: smtpConfig(), verify: { ...DEFAULT_CONFIG.verify, startLimit: { max: 100, windowMs: 60 * MINUTE } } })));
  after(async () => served.app.close());

  test('the code mailed to the address buys a token with which the check lists the sensitive breach', async () => {
    const { url } = served;
    const before = mails.length;
    const start = await call(url, 'verify/start', { identifier: person.email.toUpperCase() });
    const text = await start.text();
    assert.equal(start.status, 200);
    assert.deepEqual(JSON.parse(text), { sent: true, expiresIn: 600 });
    assert.ok(!text.toLowerCase().includes(person.email), 'the answer echoes the address');
    assert.equal(mails.length, before + 1);
    const mail = mails[mails.length - 1];
    assert.deepEqual(mail.rcpt, [person.email], 'the message goes to that address only');
    assert.match(mail.data, new RegExp(`^To: ${person.email.replace(/[.+]/g, '\\$&')}\\r?$`, 'im'));
    const code = /\b(\d{6})\b/.exec(mail.data)![1];
    codes.add(code);

    const token = await confirm(url, person.email, code);
    const unverified = await (await call(url, 'check', { identifier: person.email })).json();
    assert.deepEqual(unverified, { kind: 'email', breaches: [COURIER], sensitiveCount: 1 });
    const verified = await (await call(url, 'check', { identifier: person.email }, { authorization: `Bearer ${token}` })).json();
    assert.equal(verified.verified, true);
    assert.equal(verified.sensitiveCount, 1);
    assert.deepEqual(verified.breaches.map((b: { name: string }) => b.name).sort(), [CLINIC.name, COURIER.name]);
    assert.deepEqual(verified.breaches.find((b: { name: string }) => b.name === CLINIC.name), CLINIC);

    const again = await call(url, 'verify/confirm', { identifier: person.email, code });
    assert.equal(await errorCode(again), 'CODE_EXPIRED', 'a code is good once');
  });

  test('a token for another identifier reveals nothing more', async () => {
    const token = await confirm(served.url, person.email, await mailedCode(served.url, person.email));
    const res = await call(served.url, 'check', { identifier: person.phone }, { authorization: `Bearer ${token}` });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { kind: 'phone', breaches: [COURIER], sensitiveCount: 1 });
  });

  test('an invalid, foreign or expired token answers 401 INVALID_TOKEN', async () => {
    const token = await confirm(served.url, person.email, await mailedCode(served.url, person.email));
    const [payload, mac] = token.split('.');
    const forged = Buffer.from(Buffer.from(payload, 'base64url').toString().replace(/"h":"[0-9a-f]/, '"h":"x')).toString('base64url');
    const other = await serve({ smtp: smtpConfig() });
    let foreign: string;
    try {
      foreign = await confirm(other.url, person.email, await mailedCode(other.url, person.email));
    } finally {
      await other.app.close();
    }
    for (const [name, authorization] of [
      ['garbage', 'Bearer abc'],
      ['a changed signature', `Bearer ${payload}.${mac.slice(0, -2)}${mac.endsWith('AA') ? 'BB' : 'AA'}`],
      ['a changed payload', `Bearer ${forged}.${mac}`],
      ['another scheme', `Basic ${token}`],
      ['a token from another server process (as after a restart)', `Bearer ${foreign}`],
    ]) {
      const res = await call(served.url, 'check', { identifier: person.email }, { authorization });
      assert.equal(res.status, 401, name);
      assert.equal(await errorCode(res), 'INVALID_TOKEN', name);
    }
    assert.equal((await call(served.url, 'check', { identifier: person.email }, { authorization: `Bearer ${token}` })).status, 200);
    served.advance(15 * MINUTE + 1000);
    const expired = await call(served.url, 'check', { identifier: person.email }, { authorization: `Bearer ${token}` });
    assert.equal(expired.status, 401);
    assert.equal(await errorCode(expired), 'INVALID_TOKEN');
  });

  test('a wrong code is refused with the attempts left, and the right one still works', async () => {
    const code = await mailedCode(served.url, person.email);
    const res = await call(served.url, 'verify/confirm', { identifier: person.email, code: wrong(code) });
    assert.equal(res.status, 400);
    const body = await res.json();
    assert.equal(body.error.code, 'WRONG_CODE');
    assert.match(body.error.message, /4 attempt/);
    await confirm(served.url, person.email, code);
  });

  test('after 5 wrong codes even the right one is refused: 429 TOO_MANY_ATTEMPTS', async () => {
    const code = await mailedCode(served.url, person.email);
    for (let i = 0; i < 5; i++) assert.equal(await errorCode(await call(served.url, 'verify/confirm', { identifier: person.email, code: wrong(code) })), 'WRONG_CODE');
    const res = await call(served.url, 'verify/confirm', { identifier: person.email, code });
    assert.equal(res.status, 429);
    assert.equal(await errorCode(res), 'TOO_MANY_ATTEMPTS');
  });

  test('a code expires after 10 minutes; a code never sent is unknown', async () => {
    const code = await mailedCode(served.url, person.email);
    served.advance(10 * MINUTE + 1000);
    const res = await call(served.url, 'verify/confirm', { identifier: person.email, code });
    assert.equal(res.status, 400);
    assert.equal(await errorCode(res), 'CODE_EXPIRED');
    assert.equal(await errorCode(await call(served.url, 'verify/confirm', { identifier: stranger.email, code })), 'CODE_EXPIRED');
  });

  test('only phone numbers and e-mail addresses can be verified; bad codes are bad requests', async () => {
    const cases: [unknown, string, string][] = [
      [{ identifier: person.id }, 'verify/start', 'NOT_VERIFIABLE'],
      [{ identifier: 'someone', kind: 'username' }, 'verify/start', 'NOT_VERIFIABLE'],
      [{ identifier: 'not-an-address@', kind: 'email' }, 'verify/start', 'INVALID_IDENTIFIER'],
      [{ identifier: person.email, code: '12345' }, 'verify/confirm', 'INVALID_REQUEST'],
      [{ identifier: person.email }, 'verify/confirm', 'INVALID_REQUEST'],
    ];
    const before = mails.length;
    for (const [body, path, code] of cases) {
      const res = await call(served.url, path, body);
      assert.equal(res.status, 400, code);
      assert.equal(await errorCode(res), code);
    }
    assert.equal(mails.length, before, 'nothing was sent');
  });
});

describe('verification limits and senders', () => {
  test('codes per identifier are limited however it is written: 429 with Retry-After; other identifiers still get one', async () => {
    const { app, url } = await serve({ smtp: smtpConfig(), verify: { ...DEFAULT_CONFIG.verify, startLimit: { max: 2, windowMs: 60 * MINUTE } } });
    try {
      const before = mails.length;
      const statuses = [];
      for (const identifier of [person.email, person.email.toUpperCase(), ` <${person.email}> `]) statuses.push((await call(url, 'verify/start', { identifier })).status);
      assert.deepEqual(statuses, [200, 200, 429]);
      const limited = await call(url, 'verify/start', { identifier: person.email });
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      assert.equal(await errorCode(limited), 'IDENTIFIER_RATE_LIMITED');
      assert.equal(mails.length, before + 2, 'no message past the limit');
      assert.equal((await call(url, 'verify/start', { identifier: stranger.email })).status, 200);
    } finally {
      await app.close();
    }
  });

  test('SMS through the development log sink: the code read from the marked log line verifies the phone', async () => {
    const { app, url } = await serve({ sms: 'log' });
    try {
      const spaced = `+86 ${person.phone.slice(0, 3)} ${person.phone.slice(3, 7)} ${person.phone.slice(7)}`;
      const from = logs.length;
      const start = await call(url, 'verify/start', { identifier: spaced });
      assert.equal(start.status, 200);
      const sink = logs.slice(from).map((line) => JSON.parse(line)).filter((entry) => entry.msg === DEV_SMS_MARKER);
      assert.equal(sink.length, 1);
      assert.equal(sink[0].to, `+86${person.phone}`);
      const code = /\b(\d{6})\b/.exec(sink[0].text)![1];
      codes.add(code);
      const token = await confirm(url, person.phone, code);
      const verified = await (await call(url, 'check', { identifier: person.phone }, { authorization: `Bearer ${token}` })).json();
      assert.equal(verified.verified, true);
      assert.deepEqual(verified.breaches.map((b: { name: string }) => b.name).sort(), [CLINIC.name, COURIER.name]);
      assert.equal((await call(url, 'verify/start', { identifier: person.email })).status, 503, 'e-mail is still off');
    } finally {
      await app.close();
    }
  });

  test('without a sender configured: 503 EMAIL_UNAVAILABLE and SMS_UNAVAILABLE', async () => {
    const { app, url } = await serve();
    try {
      for (const [identifier, code] of [[person.email, 'EMAIL_UNAVAILABLE'], [person.phone, 'SMS_UNAVAILABLE']]) {
        const res = await call(url, 'verify/start', { identifier });
        assert.equal(res.status, 503, code);
        assert.equal(await errorCode(res), code);
      }
    } finally {
      await app.close();
    }
  });

  test('an SMTP server that cannot be reached: 502 SEND_FAILED, and the error logged without the address', async () => {
    const closed = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(resolve));
    const { app, url } = await serve({ smtp: { ...smtpConfig(), port } });
    try {
      const from = logs.length;
      const res = await call(url, 'verify/start', { identifier: stranger.email });
      assert.equal(res.status, 502);
      assert.equal(await errorCode(res), 'SEND_FAILED');
      assert.ok(logs.slice(from).some((line) => line.includes('sending a verification code failed')));
    } finally {
      await app.close();
    }
  });

  test('the OpenAPI document describes the verify routes and the token on check', async () => {
    const { app, url } = await serve();
    try {
      const doc = await (await fetch(`${url}/api/openapi.json`)).json();
      assert.deepEqual(doc.paths['/api/v1/verify/confirm'].post.requestBody.content['application/json'].schema.required, ['identifier', 'code']);
      assert.ok(doc.paths['/api/v1/verify/start'].post.responses['503']);
      assert.ok(doc.paths['/api/v1/check'].post.responses['401']);
    } finally {
      await app.close();
    }
  });

  test('configuration from the environment', () => {
    const config = configFromEnv({ LEAKHOUND_SMTP_HOST: 'mail.example', LEAKHOUND_SMTP_FROM: 'noreply@example.org', LEAKHOUND_SMTP_USER: 'u', LEAKHOUND_SMTP_PASS: 'p', LEAKHOUND_SMS: 'log', LEAKHOUND_VERIFY_ATTEMPTS: '3' });
    assert.deepEqual(config.smtp, { host: 'mail.example', port: 587, secure: false, user: 'u', pass: 'p', from: 'noreply@example.org' });
    assert.equal(config.sms, 'log');
    assert.equal(config.verify.maxAttempts, 3);
    assert.equal(configFromEnv({}).smtp, null);
    assert.equal(configFromEnv({}).sms, null);
    assert.throws(() => configFromEnv({ LEAKHOUND_SMTP_HOST: 'mail.example' }), /LEAKHOUND_SMTP_FROM/);
    assert.throws(() => configFromEnv({ LEAKHOUND_SMS: 'twilio' }), /LEAKHOUND_SMS/);
  });

  test('logs hold no identifier and no code, except the marked development SMS sink line', () => {
    assert.ok(codes.size >= 8, 'codes were collected');
    assert.ok(logs.some((line) => line.includes('"statusCode":200')), 'requests are logged');
    const forms = [person.phone, person.phone.slice(3), person.email, person.email.toUpperCase(), person.id, stranger.email];
    for (const line of logs) {
      if (line.includes(DEV_SMS_MARKER)) continue;
      for (const form of forms) assert.ok(!line.includes(form), 'an identifier is in the logs');
      for (const code of codes) assert.ok(!new RegExp(`(?<![\\d.])${code}(?![\\d.])`).test(line), 'a code is in the logs');
    }
  });
});
