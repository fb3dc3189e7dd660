import { createHash, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const KEY_BYTES = 32;
const HEX_KEY = /^[0-9a-f]{64}$/;

export class KeyFileError extends Error {
  override readonly name = 'KeyFileError';
  constructor(
    readonly code: 'BAD_KEY_FILE' | 'KEY_FILE_MODE',
    readonly path: string,
    reason: string,
  ) {
    super(`key file ${path}: ${reason}`);
  }
}

export interface ServerKey {
  /** The 32 secret bytes. */
  bytes: Uint8Array;
  path: string;
  /** Made by this call (first use). */
  created: boolean;
}

function readKey(path: string): ServerKey {
  const mode = statSync(path).mode & 0o777;
  if (mode & 0o077) throw new KeyFileError('KEY_FILE_MODE', path, `readable by others (mode ${mode.toString(8)}); run chmod 600 on it`);
  const text = readFileSync(path, 'utf8').trim();
  if (!HEX_KEY.test(text)) throw new KeyFileError('BAD_KEY_FILE', path, `expected ${KEY_BYTES * 2} hex digits`);
  return { bytes: Buffer.from(text, 'hex'), path, created: false };
}

/**
 * The server key behind every stored identifier: read from `path`, or made there (random, mode 0600) on first
 * use. It lives outside the store so that a copy of the store files alone reveals nothing checkable.
 */
export function loadOrCreateKey(path: string): ServerKey {
  try {
    return readKey(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const bytes = randomBytes(KEY_BYTES);
  // Written whole under a name of its own, then linked into place: another process never sees a half-written key.
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, `${bytes.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temporary, path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readKey(path); // another process made it first
    throw err;
  } finally {
    unlinkSync(temporary);
  }
  return { bytes, path, created: true };
}

/** A short public fingerprint of a key, kept in the store so that opening it with another key fails clearly. */
export function keyFingerprint(key: Uint8Array): string {
  return createHash('sha256').update('leakhound key fingerprint v1\0').update(key).digest('hex').slice(0, 16);
}
