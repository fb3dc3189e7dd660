/**
 * Counts checks per identifier (by its keyed PRF output, never the value) in fixed windows. Memory is bounded:
 * a window's counts are dropped when it ends.
 */
export class IdentifierLimit {
  private counts = new Map<string, number>();
  private windowStart = 0;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one check of `key`; returns the seconds to wait when over the limit, else 0. */
  take(key: string): number {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      this.counts = new Map();
      this.windowStart = now;
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count > this.max ? Math.max(1, Math.ceil((this.windowStart + this.windowMs - now) / 1000)) : 0;
  }
}
