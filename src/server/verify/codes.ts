import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export interface Pending {
  /** HMAC of the identifier's key and the code: the code itself is never kept. */
  mac: Buffer;
  expires: number;
  wrong: number;
}

/** Where pending codes live: this process's memory, or a file every server process shares (sqlite-codes.ts). */
export interface PendingStore {
  get(id: string): Pending | undefined;
  set(id: string, entry: Pending): void;
  delete(id: string): void;
  /** Counts one wrong attempt. */
  wrong(id: string): void;
  /** Drops entries expired by `now`. */
  sweep(now: number): void;
}

export class MemoryPending implements PendingStore {
  private readonly entries = new Map<string, Pending>();
  get(id: string): Pending | undefined {
    return this.entries.get(id);
  }
  set(id: string, entry: Pending): void {
    this.entries.set(id, entry);
  }
  delete(id: string): void {
    this.entries.delete(id);
  }
  wrong(id: string): void {
    const entry = this.entries.get(id);
    if (entry) entry.wrong++;
  }
  sweep(now: number): void {
    for (const [id, entry] of this.entries) if (entry.expires <= now) this.entries.delete(id);
  }
}

/** What confirming a code found. */
export type Confirmation = { ok: true } | { ok: false; reason: 'expired' } | { ok: false; reason: 'too-many' } | { ok: false; reason: 'wrong'; attemptsLeft: number };

/**
 * One-time codes waiting to be confirmed, by the identifier's keyed PRF output (hex), never the identifier. Codes
 * are kept only as an HMAC under a key derived from the server key (or a random one), so the store of pending
 * codes gives neither codes nor identifiers. A new code for the same identifier replaces the old one. Expired
 * entries are swept on issue.
 */
export class CodeBook {
  private lastSweep = 0;

  constructor(
    readonly ttlMs: number,
    private readonly maxAttempts: number,
    private readonly now: () => number = Date.now,
    private readonly pending: PendingStore = new MemoryPending(),
    private readonly key: Uint8Array = randomBytes(32),
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
    const wrong = entry.wrong + 1; // read before counting: the memory store's entry is the one counted
    this.pending.wrong(id);
    return { ok: false, reason: 'wrong', attemptsLeft: this.maxAttempts - wrong };
  }

  private mac(id: string, code: string): Buffer {
    return createHmac('sha256', this.key).update(`${id}\0${code}`).digest();
  }

  /** Drops expired codes, at most once per code lifetime, so memory holds only live codes. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.ttlMs) return;
    this.lastSweep = now;
    this.pending.sweep(now);
  }
}
