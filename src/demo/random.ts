/**
 * A seeded pseudorandom generator (sfc32). The demo catalogue must come out the same on every run and machine,
 * so that its examples and their notes hold; Math.random cannot be seeded.
 */
export class SeededRandom {
  private a = 0x9e3779b9;
  private b = 0x243f6a88;
  private c = 0xb7e15162;
  private d: number;

  constructor(seed: number) {
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.next(); // the first outputs still show the seed
  }

  /** A uniform 32-bit unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (((this.c << 21) | (this.c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor((this.next() / 2 ** 32) * n);
  }

  /** An integer in [low, high], both included. */
  between(low: number, high: number): number {
    return low + this.below(high - low + 1);
  }

  chance(p: number): boolean {
    return this.next() < p * 2 ** 32;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }

  /** `count` decimal digits, leading zeros included. */
  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String.fromCharCode(48 + this.below(10));
    return out;
  }

  /** The items in a random order (Fisher-Yates, on a copy). */
  shuffled<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

/** A seed for one named part of the demo, so that changing one breach leaves the others as they were. */
export function seedOf(name: string): number {
  let hash = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
