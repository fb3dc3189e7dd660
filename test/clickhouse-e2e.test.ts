import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cli } from './support/cli.js';
import { Rng, cnMobile, cnResidentId, email, zhAddress, zhName } from './synth/index.js';

// The same fixtures through the command line into the embedded store and into the ClickHouse cluster: every
// answer (check, breaches, stats) must be the same.
const URL = process.env.LEAKHOUND_TEST_CLICKHOUSE;
const skip = URL ? false : 'ClickHouse tests skipped: set LEAKHOUND_TEST_CLICKHOUSE to the URL that `npm run clickhouse:up` prints (.ci/run does)';

const rng = new Rng(5150);
const people = Array.from({ length: 300 }, () => ({ name: zhName(rng).name, id: cnResidentId(rng), phone: cnMobile(rng), email: email(rng), address: zhAddress(rng) }));
const absent = cnMobile(rng);
let dir: string;
let database: string;

/** The cluster's URL with a database of this run's own. */
function clusterUrl(): string {
  return URL!.replace(/\/[A-Za-z_][A-Za-z0-9_]*(\?|$)/, `/${database}$1`);
}

async function dropDatabase(): Promise<void> {
  const hosts = /^clickhouse:\/\/(?:[^@/]*@)?([^/]+)\//.exec(URL!)![1].split(',');
  for (const host of hosts) await fetch(`http://${host}/`, { method: 'POST', body: `DROP DATABASE IF EXISTS ${database}` });
}

before(async () => {
  if (skip) return;
  dir = await mkdtemp(join(tmpdir(), 'leakhound-ch-e2e-'));
  database = `lh_e2e_${process.pid}_${Date.now()}`;
  const csv = (rows: typeof people) => ['姓名,手机号,身份证号,邮箱,地址', ...rows.map((p) => [p.name, p.phone, p.id, p.email, p.address].join(','))].join('\n');
  await writeFile(join(dir, 'courier.csv'), csv(people.slice(0, 200)));
  await writeFile(join(dir, 'clinic.csv'), csv(people.slice(150, 260)));
  await writeFile(join(dir, 'forum.jsonl'), people.slice(100, 300).map((p) => JSON.stringify({ user: { mail: p.email, mobile: `+86 ${p.phone}` } })).join('\n'));
});
after(async () => {
  if (skip) return;
  await dropDatabase();
  await rm(dir, { recursive: true, force: true });
});

/** Runs a command on one backend; `store` is the backend's options. */
async function run(store: string[], args: string[], stdin?: string): Promise<string> {
  const result = await cli([...args, ...store, '--key-file', join(dir, 'server.key')], stdin === undefined ? {} : { stdin });
  assert.ok(result.code === 0 || result.code === 1, `${args[0]}: ${result.stderr}`);
  return result.stdout;
}

/** Everything a user can see of the index after ingesting the fixtures. */
async function everything(store: string[]) {
  await run(store, ['store', 'init']);
  const ingest = (file: string, breach: string, ...extra: string[]) => run(store, ['ingest', join(dir, file), '--breach', breach, '--no-progress', '--json', ...extra]);
  await ingest('courier.csv', 'Courier 2023', '--date', '2023-04-01', '--sector', 'logistics');
  await ingest('clinic.csv', 'Clinic 2022', '--date', '2022-01-01', '--sector', 'medical', '--flag', 'sensitive');
  await ingest('forum.jsonl', 'Forum 2019', '--date', '2019-07-15', '--sector', 'social');
  const again = JSON.parse((await ingest('courier.csv', 'Courier 2023')).trim().split('\n').pop()!);
  const queries = [...people.slice(0, 300).flatMap((p) => [p.phone, `+86 ${p.phone.slice(0, 3)}-${p.phone.slice(3)}`, p.id, p.email.toUpperCase()]), absent, 'nobody@example.org'];
  const checks = (await run(store, ['check', '-', '--json'], queries.join('\n'))).trim().split('\n').map((line) => JSON.parse(line));
  const breaches = JSON.parse(await run(store, ['breaches', '--json'])).map(({ addedAt: _, ...rest }: { addedAt: string }) => rest);
  const stats = JSON.parse(await run(store, ['stats', '--json']));
  return { again: again.status, checks, breaches, stats };
}

describe('the ClickHouse cluster answers exactly as the embedded store', { skip }, () => {
  test('ingest, check, breaches and stats through the command line give identical answers', { timeout: 300_000 }, async () => {
    const embedded = await everything(['--data', join(dir, 'data')]);
    const clickhouse = await everything(['--store', clusterUrl(), '--data', join(dir, 'ch-data')]);
    assert.equal(embedded.again, 'already-ingested');
    assert.ok(embedded.checks.filter((c) => c.breaches.length > 0).length > 1000, 'most queries are found');
    assert.deepEqual(clickhouse.checks, embedded.checks);
    assert.deepEqual(clickhouse.breaches, embedded.breaches);
    assert.deepEqual(clickhouse.stats, embedded.stats);
    assert.equal(clickhouse.again, 'already-ingested');
  });
});
