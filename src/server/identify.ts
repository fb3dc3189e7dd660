import { canonical, guessKind } from '../identity/canonical.js';
import type { IdentifierKind } from '../identity/kinds.js';
import type { Keyer } from '../identity/prf.js';
import { HttpError } from './errors.js';

/** An identifier from a request, reduced to what the server may hold: its kind and keyed PRF output. */
export interface Identified {
  kind: IdentifierKind;
  /** The canonical value: only for the lookup or to send a code, never to keep or log. */
  value: string;
  key: Buffer;
  /** `kind:hex(key)`, the name rate limits, codes and tokens use. */
  id: string;
}

/** Canonicalises and keys an identifier (kind guessed when not given); 400 `INVALID_IDENTIFIER` when it is no valid one. */
export function identify(keyer: Keyer, raw: string, kind: IdentifierKind = guessKind(raw)): Identified {
  const value = canonical(kind, raw);
  if (value === null) throw new HttpError(400, 'INVALID_IDENTIFIER', `not a valid ${kind}`);
  const key = keyer.keyOf(kind, value);
  return { kind, value, key, id: `${kind}:${key.toString('hex')}` };
}
