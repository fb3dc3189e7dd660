/**
 * A small seeded PRNG (mulberry32) with the helpers the generators need.
 * Deterministic for a seed, no Math.random, no allocation per draw.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    // Mix the seed once so that nearby seeds (1, 2, 3) start far apart.
    this.state = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  }

  /** A uniform 32-bit unsigned integer. */
  u32(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.u32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor((this.u32() / 4294967296) * n);
  }

  /** An integer in [lo, hi], both inclusive. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.u32() < p * 4294967296;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

}

const PAD = ['', '0', '00', '000', '0000', '00000', '000000', '0000000', '00000000'];
const POW10 = [1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/** `n` random decimal digits (leading zeros allowed). */
export function digits(rng: Rng, n: number): string {
  let out = '';
  while (n > 0) {
    const k = n > 9 ? 9 : n;
    const s = String(rng.int(POW10[k]));
    out += PAD[k - s.length] + s;
    n -= k;
  }
  return out;
}

/** `value` left-padded with zeros to `width` (width <= 9). */
export function zeroPad(value: number, width: number): string {
  const s = String(value);
  return s.length >= width ? s : PAD[width - s.length] + s;
}

export function hex(rng: Rng, n: number): string {
  let out = '';
  for (let i = 0; i < n; i += 8) {
    const word = rng.u32().toString(16);
    out += i + 8 <= n ? PAD[8 - word.length] + word : (PAD[8 - word.length] + word).slice(0, n - i);
  }
  return out;
}

/** `n` characters drawn from `alphabet`. */
export function charsFrom(rng: Rng, alphabet: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[rng.int(alphabet.length)];
  return out;
}

export const ALNUM_LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
