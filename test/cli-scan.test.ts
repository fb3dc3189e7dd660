import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { main } from '../src/cli/main.js';
import { Rng, cnMobile, cnResidentId, email } from './synth/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUN = join(ROOT, 'src/cli/run.ts');
// Synthetic values the engine detects: a valid-checksum ID, a mobile number in a valid range, an e-mail.
const ID = '11010519491231002X';
const PHONE = '13800138000';
const EMAIL = 'zhang.san@example.com';
const TEXT = `客户资料\n姓名：张三，手机 ${PHONE}\nID card: ${ID}, mail ${EMAIL}\n`;

let dir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
  type: string;
  score: number;
  recognizer: string;
  preview: string;
  value?: string;
}

async function cli(args: string[], options: { stdin?: string; tty?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  async function* stdin() {
    if (options.stdin !== undefined) yield Buffer.from(options.stdin);
  }
  const code = await main(args, {
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: options.tty, columns: 100 },
    stdin: stdin(),
  });
  return { code, stdout, stderr };
}

function spawnCli(args: string[], input?: string): Run {
  const child = spawnSync(process.execPath, ['--import', 'tsx', RUN, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 120_000 });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}

async function put(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  return path;
}

async function findings(args: string[]): Promise<JsonFinding[]> {
  const run = await cli(['scan', '--format', 'json', ...args]);
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

/** line:column of each occurrence of `value` in `text` (1-based, UTF-16 columns). */
function positionsOf(text: string, value: string): string[] {
  const out: string[] = [];
  for (let i = text.indexOf(value); i !== -1; i = text.indexOf(value, i + 1)) {
    const before = text.slice(0, i).split('\n');
    out.push(`${before.length}:${before[before.length - 1].length + 1}`);
  }
  return out;
}

function where(list: JsonFinding[], type: string): string[] {
  return list.filter((f) => f.type === type).map((f) => `${f.line}:${f.column}`);
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leakhound-cli-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exit codes', () => {
  test('0 when nothing is found, 1 when something is, 2 when a path cannot be read', async () => {
    const clean = await put('exit/clean.txt', 'nothing personal here\n');
    const leaky = await put('exit/leaky.txt', TEXT);
    assert.equal((await cli(['scan', clean])).code, 0);
    assert.equal((await cli(['scan', clean, leaky])).code, 1);
    const missing = await cli(['scan', '--no-progress', leaky, join(dir, 'exit/missing.txt')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^leakhound: cannot read .*missing\.txt: no such file or directory$/m);
    assert.match(missing.stdout, /Could not read \(1\):/);
  });

  test('bad usage is one line and exit 2, never a stack trace', async () => {
    for (const args of [
      ['scan', '--min-score', 'lots', 'x'],
      ['scan', '--format', 'xml', 'x'],
      ['scan', '--types', 'PHONE,NOPE', 'x'],
      ['scan', '--allow-list', join(dir, 'no-such-list'), 'x'],
      ['scan', '-o', join(dir, 'no/such/dir/out.json'), 'x'],
      ['scan'],
      ['frobnicate'],
    ]) {
      const run = await cli(args);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /^leakhound: /, args.join(' '));
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'stack trace');
    }
  });

  test('--help and --version exit 0', async () => {
    const help = await cli(['scan', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--format <format>/);
    assert.match(help.stdout, /Exit codes: 0 nothing found, 1/);
    const version = await cli(['--version']);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  test('a real process gets the same codes and no stack trace', () => {
    assert.equal(spawnCli(['scan', '--no-progress', '-'], 'nothing here\n').code, 0);
    const found = spawnCli(['scan', '--format', 'jsonl', '-'], TEXT);
    assert.equal(found.code, 1);
    assert.ok(found.stdout.trim().split('\n').every((line) => JSON.parse(line).file === '-'));
    const bad = spawnCli(['scan', '--max-findings', '-3', '-']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^leakhound: /);
    assert.doesNotMatch(bad.stderr, /\n\s+at /);
  });
});

describe('report formats', () => {
  let file: string;
  before(async () => {
    file = await put('formats/report.txt', TEXT);
  });

  test('json: one document with findings at the right line and column, files and summary', async () => {
    const run = await cli(['scan', '--format', 'json', file]);
    const doc = JSON.parse(run.stdout);
    assert.equal(doc.tool.name, 'leakhound');
    assert.deepEqual(where(doc.findings, 'PHONE_NUMBER'), positionsOf(TEXT, PHONE));
    assert.deepEqual(where(doc.findings, 'CN_RESIDENT_ID'), positionsOf(TEXT, ID));
    assert.deepEqual(where(doc.findings, 'EMAIL_ADDRESS'), positionsOf(TEXT, EMAIL));
    for (const f of doc.findings as JsonFinding[]) {
      assert.equal(f.file, file);
      assert.ok(f.end > f.start && f.score > 0 && f.recognizer);
      assert.equal(f.value, undefined);
      assert.equal(f.endColumn - f.column, f.end - f.start);
    }
    const id = doc.findings.find((f: JsonFinding) => f.type === 'CN_RESIDENT_ID');
    assert.equal(TEXT.slice(id.start, id.end), ID);
    assert.equal(doc.summary.findings, doc.findings.length);
    assert.equal(doc.files[0].path, file);
    assert.equal(doc.files[0].encoding, 'utf-8');
  });

  test('jsonl: every line is one finding', async () => {
    const run = await cli(['scan', '--format', 'jsonl', file]);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as JsonFinding);
    assert.deepEqual(where(lines, 'PHONE_NUMBER'), positionsOf(TEXT, PHONE));
    assert.ok(lines.length >= 3);
  });

  test('sarif: version 2.1.0, one rule per type, results with regions', async () => {
    const run = await cli(['scan', '--format', 'sarif', file]);
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.version, '2.1.0');
    const [only] = sarif.runs;
    const rules = only.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.ok(rules.includes('CN_RESIDENT_ID') && rules.includes('PHONE_NUMBER'));
    const phone = only.results.find((r: { ruleId: string }) => r.ruleId === 'PHONE_NUMBER');
    assert.equal(phone.level, 'warning');
    assert.equal(rules[phone.ruleIndex], 'PHONE_NUMBER');
    const region = phone.locations[0].physicalLocation.region;
    assert.equal(`${region.startLine}:${region.startColumn}`, positionsOf(TEXT, PHONE)[0]);
    assert.equal(region.endColumn - region.startColumn, PHONE.length);
    assert.ok(phone.locations[0].physicalLocation.artifactLocation.uri.endsWith('formats/report.txt'));
  });

  test('csv: a header, then one row per finding', async () => {
    const run = await cli(['scan', '--format', 'csv', file]);
    const [header, ...rows] = run.stdout.trim().split('\n');
    assert.equal(header, 'file,line,column,type,score,recognizer,start,end,preview');
    const phone = rows.find((row) => row.includes(',PHONE_NUMBER,'));
    assert.ok(phone?.startsWith(`${file},${positionsOf(TEXT, PHONE)[0].replace(':', ',')},PHONE_NUMBER,`));
  });

  test('summary: counts per type and per file, masked examples, speed', async () => {
    const run = await cli(['scan', file]);
    assert.match(run.stdout, /Scanned 1 file, .* in .* s \(.*\/s\)\./);
    assert.match(run.stdout, /CN_RESIDENT_ID\s+1/);
    assert.match(run.stdout, /report\.txt \(text, utf-8\): \d+ - /);
    assert.match(run.stdout, /line 2, column \d+: PHONE_NUMBER 13\*+00/);
  });

  test('summary: past the examples findings are only counted, to the same totals as the full listing', async () => {
    // The summary works out positions for each file's first five findings only; its counts and examples must be those
    // of the JSON listing, which locates every finding, in text and in a CSV file.
    const rng = new Rng(7);
    const lines = Array.from({ length: 40 }, (_, k) => `第${k}行 手机 ${cnMobile(rng)}，身份证 ${cnResidentId(rng)}，邮箱 ${email(rng)}`);
    const rows = Array.from({ length: 40 }, () => `${cnMobile(rng)},${cnResidentId(rng)},${email(rng)}`);
    const text = await put('formats/many.txt', `${lines.join('\n')}\n`);
    const table = await put('formats/many.csv', `mobile,id_card,email\n${rows.join('\n')}\n`);
    for (const path of [text, table]) {
      const doc = JSON.parse((await cli(['scan', '--format', 'json', path])).stdout);
      const summary = (await cli(['scan', path])).stdout;
      assert.equal(doc.summary.findings, 120);
      assert.match(summary, /Found 120 items/);
      for (const [type, n] of Object.entries(doc.summary.byType)) assert.match(summary, new RegExp(`\\n  ${type}\\s+${n}\\n`));
      const examples = [...summary.matchAll(/line (\d+), column (\d+): (\w+)/g)].map((m) => m.slice(1).join(' '));
      const listed = doc.findings.slice(0, 5).map((f: { line: number; column: number; type: string }) => `${f.line} ${f.column} ${f.type}`);
      assert.deepEqual(examples, listed);
      assert.match(summary, /\.\.\. 115 more/);
    }
  });

  test('no report carries a matched value unless --show-values', async () => {
    for (const format of ['summary', 'json', 'jsonl', 'sarif', 'csv']) {
      const run = await cli(['scan', '--format', format, file]);
      for (const value of [PHONE, ID, EMAIL]) assert.ok(!run.stdout.includes(value), `${format} shows ${value}`);
      const shown = await cli(['scan', '--format', format, '--show-values', file]);
      assert.ok(shown.stdout.includes(PHONE), `${format} --show-values`);
    }
  });

  test('-o writes the report to a file; --max-findings limits the list, not the totals', async () => {
    const out = join(dir, 'formats/out.json');
    const run = await cli(['scan', '--format', 'json', '--max-findings', '1', '-o', out, file]);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /listed 1 of \d+ findings/);
    const doc = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(doc.findings.length, 1);
    assert.ok(doc.summary.findings >= 3);
  });
});

describe('options', () => {
  test('--types, --allow-list and --deny-list', async () => {
    const file = await put('options/text.txt', `${TEXT}order code ZX-9931-QQ\n`);
    assert.deepEqual([...new Set((await findings(['--types', 'PHONE_NUMBER', file])).map((f) => f.type))], ['PHONE_NUMBER']);
    const allow = await put('options/allow.txt', `# test numbers\n${PHONE}\n`);
    assert.ok(!(await findings(['--allow-list', allow, file])).some((f) => f.type === 'PHONE_NUMBER'));
    const deny = await put('options/deny.txt', 'ORDER_CODE ZX-9931-QQ\n');
    const denied = (await findings(['--deny-list', deny, '--types', 'ORDER_CODE', file]))[0];
    assert.equal(denied.type, 'ORDER_CODE');
    assert.equal(`${denied.line}:${denied.column}`, '4:12');
  });

  test('stdin as -', async () => {
    const run = await cli(['scan', '--format', 'jsonl', '-'], { stdin: TEXT });
    assert.equal(run.code, 1);
    assert.ok(run.stdout.includes('"file":"-"'));
  });

  test('a progress bar only on a terminal, and not with --no-progress', async () => {
    const file = await put('options/progress.txt', TEXT);
    assert.equal((await cli(['scan', file])).stderr, '');
    assert.match((await cli(['scan', file], { tty: true })).stderr, /\r.*MB\/s {2}files \d\/1/);
    assert.equal((await cli(['scan', '--no-progress', file], { tty: true })).stderr, '');
  });
});

describe('encodings, compression and unreadable input', () => {
  test('UTF-16LE/BE with BOM, GBK and GB18030 give the same findings as UTF-8', async () => {
    const text = `${TEXT}第四行：联系人 李四 ${PHONE.replace('8000', '8001')}\n`;
    const expected = (await findings([await put('enc/utf8.txt', text)])).map(({ file: _, ...rest }) => rest);
    assert.ok(expected.length >= 4);
    const variants: [string, Uint8Array][] = [
      ['utf16le.txt', iconv.encode(text, 'utf-16le', { addBOM: true })],
      ['utf16be.txt', iconv.encode(text, 'utf-16be', { addBOM: true })],
      ['gbk.txt', iconv.encode(text, 'gbk')],
      ['gb18030.txt', iconv.encode(text, 'gb18030')],
      ['gbk.txt.gz', gzipSync(iconv.encode(text, 'gbk'))],
    ];
    for (const [name, bytes] of variants) {
      const got = (await findings([await put(`enc/${name}`, bytes)])).map(({ file: _, ...rest }) => rest);
      assert.deepEqual(got, expected, name);
    }
    const doc = JSON.parse((await cli(['scan', '--format', 'json', join(dir, 'enc')])).stdout);
    const encodings = Object.fromEntries(doc.files.map((f: { path: string; encoding: string }) => [f.path.slice(join(dir, 'enc').length + 1), f.encoding]));
    assert.deepEqual(encodings, { 'gb18030.txt': 'gbk', 'gbk.txt': 'gbk', 'gbk.txt.gz': 'gbk', 'utf16be.txt': 'utf-16be', 'utf16le.txt': 'utf-16le', 'utf8.txt': 'utf-8' });
  });

  test('a corrupt .gz is named in a clear message while the other files are still scanned', async () => {
    const good = await put('gz/a-good.txt.gz', gzipSync(TEXT));
    const whole = gzipSync(TEXT.repeat(50));
    const corrupt = await put('gz/b-corrupt.log.gz', whole.subarray(0, whole.length - 30));
    const after = await put('gz/c-after.txt', TEXT);
    const run = await cli(['scan', '--format', 'json', join(dir, 'gz')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /leakhound: cannot read .*b-corrupt\.log\.gz: corrupt gzip data/);
    assert.doesNotMatch(run.stderr, new RegExp(PHONE));
    const doc = JSON.parse(run.stdout);
    const files = new Set(doc.findings.map((f: JsonFinding) => f.file));
    assert.ok(files.has(good) && files.has(after));
    assert.equal(doc.files.find((f: { path: string }) => f.path === corrupt).status, 'error');
  });

  test('a binary file is skipped with a note and does not change the exit code', async () => {
    const png = await put('bin/logo.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(PHONE)]));
    const elf = await put('bin/tool', Buffer.from('\u007fELF\u0002\u0001\u0001\u0000', 'latin1'));
    const run = await cli(['scan', png, elf]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Skipped \(2\):\n {2}.*logo\.png: binary file \(PNG image\)\n {2}.*tool: binary file \(ELF executable\)/);
  });

  test('a path through a file and a dangling link are clear errors naming them', async () => {
    const plain = await put('bad/plain.txt', TEXT);
    await symlink(join(dir, 'bad/nowhere'), join(dir, 'bad/dangling'));
    const run = await cli(['scan', join(plain, 'inner'), join(dir, 'bad/dangling'), plain]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read .*plain\.txt\/inner: not a directory/);
    assert.match(run.stderr, /cannot read .*bad\/dangling: dangling symbolic link/);
    assert.match(run.stdout, /Found \d+ items/);
  });
});

describe('structured files', () => {
  test('CSV: cells found in their columns; broken quoting falls back to text, counted', async () => {
    const csv = `name,phone,id\n张三,${PHONE},${ID}\n"李四","13900139000",x\nbroken,"oops 13700137000\nafter,13600136000,\n`;
    const file = await put('table/people.csv', csv);
    const run = await cli(['scan', '--format', 'json', file]);
    const doc = JSON.parse(run.stdout);
    const phones = where(doc.findings, 'PHONE_NUMBER');
    assert.deepEqual(phones, ['2:4', '3:7', '4:14', '5:7']);
    assert.deepEqual(where(doc.findings, 'CN_RESIDENT_ID'), ['2:16']);
    assert.match(doc.files[0].warnings.join(), /line\(s\) with broken CSV quoting scanned as text/);
    assert.match((await cli(['scan', file])).stdout, /Warnings:\n {2}.*people\.csv: \d+ line\(s\) with broken CSV quoting/);
  });

  test('JSON lines: records by key, invalid lines scanned as text and counted', async () => {
    const jsonl = `{"user":{"phone":"${PHONE}"},"note":"ok"}\n{"broken": "${ID}\n{"email":"${EMAIL}"}\n`;
    const doc = JSON.parse((await cli(['scan', '--format', 'json', await put('table/log.jsonl', jsonl)])).stdout);
    assert.deepEqual(where(doc.findings, 'PHONE_NUMBER'), positionsOf(jsonl, PHONE));
    assert.deepEqual(where(doc.findings, 'CN_RESIDENT_ID'), positionsOf(jsonl, ID));
    assert.deepEqual(where(doc.findings, 'EMAIL_ADDRESS'), positionsOf(jsonl, EMAIL));
    assert.deepEqual(doc.files[0].warnings, ['1 invalid JSON record(s) scanned as text']);
  });

  test('a JSON array of objects is read record by record', async () => {
    const json = `[\n  {"name": "张三", "mobile": "${PHONE}"},\n  {"name": "李四", "contact": {"email": "${EMAIL}"}}\n]\n`;
    const doc = JSON.parse((await cli(['scan', '--format', 'json', await put('table/people.json', json)])).stdout);
    assert.deepEqual(where(doc.findings, 'PHONE_NUMBER'), positionsOf(json, PHONE));
    assert.deepEqual(where(doc.findings, 'EMAIL_ADDRESS'), positionsOf(json, EMAIL));
    assert.equal(doc.files[0].format, 'json');
  });
});

describe('hostile file names', () => {
  test('spaces, newlines and unicode in names are scanned and reported unambiguously', async () => {
    const names = ['with space.txt', 'new\nline.txt', '客户 数据 😀.txt'];
    for (const name of names) await put(`names/${name}`, TEXT);
    const doc = JSON.parse((await cli(['scan', '--format', 'json', join(dir, 'names')])).stdout);
    assert.deepEqual([...new Set(doc.findings.map((f: JsonFinding) => f.file))].sort(), names.map((n) => join(dir, 'names', n)).sort());
    const summary = (await cli(['scan', join(dir, 'names')])).stdout;
    assert.ok(summary.includes(JSON.stringify(join(dir, 'names', 'new\nline.txt'))), 'a newline in a name is shown escaped');
    const sarif = JSON.parse((await cli(['scan', '--format', 'sarif', join(dir, 'names')])).stdout);
    const uris = sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri);
    assert.ok(uris.some((u: string) => u.endsWith('/new%0Aline.txt')));
    assert.ok(uris.every((u: string) => !/[\s]/.test(u)));
    const csv = (await cli(['scan', '--format', 'csv', join(dir, 'names')])).stdout;
    assert.ok(csv.includes(`"${join(dir, 'names', 'new\nline.txt')}"`));
  });
});

describe('big input', () => {
  test('a 20 MB single line: identifiers at the start, across a window cut, in the middle and at the end, each once', async () => {
    const size = 20 * 1024 * 1024;
    const at = [1, 1024 * 1024 - 9, 10_000_000, size - 20];
    const line = Buffer.alloc(size, 'x');
    for (let i = 0; i < size; i += 100) line[i] = 0x20;
    for (const p of at) line.write(` ${ID} `, p - 1, 'latin1');
    const file = await put('big/line.txt', Buffer.concat([line, Buffer.from('\n')]));
    const ids = (await findings([file])).filter((f) => f.type === 'CN_RESIDENT_ID');
    assert.deepEqual(ids.map((f) => [f.start, f.end, f.line, f.column]), at.map((p) => [p, p + ID.length, 1, p + 1]));
  });

  test('memory stays bounded on a big file with huge lines (child process, peak RSS)', async () => {
    const megabytes = Number(process.env.LEAKHOUND_TEST_BIG_MB ?? 64);
    await mkdir(join(dir, 'big'), { recursive: true });
    const file = join(dir, 'big/huge.log');
    const out = createWriteStream(file);
    const lines = Array.from({ length: 1000 }, (_, i) => `2024-05-0${i % 9} INFO order ${i} shipped to customer, tel ${i % 50 === 0 ? PHONE : 'n/a'}\n`).join('');
    const hugeLine = `${'y'.repeat(8 * 1024 * 1024)} ${ID} ${'z'.repeat(8 * 1024 * 1024)}\n`;
    let written = 0;
    while (written < megabytes * 1024 * 1024) {
      const piece = written % (32 * 1024 * 1024) < lines.length ? hugeLine : lines;
      if (!out.write(piece)) await once(out, 'drain');
      written += piece.length;
    }
    out.end();
    await once(out, 'finish');
    const script = join(dir, 'big/measure.mts');
    await writeFile(
      script,
      `import { main } from ${JSON.stringify(join(ROOT, 'src/cli/main.ts'))};\n` +
        `let n = 0;\n` +
        `const code = await main(['scan', '--format', 'jsonl', ${JSON.stringify(file)}], { stdout: { write: (s) => ((n += s.length), true) }, stderr: { write: () => true } });\n` +
        `console.log(JSON.stringify({ code, n, maxRssMb: process.resourceUsage().maxRSS / 1024 }));\n`,
    );
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
    assert.equal(child.status, 0, child.stderr);
    const result = JSON.parse(child.stdout.trim().split('\n').pop()!);
    assert.equal(result.code, 1);
    assert.ok(result.maxRssMb < 250, `peak RSS ${result.maxRssMb} MB`);
    if (process.env.LEAKHOUND_TEST_BIG_MB) console.log(`# ${megabytes} MB: peak RSS ${Math.round(result.maxRssMb)} MB`);
  });
});

test('demo scans the bundled synthetic samples under a banner and exits 0', async () => {
  const run = await cli(['demo']);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /Demo: scanning bundled SYNTHETIC sample data \(samples\/\)/);
  assert.match(run.stdout, /samples\/demo-customers\.csv \(csv, utf-8\)/);
  assert.match(run.stdout, /samples\/demo-log\.jsonl: 1 invalid JSON record/);
  assert.match(run.stdout, /samples\/demo-customers\.csv: 12 records \(csv, utf-8\)/);
  assert.match(run.stdout, /\+86 152-4936-5368 \(phone\): found in Demo breach \(synthetic\)/);
  assert.match(run.stdout, /USER02@EXAMPLE\.NET \(email\): found in Demo breach/);
  assert.match(run.stdout, /13700000000 \(phone\): not found/);
});
