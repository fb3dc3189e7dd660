import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

interface Pending {
  /** HMAC of the identifier's key and the code: the code itself is never kept. */
  mac: Buffer;
  expires: number;
  wrong: number;
}

/** What confirming a code found. */
export type Confirmation = { ok: true } | { ok: false; reason: 'expired' } | { ok: false; reason: 'too-many' } | { ok: false; reason: 'wrong'; attemptsLeft: number };

/**
 * One-time codes waiting to be confirmed, by the identifier's keyed PRF output (hex), never the identifier. Codes
 * are kept only as an HMAC under a per-process random key, so the map (or a heap dump) gives neither codes nor
 * identifiers. A new code for the same identifier replaces the old one. Expired entries are swept on issue.
 */
export class CodeBook {
  private readonly pending = new Map<string, Pending>();
  private readonly key = randomBytes(32);
  private lastSweep = 0;

  constructor(
    readonly ttlMs: number,
    private readonly maxAttempts: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A fresh 6-digit code for `id`; only its MAC is kept. */
  issue(id: string): string {
    const now = this.now();
    this.sweep(now);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    this.pending.set(id, { mac: this.mac(id, code), expires: now + this.ttlMs, wrong: 0 });
    return code;
  }

  /** Checks `code` for `id` in constant time. A right code is used up; a code that ran out of attempts stays refused until it expires. */
  confirm(id: string, code: string): Confirmation {
    const entry = this.pending.get(id);
    if (entry === undefined || entry.expires <= this.now()) {
      this.pending.delete(id);
      return { ok: false, reason: 'expired' };
    }
    if (entry.wrong >= this.maxAttempts) return { ok: false, reason: 'too-many' };
    if (timingSafeEqual(entry.mac, this.mac(id, code))) {
      this.pending.delete(id);
      return { ok: true };
    }
    entry.wrong++;
    return { ok: false, reason: 'wrong', attemptsLeft: this.maxAttempts - entry.wrong };
  }

  private mac(id: string, code: string): Buffer {
    return createHmac('sha256', this.key).update(`${id}\0${code}`).digest();
  }

  /** Drops expired codes, at most once per code lifetime, so memory holds only live codes. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.ttlMs) return;
    this.lastSweep = now;
    for (const [id, entry] of this.pending) if (entry.expires <= now) this.pending.delete(id);
  }
}
