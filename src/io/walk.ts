import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IoError, toIoError } from './errors.js';

/** One path to scan, one path left out on purpose (with why), or one that could not be read. */
export type WalkEntry =
  | { kind: 'file'; path: string; size: number | null }
  | { kind: 'skipped'; path: string; reason: string }
  | { kind: 'error'; error: IoError };

async function named(path: string): Promise<WalkEntry | 'directory'> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return 'directory';
    return { kind: 'file', path, size: info.isFile() ? info.size : null };
  } catch (err) {
    const link = await lstat(path).catch(() => null);
    if (link?.isSymbolicLink() && (err as NodeJS.ErrnoException).code === 'ENOENT') {
      return { kind: 'error', error: new IoError('ENOENT', path, 'dangling symbolic link') };
    }
    return { kind: 'error', error: toIoError(err, path) };
  }
}

/** A directory's entries in code-unit order of their names, so every run visits files in the same order. */
async function* walkDirectory(dir: string, seen: Set<string>): AsyncGenerator<WalkEntry> {
  let entries;
  try {
    const info = await stat(dir);
    const id = `${info.dev}:${info.ino}`;
    if (seen.has(id)) return;
    seen.add(id);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { kind: 'error', error: toIoError(err, dir) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* walkDirectory(path, seen);
    } else if (entry.isFile()) {
      const size = await stat(path).then((s) => s.size, () => null);
      yield { kind: 'file', path, size };
    } else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      if (target === null) yield { kind: 'skipped', path, reason: 'dangling symbolic link' };
      else if (target.isDirectory()) yield { kind: 'skipped', path, reason: 'symbolic link to a directory (not followed)' };
      else if (target.isFile()) yield { kind: 'file', path, size: target.size };
      else yield { kind: 'skipped', path, reason: 'symbolic link to a special file' };
    } else {
      yield { kind: 'skipped', path, reason: 'not a regular file' };
    }
  }
}

/**
 * Expands the paths a user named: directories recursively (symbolic links to directories inside them are
 * not followed, so there are no loops), files and `-` (stdin) as given. A named path that is missing or
 * unreadable is an error entry; a named special file (a pipe) is read.
 */
export async function* walk(paths: readonly string[]): AsyncGenerator<WalkEntry> {
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      yield { kind: 'file', path, size: null };
      continue;
    }
    const entry = await named(path);
    if (entry === 'directory') yield* walkDirectory(path, seen);
    else yield entry;
  }
}
