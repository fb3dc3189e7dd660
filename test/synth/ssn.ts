import { type Rng, zeroPad } from './rng.js';

/** US Social Security numbers: area 001-899 but not 666, group 01-99, serial 0001-9999. */

/** Numbers that satisfy the rules but were voided after being published (Woolworth's wallet card and others). */
const VOIDED = new Set(['078051120', '219099999', '457555462']);

export function usSsn(rng: Rng): string {
  for (;;) {
    let area = 1 + rng.int(899);
    if (area === 666) area = 665;
    const value = zeroPad(area, 3) + zeroPad(1 + rng.int(99), 2) + zeroPad(1 + rng.int(9999), 4);
    if (!VOIDED.has(value)) return value;
  }
}

export const SSN_STYLES = ['dash', 'space', 'plain'] as const;
export type SsnStyle = (typeof SSN_STYLES)[number];

export function formatSsn(ssn: string, style: SsnStyle): string {
  if (style === 'plain') return ssn;
  const sep = style === 'dash' ? '-' : ' ';
  return ssn.slice(0, 3) + sep + ssn.slice(3, 5) + sep + ssn.slice(5);
}

/** Hard negative: SSN-shaped but with a forbidden area (000, 666, 9xx), group 00 or serial 0000. */
export function invalidSsn(rng: Rng): string {
  const area = rng.pick(['000', '666', String(900 + rng.int(100))]);
  const kind = rng.int(3);
  const group = kind === 1 ? '00' : zeroPad(1 + rng.int(99), 2);
  const serial = kind === 2 ? '0000' : zeroPad(1 + rng.int(9999), 4);
  return (kind === 0 ? area : zeroPad(1 + rng.int(665), 3)) + group + serial;
}
