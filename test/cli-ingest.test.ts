import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import yazl from 'yazl';
import { Rng, cnMobile, cnResidentId, email, zhAddress, zhName } from './synth/index.js';
import { cli } from './support/cli.js';

let dir: string;
let data: string;
let keyFile: string;
const rng = new Rng(2024);

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leakhound-ingest-'));
  data = join(dir, 'data');
  keyFile = join(dir, 'server.key');
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const store = () => ['--data', data, '--key-file', keyFile];

async function put(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

interface Report {
  status: string;
  format: string;
  encoding: string;
  records: number;
  skipped: number;
  skipReasons: Record<string, number>;
  skipSamples: { line: number; reason: string }[];
  identifiers: Record<string, number>;
  unique: Record<string, number>;
  dataClasses: Record<string, number>;
  message?: string;
}

async function ingest(path: string, breach: string, ...extra: string[]): Promise<Report> {
  const run = await cli(['ingest', path, '--breach', breach, '--json', '--no-progress', ...extra, ...store()]);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Report;
}

async function breachesOf(value: string, kind?: string): Promise<string[]> {
  const run = await cli(['check', value, '--json', ...(kind ? ['--kind', kind] : []), ...store()]);
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  return (JSON.parse(run.stdout) as { breaches: { name: string }[] }).breaches.map((b) => b.name).sort();
}

function person() {
  return { name: zhName(rng).name, id: cnResidentId(rng), phone: cnMobile(rng), email: email(rng), address: zhAddress(rng) };
}

describe('ingest reads the formats leaks come in', () => {
  const cases: [string, () => Promise<{ path: string; planted: string[]; format: string }>][] = [
    ['CSV with a header, quoted fields holding delimiters and newlines, CRLF and a BOM', async () => {
      const [a, b] = [person(), person()];
      const text = `\uFEFF姓名,身份证号,手机号,备注\r\n${a.name},${a.id},${a.phone},"住址:${a.address},\r\n第二行"\r\n${b.name},${b.id},${b.phone},"说""好的"""\r\n`;
      return { path: await put('quoted.csv', text), planted: [a.id, b.id, a.phone, b.phone], format: 'csv' };
    }],
    ['TSV without a header row', async () => {
      const rows = [person(), person(), person()];
      const text = rows.map((p) => [p.phone, p.email, p.name].join('\t')).join('\n');
      return { path: await put('noheader.txt', text), planted: rows.flatMap((p) => [p.phone, p.email]), format: 'csv' };
    }],
    ['JSON lines with nested objects', async () => {
      const rows = [person(), person()];
      const text = rows.map((p) => JSON.stringify({ user: { profile: { mobile: p.phone, mail: p.email } }, idcard: p.id })).join('\n');
      return { path: await put('users.jsonl', text), planted: rows.flatMap((p) => [p.phone, p.email, p.id]), format: 'jsonl' };
    }],
    ['a JSON array of nested records', async () => {
      const rows = [person(), person()];
      const text = JSON.stringify(rows.map((p) => ({ contact: { phone: p.phone }, ids: [{ sfzh: p.id }] })), null, 2);
      return { path: await put('array.json', text), planted: rows.flatMap((p) => [p.phone, p.id]), format: 'json' };
    }],
    ['a MySQL dump with escapes and NULL', async () => {
      const [a, b] = [person(), person()];
      const text = `-- MySQL dump 10.13\nCREATE TABLE \`members\` (\n  \`id\` int NOT NULL,\n  \`mobile\` varchar(20),\n  \`email\` varchar(64),\n  \`note\` text,\n  PRIMARY KEY (\`id\`)\n) ENGINE=InnoDB;\nINSERT INTO \`members\` VALUES (1,'${a.phone}','${a.email}','it\\'s, (odd)'),(2,'${b.phone}',NULL,'x');\n`;
      return { path: await put('dump.sql', text), planted: [a.phone, a.email, b.phone], format: 'sql' };
    }],
    ['a PostgreSQL COPY block', async () => {
      const [a, b] = [person(), person()];
      const text = `-- PostgreSQL database dump\nCOPY public.patients (id, name, id_card, phone) FROM stdin;\n1\t${a.name}\t${a.id}\t${a.phone}\n2\t${b.name}\t${b.id}\t\\N\n\\.\n`;
      return { path: await put('pg.sql', text), planted: [a.id, a.phone, b.id], format: 'sql' };
    }],
    ['a combo list with several separators and junk lines', async () => {
      const [a, b, c] = [person(), person(), person()];
      const text = `==== FRESH COMBO ====\n# comment\n${a.email}:pass123\n${b.phone}----qwerty\ntom_li_${rng.int(1e6)}|secret\n\n${c.email};hunter2\n`;
      return { path: await put('combo.txt', text), planted: [a.email, b.phone, c.email], format: 'combo' };
    }],
    ['a Telegram Desktop export with text as a string and as parts', async () => {
      const [a, b] = [person(), person()];
      const doc = {
        name: 'Data market',
        type: 'private_supergroup',
        id: 1,
        messages: [
          { id: 1, type: 'message', date: '2024-01-01T10:00:00', from: 'Seller', from_id: 'user1', text: `出售快递数据 样例 ${a.phone} ${a.id}` },
          { id: 2, type: 'message', date: '2024-01-01T10:01:00', from: 'Seller', from_id: 'user1', text: ['sample: ', { type: 'email', text: b.email }] },
          { id: 3, type: 'service', date: '2024-01-01T10:02:00', action: 'pin_message' },
        ],
      };
      return { path: await put('result.json', JSON.stringify(doc, null, 1)), planted: [a.phone, a.id, b.email], format: 'telegram' };
    }],
    ['plain text, identifiers found by detection', async () => {
      const a = person();
      return { path: await put('notes.txt', `客户${a.name}，手机号码${a.phone}，身份证号${a.id}，已发货。\n`), planted: [a.phone, a.id], format: 'text' };
    }],
    ['gzip-compressed CSV', async () => {
      const a = person();
      return { path: await put('gz.csv.gz', gzipSync(`name,phone\n${a.name},${a.phone}\n`)), planted: [a.phone], format: 'csv' };
    }],
    ['GBK-encoded CSV', async () => {
      const a = person();
      return { path: await put('gbk.csv', iconv.encode(`姓名,手机号码,地址\n${a.name},${a.phone},${a.address}\n`, 'gbk')), planted: [a.phone], format: 'csv' };
    }],
    ['UTF-16 CSV with a BOM', async () => {
      const a = person();
      return { path: await put('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`name,email\n${a.name},${a.email}\n`, 'utf16le')])), planted: [a.email], format: 'csv' };
    }],
  ];
  for (const [name, make] of cases) {
    test(name, async () => {
      const { path, planted, format } = await make();
      const breach = `fmt ${name.slice(0, 20)}`;
      const report = await ingest(path, breach);
      assert.equal(report.status, 'ingested');
      assert.equal(report.format, format);
      for (const value of planted) assert.deepEqual(await breachesOf(value), [breach], `a planted value of ${name}`);
    });
  }

  test('JSON whose keys are data (phone numbers as keys) does not grow columns without bound; values are still found', async () => {
    const phones = Array.from({ length: 1200 }, () => cnMobile(rng));
    const text = phones.map((phone, i) => JSON.stringify({ [phone]: { note: `客户手机 ${phone}`, n: i } })).join('\n');
    const report = await ingest(await put('keyed.jsonl', text), 'Keyed by phone');
    assert.equal(report.records, 1200);
    assert.ok(Object.keys((report as unknown as { columns: object }).columns).length <= 1000);
    for (const phone of [phones[0], phones[1100], phones[1199]]) assert.deepEqual(await breachesOf(phone), ['Keyed by phone']);
  });

  test('a chat log whose lines start with [timestamp] is text, not JSON', async () => {
    const a = person();
    const report = await ingest(await put('chat.txt', `[2024-05-12 21:03] 老K: 出数据\n[2024-05-12 21:04] 老K: 样例 ${a.name} ${a.phone}\n`), 'Chat log');
    assert.equal(report.format, 'text');
    assert.deepEqual(await breachesOf(a.phone), ['Chat log']);
  });

  test('a zip archive: every entry is ingested, nested archives and binary entries are skipped with a note', async () => {
    const [a, b] = [person(), person()];
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from(`phone\n${a.phone}\n`), 'part1/users.csv');
    zip.addBuffer(Buffer.from(`${b.email}:pw\n`), 'part2/combo.txt');
    zip.addBuffer(Buffer.from([0, 1, 2, 3, 0, 0, 0, 9]), 'blob.bin');
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    const path = await put('leak.zip', Buffer.concat(chunks));
    const run = await cli(['ingest', path, '--breach', 'zipped', '--json', '--no-progress', ...store()]);
    assert.equal(run.code, 0, run.stderr);
    const reports = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Report & { file: string });
    assert.deepEqual(reports.map((r) => [r.file.replace(dir, ''), r.status]), [
      ['/leak.zip/part1/users.csv', 'ingested'],
      ['/leak.zip/part2/combo.txt', 'ingested'],
      ['/leak.zip/blob.bin', 'skipped'],
    ]);
    assert.deepEqual(await breachesOf(a.phone), ['zipped']);
    assert.deepEqual(await breachesOf(b.email), ['zipped']);
  });
});

describe('identifiers meet across dumps however they were written', () => {
  test('phone numbers, ID numbers and e-mails written differently in two breaches are one identifier', async () => {
    const p = person();
    const idX = `${p.id.slice(0, 17)}X`;
    const withX = /X$/.test(p.id) ? p.id : null;
    const one = `phone,idcard,email\n${p.phone},${withX?.toLowerCase() ?? p.id},${p.email.toUpperCase()}\n`;
    const spaced = `+86 ${p.phone.slice(0, 3)}-${p.phone.slice(3, 7)}-${p.phone.slice(7)}`;
    const two = `mobile;sfzh;mail\n"${spaced}";${withX ?? p.id};  ${p.email}  \n`;
    await ingest(await put('meet1.csv', one), 'Meet A');
    await ingest(await put('meet2.csv', two), 'Meet B');
    for (const form of [p.phone, `86${p.phone}`, `+86${p.phone}`, `0086 ${p.phone}`, spaced]) assert.deepEqual(await breachesOf(form), ['Meet A', 'Meet B'], form);
    assert.deepEqual(await breachesOf(p.id.toLowerCase()), ['Meet A', 'Meet B']);
    assert.deepEqual(await breachesOf(` ${p.email.toUpperCase()} `), ['Meet A', 'Meet B']);
    assert.notEqual(idX, '');
  });

  test('a legacy 15-digit ID number meets its 18-digit form', async () => {
    const id15 = '110105491231002';
    await ingest(await put('legacy.csv', `身份证号,name\n${id15},x\n`), 'Legacy');
    assert.deepEqual(await breachesOf('11010519491231002X'), ['Legacy']);
  });

  test('a login column mixing e-mails, phone numbers and usernames keys each as what it is', async () => {
    const p = person();
    const user = `neo_${rng.int(1e6)}`;
    await ingest(await put('logins.csv', `login,password\n${p.email},a\n${p.phone},b\n${user},c\n${email(rng)},d\n`), 'Logins');
    assert.deepEqual(await breachesOf(p.email), ['Logins']);
    assert.deepEqual(await breachesOf(p.phone), ['Logins']);
    assert.deepEqual(await breachesOf(user.toUpperCase(), 'username'), ['Logins']);
  });

  test('--map reads a column as the type given, and none ignores it', async () => {
    const p = person();
    const code = String(10_000_000 + rng.int(1e6));
    const report = await ingest(await put('mapped.csv', `a,b,c\n${code},${p.phone},x\n${code}1,${cnMobile(rng)},y\n`), 'Mapped', '--map', 'a=username', '--map', '2=none');
    assert.equal(report.identifiers.phone ?? 0, 0);
    assert.deepEqual(await breachesOf(p.phone), []);
    assert.deepEqual(await breachesOf(code, 'username'), ['Mapped']);
  });
});

describe('dirty input loses no good data', () => {
  test('bad lines are skipped and counted with reasons and line numbers; every good row goes in', async () => {
    const good = [person(), person(), person(), person()];
    const lines = [
      'name,phone,email',
      `${good[0].name},${good[0].phone},${good[0].email}`,
      'only,two',
      `${good[1].name},${good[1].phone},${good[1].email}`,
      `bin\u0000ary,${cnMobile(rng)},x@y.z`,
      `${good[2].name},${good[2].phone},${good[2].email}`,
      `"broken,${cnMobile(rng)},never closed`,
      `${good[3].name},${good[3].phone},${good[3].email}`,
    ];
    const report = await ingest(await put('dirty.csv', `${lines.join('\n')}\n`), 'Dirty');
    assert.equal(report.records, 4);
    assert.equal(report.skipped, 3);
    assert.deepEqual(report.skipSamples.map((s) => s.line), [3, 5, 7]);
    assert.deepEqual(report.skipReasons, { 'expected 3 fields, found 2': 1, 'binary data': 1, 'unclosed quote': 1 });
    for (const p of good) assert.deepEqual(await breachesOf(p.phone), ['Dirty']);
    const text = JSON.stringify(report);
    for (const line of lines.slice(2)) for (const cell of line.split(',')) if (cell.length > 4) assert.ok(!text.includes(cell), 'a report quotes input');
  });

  test('binary and empty files get a clear message and the other files still go in', async () => {
    const p = person();
    const empty = await put('empty.csv', '');
    const binary = await put('image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]));
    const good = await put('good.csv', `phone\n${p.phone}\n`);
    const run = await cli(['ingest', empty, binary, good, '--breach', 'Mixed', '--no-progress', ...store()]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /empty\.csv: skipped \(.*empty file\)/);
    assert.match(run.stderr, /image\.csv: skipped \(.*binary file/);
    assert.deepEqual(await breachesOf(p.phone), ['Mixed']);
  });

  test('a missing file is an error naming it; exit code 2; the rest is ingested', async () => {
    const p = person();
    const run = await cli(['ingest', join(dir, 'nope.csv'), await put('ok.csv', `phone\n${p.phone}\n`), '--breach', 'Partial', '--no-progress', ...store()]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /nope\.csv: no such file or directory/);
    assert.deepEqual(await breachesOf(p.phone), ['Partial']);
  });
});

describe('check, breaches and stats', () => {
  test('check takes many values from stdin, guesses kinds, and answers one JSON object per value', async () => {
    const p = person();
    await ingest(await put('check.csv', `name,phone,email,id\n${p.name},${p.phone},${p.email},${p.id}\n`), 'Checkable', '--date', '2022-05-06', '--sector', 'medical', '--flag', 'unverified');
    const absent = cnMobile(rng);
    const run = await cli(['check', '-', '--json', ...store()], { stdin: `${p.phone}\n${p.email}\n\n${p.id}\n${absent}\n` });
    assert.equal(run.code, 1);
    const answers = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(answers.map((a) => [a.query, a.kind, a.breaches.length]), [[p.phone, 'phone', 1], [p.email, 'email', 1], [p.id, 'id', 1], [absent, 'phone', 0]]);
    assert.deepEqual(answers[0].breaches[0], { name: 'Checkable', date: '2022-05-06', sector: 'medical', dataClasses: ['CN_RESIDENT_ID', 'EMAIL_ADDRESS', 'PERSON', 'PHONE_NUMBER'], flags: ['unverified'] });
  });

  test('check exits 0 when nothing is found and 2 for a value that is no identifier of the kind given', async () => {
    assert.equal((await cli(['check', cnMobile(rng), ...store()])).code, 0);
    const bad = await cli(['check', 'not-a-phone', '--kind', 'phone', ...store()]);
    assert.equal(bad.code, 2);
    assert.match(bad.stdout, /not a valid phone/);
  });

  test('reading commands refuse a data folder with no index instead of making one', async () => {
    const run = await cli(['breaches', '--data', join(dir, 'nothing-here'), '--key-file', keyFile]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no exposure index in .*nothing-here/);
  });

  test('breaches and stats describe the catalogue; global options work before the command too', async () => {
    const breaches = JSON.parse((await cli([...store(), 'breaches', '--json'])).stdout) as { name: string; sector: string; records: number }[];
    const checkable = breaches.find((b) => b.name === 'Checkable')!;
    assert.equal(checkable.sector, 'medical');
    assert.equal(checkable.records, 1);
    const stats = JSON.parse((await cli([...store(), 'stats', '--json'])).stdout);
    assert.equal(stats.breaches, breaches.length);
    assert.equal(stats.records, breaches.reduce((sum, b) => sum + b.records, 0));
    assert.ok(stats.bySector.medical.breaches >= 1);
    assert.ok(stats.byYear['2022'].breaches >= 1);
    assert.ok(stats.uniqueIdentifiers.phone > 10);
    const human = await cli(['stats', ...store()]);
    assert.match(human.stdout, /breaches, .* records\nby sector:/);
  });

  test('ingest rejects bad options with one line and exit code 2', async () => {
    for (const [args, message] of [
      [['--date', '2023-02-30'], /expected a date as YYYY-MM-DD/],
      [['--sector', 'space'], /Allowed choices are transport/],
      [['--flag', 'secret'], /expected one of sensitive/],
      [['--map', 'phone'], /expected COLUMN=TYPE/],
      [['--map', 'a=shoe'], /unknown type "shoe"/],
    ] as const) {
      const run = await cli(['ingest', join(dir, 'ok.csv'), '--breach', 'X', ...args, ...store()]);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, message);
      assert.ok(!run.stderr.includes('    at '), 'a stack trace');
    }
  });
});
