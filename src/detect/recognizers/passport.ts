// PASSPORT: PRC forms scored modestly on their own; other countries' common forms only with context.
import type { Recognizer } from '../types.js';
import { digitRuns, isWordCode, joinedAfter } from './numeric-tokens.js';

const NAME = 'passport';
const PRC_SCORE = 0.45;
const WEAK_SCORE = 0.3;
const CONTEXT_SCORE = 0.9;
const CONTEXT = ['护照', 'passport', '旅行证件', 'travel document'];
const LABEL_WINDOW = 30;
// Ordinary PRC passports: E + 8 digits, E + letter (not I/O) + 7 digits, older G + 8 digits.
const PRC_ORDINARY = /^(?:[EG]\d{8}|E[A-HJ-NP-Z]\d{7})$/;
// Diplomatic, service and public-affairs passports, and the common forms elsewhere: one or two letters and 6-9 digits, or 9 digits.
const OTHER = /^(?:[A-Z]{1,2}\d{6,9}|\d{9})$/;

function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A context word after the value but none before it labels the next value ("编号：416007487，持护照E78177772"). */
function labelsNextValue(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - LABEL_WINDOW), start).toLowerCase();
  const after = text.slice(end, end + LABEL_WINDOW).toLowerCase();
  return !CONTEXT.some((word) => before.includes(word)) && CONTEXT.some((word) => after.includes(word));
}

export const passport: Recognizer = {
  name: NAME,
  types: ['PASSPORT'],
  find(scan) {
    const { text } = scan;
    const { starts, ends } = digitRuns(scan);
    for (let i = 0; i < starts.length; i++) {
      const length = ends[i] - starts[i];
      if (length < 6 || length > 9 || joinedAfter(text, ends[i])) continue;
      let start = starts[i];
      while (start > 0 && starts[i] - start < 2 && isUpperCode(text.charCodeAt(start - 1))) start--;
      if (start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
      const value = text.slice(start, ends[i]);
      const prc = PRC_ORDINARY.test(value);
      if (!prc && !OTHER.test(value)) continue;
      // Weaker forms need a label before them, not the next value's label after them.
      const context = scan.hasContext(start, ends[i], CONTEXT) && (prc || !labelsNextValue(text, start, ends[i]));
      if (context) scan.add('PASSPORT', start, ends[i], CONTEXT_SCORE, NAME);
      else if (prc || /^[DSP]\d{7,8}$/.test(value)) scan.add('PASSPORT', start, ends[i], prc ? PRC_SCORE : WEAK_SCORE, NAME);
    }
  },
  examples: {
    positive: [
      { text: '护照号码：E12345678', type: 'PASSPORT', value: 'E12345678' },
      { text: 'Passport No. EA1234567 issued 2020', type: 'PASSPORT', value: 'EA1234567' },
      { text: '护照 G12345678（已过期）', type: 'PASSPORT', value: 'G12345678' },
      { text: 'passport number: 531234567', type: 'PASSPORT', value: '531234567' },
      { text: 'UK passport GB1234567', type: 'PASSPORT', value: 'GB1234567' },
    ],
    negative: [
      'E12345678',
      '订单 E12345678901',
      'model XE12345678',
      'passport photo size 35x45',
      'passport expires 20231105',
      'order 531234567',
    ],
  },
};
