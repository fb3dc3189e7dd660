import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { KEY_BYTES, KeyFileError, keyFingerprint, loadOrCreateKey } from './key-file.js';

const root = mkdtempSync(join(tmpdir(), 'leakhound-key-'));
after(() => rmSync(root, { recursive: true, force: true }));

let folders = 0;
/** A fresh folder of this test run (not created on disk). */
function freshPath(...parts: string[]): string {
  return join(root, `case-${folders++}`, ...parts);
}

/** A key file written by hand (or by another tool) with `content` and `mode`, in a fresh folder. */
function handWritten(content: string, mode: number): string {
  const path = freshPath('server.key');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content, { mode });
  chmodSync(path, mode); // the umask may have cleared bits of `mode`
  return path;
}

const HEX_KEY = 'a1'.repeat(32);

describe('loadOrCreateKey', () => {
  it('creates its folders and a key file of 64 hex digits, mode 0600', () => {
    const path = freshPath('config', 'leakhound', 'server.key');
    const key = loadOrCreateKey(path);
    assert.equal(key.created, true);
    assert.equal(key.path, path);
    assert.equal(key.bytes.length, KEY_BYTES);
    assert.equal(KEY_BYTES, 32);
    const text = readFileSync(path, 'utf8');
    assert.match(text, /^[0-9a-f]{64}\n?$/);
    assert.equal(text.trim(), Buffer.from(key.bytes).toString('hex'));
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.equal(statSync(dirname(path)).mode & 0o077, 0, 'the folder it made is private');
  });

  it('reads the same key back, not created', () => {
    const path = freshPath('server.key');
    const made = loadOrCreateKey(path);
    const again = loadOrCreateKey(path);
    assert.equal(again.created, false);
    assert.deepEqual(Buffer.from(again.bytes), Buffer.from(made.bytes));
  });

  it('reads a key file written by hand, with or without a final newline', () => {
    for (const content of [HEX_KEY, `${HEX_KEY}\n`, `  ${HEX_KEY}\r\n`]) {
      const path = handWritten(content, 0o600);
      const key = loadOrCreateKey(path);
      assert.equal(key.created, false);
      assert.equal(Buffer.from(key.bytes).toString('hex'), HEX_KEY);
    }
  });

  it('makes a different random key in each new file', () => {
    const keys = new Set(Array.from({ length: 20 }, () => Buffer.from(loadOrCreateKey(freshPath('server.key')).bytes).toString('hex')));
    assert.equal(keys.size, 20);
  });

  for (const mode of [0o640, 0o604, 0o644, 0o660, 0o666, 0o700 | 0o040, 0o602]) {
    it(`refuses a key file with mode ${mode.toString(8)} (KEY_FILE_MODE), even a well-formed one, without showing the key`, () => {
      const path = handWritten(HEX_KEY, mode);
      assert.throws(
        () => loadOrCreateKey(path),
        (err: unknown) => {
          assert.ok(err instanceof KeyFileError);
          assert.equal(err.code, 'KEY_FILE_MODE');
          assert.equal(err.path, path);
          assert.ok(err.message.includes(path), err.message);
          assert.ok(!err.message.includes(HEX_KEY), 'the message shows the key');
          return true;
        },
      );
      assert.equal(readFileSync(path, 'utf8'), HEX_KEY, 'the file was left as it was');
    });
  }

  it('accepts owner-only modes 0400 and 0600', () => {
    for (const mode of [0o400, 0o600]) {
      const path = handWritten(HEX_KEY, mode);
      assert.equal(Buffer.from(loadOrCreateKey(path).bytes).toString('hex'), HEX_KEY);
    }
  });

  const malformed: [string, string][] = [
    ['', 'empty'],
    ['\n', 'a newline only'],
    ['a1'.repeat(31) + 'a', '63 digits'],
    ['a1'.repeat(32) + 'a', '65 digits'],
    ['a1'.repeat(31), '31 bytes'],
    ['a1'.repeat(33), '33 bytes'],
    ['g1' + 'a1'.repeat(31), 'not hex'],
    [`${'a1'.repeat(16)} ${'a1'.repeat(16)}`, 'a space inside'],
    [`${HEX_KEY}\n${HEX_KEY}\n`, 'two keys'],
    [Buffer.from(HEX_KEY, 'hex').toString('latin1'), '32 raw bytes'],
  ];
  for (const [content, why] of malformed) {
    it(`refuses malformed content (${why}) with BAD_KEY_FILE and leaves the file alone`, () => {
      const path = handWritten(content, 0o600);
      assert.throws(
        () => loadOrCreateKey(path),
        (err: unknown) => err instanceof KeyFileError && err.code === 'BAD_KEY_FILE' && err.path === path && err.message.includes(path),
      );
      assert.equal(readFileSync(path, 'latin1'), Buffer.from(content).toString('latin1'));
    });
  }

  it('two processes creating the same key file at once end with one key, and neither fails', async () => {
    // Each process waits for the same instants, then calls loadOrCreateKey on the round's path: many rounds give
    // the processes many chances to meet between one creating the file and writing the key into it.
    const module = fileURLToPath(new URL('./key-file.ts', import.meta.url));
    const base = freshPath();
    const rounds = 300;
    const script = `
      import { loadOrCreateKey } from ${JSON.stringify(module)};
      process.stdout.write('ready\\n');
      process.stdin.once('data', (line) => {
        const start = Number(String(line));
        const out = [];
        for (let r = 0; r < ${rounds}; r++) {
          while (performance.timeOrigin + performance.now() < start + r * 5) {}
          try { out.push(Buffer.from(loadOrCreateKey(${JSON.stringify(base)} + '/' + r + '/server.key').bytes).toString('hex')); }
          catch (err) { out.push('error ' + err.code); }
        }
        process.stdout.write(JSON.stringify(out));
        process.stdin.destroy();
      });`;
    const children = Array.from({ length: 4 }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
      let stdout = '';
      const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      const done = new Promise<string[]>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout.slice('ready\n'.length)) as string[]) : reject(new Error(`child exited ${code}`))));
      });
      return { child, ready, done };
    });
    await Promise.all(children.map((c) => c.ready));
    const start = Date.now() + 200;
    for (const { child } of children) child.stdin.write(`${start}\n`);
    const results = await Promise.all(children.map((c) => c.done));
    const failures: string[] = [];
    for (let r = 0; r < rounds; r++) {
      const seen = results.map((result) => result[r]);
      const onFile = readFileSync(join(base, String(r), 'server.key'), 'utf8').trim();
      if (seen.some((key) => key !== onFile)) failures.push(`round ${r}: ${seen.join(', ')}`);
    }
    assert.deepEqual(failures, [], `${failures.length} of ${rounds} rounds went wrong`);
  });
});

describe('keyFingerprint', () => {
  it('is 16 hex digits, the same for the same key, different for another key', () => {
    const a = new Uint8Array(32).fill(1);
    const b = new Uint8Array(32).fill(1);
    b[31] = 2;
    assert.match(keyFingerprint(a), /^[0-9a-f]{16}$/);
    assert.equal(keyFingerprint(a), keyFingerprint(Uint8Array.from(a)));
    assert.notEqual(keyFingerprint(a), keyFingerprint(b));
  });

  it('differs over many random keys and reveals no key bytes', () => {
    const fingerprints = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const key = loadOrCreateKey(freshPath('server.key'));
      const fingerprint = keyFingerprint(key.bytes);
      assert.ok(!Buffer.from(key.bytes).toString('hex').includes(fingerprint));
      fingerprints.add(fingerprint);
    }
    assert.equal(fingerprints.size, 200);
  });
});
