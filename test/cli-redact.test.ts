import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { Command } from 'commander';
import { main } from '../src/cli/main.js';
import { registerGlobalOptions } from '../src/cli/store-context.js';
import { registerRedactCommand } from '../src/cli/redact-command.js';
import { reversePseudonyms } from '../src/redact/index.js';

// Synthetic values only.
const dir = mkdtempSync(join(tmpdir(), 'leakhound-redact-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const path = (name: string) => join(dir, name);
const KEY = 'cli-test-key-0123456789abcdef';
writeFileSync(path('key.txt'), `${KEY}\n`);
writeFileSync(path('short.key'), 'short\n');

const CSV = 'name,phone,email\r\n张三,13800138000,zhangsan@example.com\r\n李四,"+86 138-0013-8000",lisi@example.org\r\n';
writeFileSync(path('people.csv'), CSV);

class Capture {
  text = '';
  write(s: string) {
    this.text += s;
    return true;
  }
}

/** Runs `leakhound redact ...args` in-process; errors reject as they would reach main. */
async function run(args: string[], stdin?: string) {
  const [stdout, stderr] = [new Capture(), new Capture()];
  const program = new Command('leakhound').exitOverride().configureOutput({ writeOut: (s) => stdout.write(s), writeErr: (s) => stderr.write(s) });
  const input = stdin === undefined ? undefined : (async function* () { yield new TextEncoder().encode(stdin); })();
  registerGlobalOptions(program); // --key-file is global
  registerRedactCommand(program, { stdout, stderr, stdin: input });
  await program.parseAsync(['redact', ...args], { from: 'user' });
  return { stdout: stdout.text, stderr: stderr.text };
}

describe('leakhound redact', () => {
  it('masks a CSV file into -o, keeping header, quoting and CRLF, and summarises on stderr', async () => {
    const { stdout, stderr } = await run([path('people.csv'), '-o', path('people.out.csv')]);
    assert.equal(stdout, '');
    assert.equal(readFileSync(path('people.out.csv'), 'utf8'), 'name,phone,email\r\n张*,138****8000,z***@example.com\r\n李*,"+86 138-****-8000",l***@example.org\r\n');
    assert.match(stderr, /redacted 6 value\(s\) in 2 record\(s\)/);
    assert.ok(!stderr.includes('13800138000'));
  });

  it('reads stdin (-) and writes stdout', async () => {
    const { stdout } = await run(['-', '--default-operator', 'replace', '-q'], 'call 13800138000\n');
    assert.equal(stdout, 'call <PHONE_NUMBER>\n');
  });

  it('hashes a type with the key file (keyed HMAC-SHA256), other types by the default operator', async () => {
    const { stdout } = await run([path('people.csv'), '--operator', 'PHONE_NUMBER=hash', '--operator', 'email_address=remove', '--key-file', path('key.txt'), '-q']);
    const hmac = (v: string) => createHmac('sha256', KEY).update(v).digest('hex').slice(0, 16);
    assert.equal(stdout, `name,phone,email\r\n张*,${hmac('13800138000')},\r\n李*,"${hmac('+86 138-0013-8000')}",\r\n`);
  });

  it('takes the key from LEAKHOUND_REDACT_KEY', async () => {
    process.env.LEAKHOUND_REDACT_KEY = KEY;
    try {
      const { stdout } = await run(['-', '--default-operator', 'hash', '-q'], '13800138000');
      assert.equal(stdout, createHmac('sha256', KEY).update('13800138000').digest('hex').slice(0, 16));
    } finally {
      delete process.env.LEAKHOUND_REDACT_KEY;
    }
  });

  it('writes an encrypted vault with pseudonyms, reversible only with the key; never overwrites it', async () => {
    const args = [path('people.csv'), '--default-operator', 'pseudonym', '--key-file', path('key.txt'), '--vault', path('vault.json'), '-q'];
    const { stdout } = await run(args);
    assert.match(stdout, /^name,phone,email\r\nPERSON_[0-9a-f]{16},PHONE_NUMBER_[0-9a-f]{16},EMAIL_ADDRESS_[0-9a-f]{16}\r\n/);
    const vault = readFileSync(path('vault.json'), 'utf8');
    assert.ok(!vault.includes('13800138000') && !vault.includes('zhangsan'));
    assert.equal(reversePseudonyms(stdout, vault, KEY), CSV);
    await assert.rejects(run(args), { name: 'UsageError', message: /--vault .*vault\.json: already exists/ });
  });

  it('detects the format from the extension, through .gz', async () => {
    writeFileSync(path('rows.jsonl.gz'), gzipSync('{"phone":"13800138000","n":1}\nnot json 13900139000\n'));
    writeFileSync(path('rows.tsv'), 'phone\tnote\n13800138000\tx, y\n');
    assert.equal((await run([path('rows.jsonl.gz'), '-q'])).stdout, '{"phone":"138****8000","n":1}\nnot json 139****9000\n');
    assert.equal((await run([path('rows.tsv'), '-q'])).stdout, 'phone\tnote\n138****8000\tx, y\n');
  });

  it('lets --format, --header and --no-header override the guesses', async () => {
    writeFileSync(path('table.txt'), 'contact 13800138000,x\n13900139000,y\n');
    const header = await run([path('table.txt'), '--format', 'csv', '--header', '--default-operator', 'replace']);
    assert.equal(header.stdout, 'contact 13800138000,x\n<PHONE_NUMBER>,y\n');
    assert.match(header.stderr, /in 1 record\(s\)/);
    const noHeader = await run([path('table.txt'), '--format', 'csv', '--no-header', '--default-operator', 'replace']);
    assert.equal(noHeader.stdout, 'contact <PHONE_NUMBER>,x\n<PHONE_NUMBER>,y\n');
    assert.match(noHeader.stderr, /in 2 record\(s\)/);
  });

  const FAILURES: [name: string, args: string[], message: RegExp][] = [
    ['a missing input file', ['missing.csv'], /missing\.csv: no such file or directory/],
    ['a hash without a key', ['people.csv', '--operator', 'PHONE_NUMBER=hash'], /the hash operator needs a key: pass --key-file FILE or set LEAKHOUND_REDACT_KEY/],
    ['a short key', ['people.csv', '--default-operator', 'hash', '--key-file', 'short.key'], /--key-file .*short\.key: the key is 5 bytes; at least 16 are required/],
    ['a missing key file', ['people.csv', '--default-operator', 'hash', '--key-file', 'nope.key'], /--key-file .*nope\.key: no such file or directory/],
    ['a bad operator name', ['people.csv', '--operator', 'PHONE_NUMBER=blur'], /--operator.*unknown operator blur/],
    ['a bad type name', ['people.csv', '--operator', 'PHONE=mask'], /--operator.*unknown type PHONE/],
    ['a bad default operator', ['people.csv', '--default-operator', 'blur'], /--default-operator.*blur/],
    ['a vault without pseudonyms', ['people.csv', '--vault', 'v.json'], /--vault is only written for the pseudonym operator/],
    ['an output that is the input', ['people.csv', '-o', 'people.csv'], /-o .*people\.csv: the output would overwrite the input/],
  ];
  for (const [name, args, message] of FAILURES) {
    it(`exits 2 with one line and no stack trace for ${name}`, async () => {
      const stderr = new Capture();
      const argv = ['redact', ...args.map((a) => (/\.(csv|key|json)$/.test(a) ? path(a) : a))];
      const code = await main(argv, { stdout: new Capture(), stderr });
      assert.equal(code, 2);
      assert.match(stderr.text, message);
      assert.equal(stderr.text.trimEnd().split('\n').length, 1, stderr.text);
      assert.ok(!/\n\s+at /.test(stderr.text));
    });
  }

  it('keeps the input intact when -o would overwrite it', () => {
    assert.equal(readFileSync(path('people.csv'), 'utf8'), CSV);
    assert.ok(!existsSync(path('v.json')));
  });
});
