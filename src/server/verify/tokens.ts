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
 * Signed, short-lived ownership tokens: `base64url(payload).base64url(HMAC-SHA256(payload))` under a random key made
 * when the process starts. Nothing is stored server-side, and tokens do not survive a restart (a new key makes every
 * old token invalid); with several server processes, each accepts only its own tokens.
 */
export class TokenSigner {
  private readonly key = randomBytes(32);

  constructor(
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
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
