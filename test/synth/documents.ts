import { digits, type Rng } from './rng.js';

/** PRC passports and vehicle plates. */

/** Letters used after the E of e-passports and in plates: no I or O (they read as 1 and 0). */
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** E + 8 digits, E + letter + 7 digits (since 2017), or the older G + 8 digits. */
export function cnPassport(rng: Rng): string {
  const r = rng.int(10);
  if (r < 5) return `E${digits(rng, 8)}`;
  if (r < 8) return `E${LETTERS[rng.int(LETTERS.length)]}${digits(rng, 7)}`;
  return `G${digits(rng, 8)}`;
}

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const TAIL = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** 粤B12345, 京A·C8888, new-energy 粤BD12345 / 粤B12345D; the inner `·` is written sometimes. */
export function licensePlate(rng: Rng): string {
  const head = PROVINCES[rng.int(PROVINCES.length)] + LETTERS[rng.int(LETTERS.length)];
  const dot = rng.chance(0.2) ? '·' : '';
  const r = rng.int(10);
  let tail: string;
  if (r < 2) {
    // Small new-energy car: D (electric) or F (hybrid), then a letter or digit, then four digits.
    tail = (rng.chance(0.7) ? 'D' : 'F') + TAIL[rng.int(TAIL.length)] + digits(rng, 4);
  } else if (r < 3) {
    tail = digits(rng, 5) + (rng.chance(0.7) ? 'D' : 'F');
  } else if (r < 6) {
    tail = digits(rng, 5);
  } else {
    // At most two letters among the five, never in the last place of ordinary plates.
    tail = TAIL[rng.int(TAIL.length)] + (rng.chance(0.3) ? LETTERS[rng.int(LETTERS.length)] : String(rng.int(10))) + digits(rng, 3);
  }
  return head + dot + tail;
}
