import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { toIoError } from '../io/index.js';

/** Bytes read at a time, into one buffer: a fresh buffer per read (a stream's) made the ingest's collector work. */
const READ = 1024 * 1024;

/** Hex SHA-256 of a file's bytes: how a file already ingested into a breach is recognised. */
export async function fileDigest(path: string): Promise<string> {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(READ);
  try {
    const file = await open(path, 'r');
    try {
      for (let read = await file.read(buffer, 0, READ, null); read.bytesRead > 0; read = await file.read(buffer, 0, READ, null)) {
        hash.update(buffer.subarray(0, read.bytesRead));
      }
    } finally {
      await file.close();
    }
  } catch (err) {
    throw toIoError(err, path);
  }
  return hash.digest('hex');
}
