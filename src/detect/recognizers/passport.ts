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
// Diplomatic, service and public-affairs passports, and the common forms elsewhere: one or two letters and 6-9 digits, or 9 digits.
// Without context only the PRC forms and D, S or P + 7-8 digits are reported, below the default threshold.

/** The PRC ordinary form: `letters` capitals at text[start] before `digits` digits. */
function prcOrdinary(text: string, start: number, letters: number, digits: number): boolean {
  const first = text.charCodeAt(start);
  if (letters === 1) return digits === 8 && (first === 69 || first === 71); // E, G
  if (letters !== 2 || digits !== 7 || first !== 69) return false;
  const second = text.charCodeAt(start + 1);
  return second !== 73 && second !== 79; // not I or O
}

function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** The nearest passport label before the value is its own: no other value or list separator stands between them. */
function labelledHere(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - LABEL_WINDOW), start).toLowerCase();
  let labelEnd = -1;
  for (const word of CONTEXT) {
    const at = before.lastIndexOf(word);
    if (at >= 0) labelEnd = Math.max(labelEnd, at + word.length);
  }
  return labelEnd >= 0 && !/[\d，,;；、|]/.test(before.slice(labelEnd));
}


export const passport: Recognizer = {
  name: NAME,
  types: ['PASSPORT'],
  find(scan) {
    const { text } = scan;
    const { first, end: runsEnd, starts, ends } = digitRuns(scan);
    for (let i = first; i < runsEnd; i++) {
      const digitsStart = starts[i];
      const end = ends[i];
      const digits = end - digitsStart;
      if (digits < 6 || digits > 9 || joinedAfter(text, end)) continue;
      let start = digitsStart;
      while (start > 0 && digitsStart - start < 2 && isUpperCode(text.charCodeAt(start - 1))) start--;
      if (start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
      const letters = digitsStart - start;
      // Bare digits take nine.
      if (letters === 0 && digits !== 9) continue;
      const prc = prcOrdinary(text, start, letters, digits);
      // Weaker forms need their own label before them: not the next value's label after them ("编号：416007487，持护照E78177772"),
      // nor a label that already served an earlier value ("护照 E12345678，QQ：123456789").
      // A zero window asks only for context given for the whole text (a column header).
      const context = prc ? scan.hasContext(start, end, CONTEXT) : labelledHere(text, start) || scan.hasContext(start, start, CONTEXT, 0);
      if (context) scan.add('PASSPORT', start, end, CONTEXT_SCORE, NAME);
      else if (prc) scan.add('PASSPORT', start, end, PRC_SCORE, NAME);
      else if (letters === 1 && digits >= 7 && digits <= 8) {
        const letter = text.charCodeAt(start);
        if (letter === 68 || letter === 83 || letter === 80) scan.add('PASSPORT', start, end, WEAK_SCORE, NAME); // D, S, P
      }
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
