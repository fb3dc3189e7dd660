// IBAN: country code + check digits + BBAN of the country's length, compact or in groups of four, mod-97 checked.
import { IBAN_LENGTH_BY_CODE, ibanValid } from '../checksums.js';
import type { Recognizer, ScanState } from '../types.js';
import { isWordCode, joinedAfter } from './numeric-tokens.js';
import { textIndex } from './text-index.js';

const NAME = 'iban';
const SCORE = 0.95;
const ALNUM = /^[A-Z0-9]+$/;

/** The end of an IBAN of `length` characters at `start`, written compact or with a space after every four, and its compact form; null if neither. */
function ibanEnd(text: string, start: number, length: number): [number, string] | null {
  const compact = text.slice(start, start + length);
  if (compact.length === length && ALNUM.test(compact) && !joinedAfter(text, start + length)) return [start + length, compact];
  const end = start + length + Math.floor((length - 1) / 4);
  const spaced = text.slice(start, end);
  if (spaced.length !== end - start) return null;
  let joined = '';
  for (let p = 0; p < spaced.length; p += 5) {
    if (p > 0 && spaced[p - 1] !== ' ') return null;
    joined += spaced.slice(p, p + 4);
  }
  return ALNUM.test(joined) && !joinedAfter(text, end) ? [end, joined] : null;
}

/** Reports the IBAN whose country code starts at `start`, one of TextIndex's ibanStarts; returns its end, or -1 if none is there. */
function ibanAt(scan: ScanState, start: number): number {
  const { text } = scan;
  const length = IBAN_LENGTH_BY_CODE[(text.charCodeAt(start) - 65) * 26 + text.charCodeAt(start + 1) - 65];
  if (length === 0 || (start > 0 && isWordCode(text.charCodeAt(start - 1)))) return -1;
  const found = ibanEnd(text, start, length);
  if (found === null || !ibanValid(found[1])) return -1;
  scan.add('IBAN', start, found[0], SCORE, NAME);
  return found[0];
}

export const iban: Recognizer = {
  name: NAME,
  types: ['IBAN'],
  find(scan) {
    let next = 0;
    for (const start of textIndex(scan).ibanStarts) if (start >= next) next = Math.max(next, ibanAt(scan, start));
  },
  examples: {
    positive: [
      { text: 'IBAN: GB82 WEST 1234 5698 7654 32.', type: 'IBAN', value: 'GB82 WEST 1234 5698 7654 32' },
      { text: 'Konto DE89370400440532013000 bei der Bank', type: 'IBAN', value: 'DE89370400440532013000' },
      { text: '收款账户（FR14 2004 1010 0505 0001 3M02 606）', type: 'IBAN', value: 'FR14 2004 1010 0505 0001 3M02 606' },
      { text: 'NL91ABNA0417164300, BE68539007547034', type: 'IBAN', value: 'BE68539007547034' },
    ],
    negative: [
      'GB82 WEST 1234 5698 7654 33',
      'DE89370400440532013001',
      'gb82west12345698765432',
      'XX82WEST12345698765432',
      'DE8937040044053201300',
      'REF DE89370400440532013000123',
      'GB82WEST 1234 5698 7654 32',
    ],
  },
};
