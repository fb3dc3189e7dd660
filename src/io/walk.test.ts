import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { walk, type WalkEntry } from './walk.js';

let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leakhound-walk-'));
  await mkdir(join(dir, 'b/deep'), { recursive: true });
  await mkdir(join(dir, 'a'));
  for (const name of ['z.txt', 'A.txt', 'b/deep/x.csv', 'b/y.txt', 'a/1.txt', 'with space.txt', 'new\nline.txt', '中文.txt']) {
    await writeFile(join(dir, name), name);
  }
  await symlink(dir, join(dir, 'b/loop')); // a link back to the root: not followed
  await symlink(join(dir, 'z.txt'), join(dir, 'link-to-file'));
  await symlink(join(dir, 'gone'), join(dir, 'dangling'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function list(paths: string[]): Promise<WalkEntry[]> {
  const out: WalkEntry[] = [];
  for await (const entry of walk(paths)) out.push(entry);
  return out;
}

function short(entry: WalkEntry): string {
  if (entry.kind === 'error') return `error ${entry.error.code} ${entry.error.path.slice(dir.length + 1)}`;
  return `${entry.kind} ${entry.path.slice(dir.length + 1)}${entry.kind === 'skipped' ? ` (${entry.reason})` : ''}`;
}

test('walks directories in code-unit order, follows no directory links, reads file links', async () => {
  assert.deepEqual((await list([dir])).map(short), [
    'file A.txt',
    'file a/1.txt',
    'file b/deep/x.csv',
    'skipped b/loop (symbolic link to a directory (not followed))',
    'file b/y.txt',
    'skipped dangling (dangling symbolic link)',
    'file link-to-file',
    'file new\nline.txt',
    'file with space.txt',
    'file z.txt',
    'file 中文.txt',
  ]);
});

test('named paths: files with sizes, missing ones and dangling links as errors, stdin as -', async () => {
  const entries = await list([join(dir, 'z.txt'), join(dir, 'missing'), join(dir, 'dangling'), '-', join(dir, 'z.txt', 'x')]);
  assert.deepEqual(entries.map((e) => (e.kind === 'file' && e.path === '-' ? 'stdin' : short(e))), ['file z.txt', 'error ENOENT missing', 'error ENOENT dangling', 'stdin', 'error ENOTDIR z.txt/x']);
  assert.equal(entries[0].kind === 'file' && entries[0].size, 5);
  assert.match(entries[2].kind === 'error' ? entries[2].error.message : '', /dangling: dangling symbolic link/);
});

test('a directory named twice is walked once', async () => {
  const entries = await list([join(dir, 'b'), join(dir, 'b')]);
  assert.equal(entries.filter((e) => e.kind === 'file').length, 2);
});
