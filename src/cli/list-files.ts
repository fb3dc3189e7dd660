import { openSource } from '../io/index.js';
import { UsageError } from './errors.js';

const MAX_LIST_CHARS = 16 * 1024 * 1024;
const TYPE_TOKEN = /^[A-Z][A-Z0-9_]*$/;
/** The type of a deny-list line that names none. */
export const DENY_LIST_TYPE = 'DENY_LIST';

/** The non-empty, non-comment lines of a small text file (any supported encoding, gzip too). */
async function listLines(path: string, what: string): Promise<string[]> {
  let text = '';
  try {
    const source = await openSource(path);
    for await (const chunk of source.text) {
      text += chunk;
      if (text.length > MAX_LIST_CHARS) throw new UsageError('BAD_LIST', `${what} ${path} is larger than 16 MiB`);
    }
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError('BAD_LIST', `cannot read ${what} ${err instanceof Error ? err.message : path}`);
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** An allow list: one value per line that is never reported. */
export function readAllowList(path: string): Promise<string[]> {
  return listLines(path, 'allow list');
}

/** A deny list: `TYPE value` per line (a line without an upper-case type first is a value of type DENY_LIST). */
export async function readDenyList(path: string): Promise<Record<string, string[]>> {
  const byType: Record<string, string[]> = {};
  for (const line of await listLines(path, 'deny list')) {
    const [first, ...rest] = line.split(/\s+/);
    const typed = rest.length > 0 && TYPE_TOKEN.test(first);
    const type = typed ? first : DENY_LIST_TYPE;
    (byType[type] ??= []).push(typed ? line.slice(first.length).trim() : line);
  }
  return byType;
}
