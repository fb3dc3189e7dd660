import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Rng, cnMobile, cnResidentId, email, zhAddress, zhName } from './synth/index.js';
import { cli, spawnCli } from './support/cli.js';

let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leakhound-privacy-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Person {
  name: string;
  id: string;
  phone: string;
  email: string;
  address: string;
}

function people(seed: number, count: number): Person[] {
  const rng = new Rng(seed);
  return Array.from({ length: count }, (_, i) => ({
    name: zhName(rng).name,
    id: cnResidentId(rng),
    phone: cnMobile(rng),
    email: email(rng).replace('@', `${i}@`),
    address: zhAddress(rng),
  }));
}

function csv(rows: Person[]): string {
  return `姓名,身份证号,手机号,邮箱,地址\n${rows.map((p) => [p.name, p.id, p.phone, p.email, p.address].join(',')).join('\n')}\n`;
}

/** Every file under `root`, recursively. */
function filesUnder(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The ways an identifier could sit in a file: as written, canonical, with separators, in other cases, as UTF-16. */
function forms(p: Person): string[] {
  const phone = p.phone;
  const texts = [
    phone,
    `+86${phone}`,
    `86${phone}`,
    `${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`,
    `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`,
    p.id,
    p.id.toLowerCase(),
    p.id.slice(0, 17),
    p.email,
    p.email.toUpperCase(),
    p.email.split('@')[0],
  ];
  return texts;
}

function encodings(text: string): Buffer[] {
  const utf16be = Buffer.from(text, 'utf16le').swap16();
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), utf16be, Buffer.from(text, 'latin1')];
}

describe('the exposure index holds no plaintext identifier', () => {
  test('planted identifiers are in no byte of the store files, in any form, yet every one is found by check', async () => {
    const planted = people(11, 300);
    const dump = join(dir, 'planted.csv');
    await writeFile(dump, csv(planted));
    const data = join(dir, 'privacy-data');
    const keyFile = join(dir, 'privacy.key');
    const run = await cli(['ingest', dump, '--breach', 'Planted', '--data', data, '--key-file', keyFile, '--no-progress']);
    assert.equal(run.code, 0, run.stderr);
    const files = filesUnder(data);
    assert.ok(files.some((f) => f.endsWith('exposures.db')));
    const contents = files.map((f) => readFileSync(f));
    for (const person of planted) {
      for (const form of forms(person)) {
        for (const bytes of encodings(form)) {
          for (const [i, content] of contents.entries()) {
            assert.equal(content.indexOf(bytes), -1, `an identifier form was found in ${files[i]}`);
          }
        }
      }
    }
    const found = await cli(['check', '--json', '--data', data, '--key-file', keyFile, ...planted.slice(0, 30).flatMap((p) => [p.phone, p.id, p.email])]);
    const answers = found.stdout.trim().split('\n').map((line) => JSON.parse(line) as { breaches: { name: string }[] });
    assert.equal(answers.length, 90);
    assert.ok(answers.every((a) => a.breaches.length === 1 && a.breaches[0].name === 'Planted'));
  });

  test('the key file is made with mode 0600 outside the data folder, and the store refuses another key', async () => {
    const data = join(dir, 'key-data');
    const keyFile = join(dir, 'keys', 'server.key');
    const dump = join(dir, 'key.csv');
    await writeFile(dump, csv(people(12, 5)));
    const run = await cli(['ingest', dump, '--breach', 'K', '--data', data, '--key-file', keyFile]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /made a new server key/);
    assert.equal(statSync(keyFile).mode & 0o777, 0o600);
    assert.ok(!filesUnder(data).some((f) => readFileSync(f).includes(readFileSync(keyFile, 'utf8').trim())), 'the key is copied into the data folder');
    const other = await cli(['check', '13800138000', '--data', data, '--key-file', join(dir, 'keys', 'other.key')]);
    assert.equal(other.code, 2);
    assert.match(other.stderr, /built with another server key/);
  });
});

describe('ingest is idempotent and survives being killed', () => {
  test('the same file twice adds nothing the second time', async () => {
    const data = join(dir, 'twice-data');
    const keyFile = join(dir, 'twice.key');
    const dump = join(dir, 'twice.csv');
    await writeFile(dump, csv(people(13, 50)));
    const args = ['--breach', 'Twice', '--data', data, '--key-file', keyFile, '--json', '--no-progress'];
    const first = JSON.parse((await cli(['ingest', dump, ...args])).stdout);
    const second = await cli(['ingest', dump, ...args]);
    assert.equal(first.status, 'ingested');
    assert.equal(JSON.parse(second.stdout).status, 'already-ingested');
    const [breach] = JSON.parse((await cli(['breaches', '--json', '--data', data, '--key-file', keyFile])).stdout);
    assert.equal(breach.records, 50);
    assert.equal(breach.files, 1);
    assert.deepEqual(breach.identifiers, { phone: first.unique.phone, id: first.unique.id, email: first.unique.email });
  });

  test('an ingest killed half way and run again ends with exactly the data of one clean run', async () => {
    const crowd = people(14, 60_000);
    const dump = join(dir, 'big.csv');
    await writeFile(dump, csv(crowd));
    const keyFile = join(dir, 'kill.key');
    const killed = join(dir, 'killed-data');
    const clean = join(dir, 'clean-data');
    const args = (data: string) => ['ingest', dump, '--breach', 'Big', '--date', '2023-01-02', '--data', data, '--key-file', keyFile, '--json', '--no-progress'];

    const child = spawnCli(args(killed));
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    // Kill once reading has started (the writer's spill folder exists) and before the report is out.
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        const tmp = join(killed, 'tmp');
        if (existsSync(tmp) && readdirSync(tmp).length > 0) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
      child.on('exit', () => {
        clearInterval(poll);
        reject(new Error('ingest ended before it could be killed'));
      });
    });
    await new Promise((resolve) => child.on('close', resolve));
    assert.equal(output, '', 'the killed ingest finished');
    const half = await cli(['breaches', '--json', '--data', killed, '--key-file', keyFile]);
    assert.equal(JSON.parse(half.stdout)[0]?.records ?? 0, 0, 'a killed ingest left records behind');

    const again = await cli(args(killed));
    assert.equal(again.code, 0, again.stderr);
    const once = await cli(args(clean));
    assert.equal(once.code, 0, once.stderr);
    const view = async (data: string) => {
      const breaches = JSON.parse((await cli(['breaches', '--json', '--data', data, '--key-file', keyFile])).stdout);
      const stats = JSON.parse((await cli(['stats', '--json', '--data', data, '--key-file', keyFile])).stdout);
      return { breaches: breaches.map(({ addedAt: _, ...b }: { addedAt: string }) => b), stats };
    };
    assert.deepEqual(await view(killed), await view(clean));
    assert.deepEqual(readdirSync(join(killed, 'tmp')), [], 'the killed run left spill files');
    const probe = crowd.slice(-5).map((p) => p.phone);
    const found = await cli(['check', '--json', '--data', killed, '--key-file', keyFile, ...probe]);
    assert.ok(found.stdout.trim().split('\n').every((line) => JSON.parse(line).breaches.length === 1));
  });
});
