import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { toIoError } from '../io/index.js';

/** Hex SHA-256 of a file's bytes: how a file already ingested into a breach is recognised. */
export async function fileDigest(path: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  } catch (err) {
    throw toIoError(err, path);
  }
  return hash.digest('hex');
}
