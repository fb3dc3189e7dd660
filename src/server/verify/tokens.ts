import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIdentifierKind, type IdentifierKind } from '../../identity/kinds.js';

/** Whom a token vouches for: an identifier kind and the hex of its keyed PRF output, never the identifier. */
export interface TokenSubject {
  kind: IdentifierKind;
  key: string;
}

interface Payload {
  k: string;
  h: string;
  exp: number;
}

const PART = /^[A-Za-z0-9_-]+$/;

/**
 * Signed, short-lived ownership tokens: `base64url(payload).base64url(HMAC-SHA256(payload))`. Nothing is stored
 * server-side. The key is derived from the server key (see `serverSecrets`), so tokens hold across the server's
 * processes and restarts until they expire; without one a random key is made and tokens die with the process.
 */
export class TokenSigner {
  constructor(
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    /** The signing key: derived from the server key, so every server process (and a restarted one) accepts a token. */
    private readonly key: Uint8Array = randomBytes(32),
  ) {}

  /** A token for `subject`, good for the configured time. */
  issue(subject: TokenSubject): string {
    const payload: Payload = { k: subject.kind, h: subject.key, exp: this.now() + this.ttlMs };
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${this.mac(body).toString('base64url')}`;
  }

  /** The subject of a token that is well-formed, signed by this process and not expired; else null. */
  verify(token: string): TokenSubject | null {
    const [body, mac, extra] = token.split('.');
    if (extra !== undefined || !body || !mac || !PART.test(body) || !PART.test(mac)) return null;
    const given = Buffer.from(mac, 'base64url');
    const expected = this.mac(body);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload;
    if (!isIdentifierKind(payload.k) || typeof payload.h !== 'string' || !(payload.exp > this.now())) return null;
    return { kind: payload.k, key: payload.h };
  }

  private mac(body: string): Buffer {
    return createHmac('sha256', this.key).update(body).digest();
  }
}
