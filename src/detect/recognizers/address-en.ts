import { EN_ADDRESS_CONTEXT, EN_STREET_SUFFIXES, EN_UNIT_WORDS, US_STATE_CODES } from '../data/en-address-terms.js';
import type { Recognizer } from '../types.js';
import { textIndex } from './text-index.js';

const NAME = 'en-address';

/** Each word as written in title case, upper case or lower case: "Street", "STREET", "street". */
const anyCase = (words: readonly string[]) =>
  [...new Set(words.flatMap((w) => [w, w.toUpperCase(), w.toLowerCase()]))].sort((a, b) => b.length - a.length).join('|');

const NUMBER = String.raw`\d{1,6}[A-Za-z]?(?:-\d{1,4})?`;
const WORD = String.raw`(?:[A-Z][A-Za-z'’.-]*|\d{1,3}(?:st|nd|rd|th)|[NSEW]\.?)`;
const SUFFIX = String.raw`(?:${anyCase(EN_STREET_SUFFIXES)})(?![A-Za-z])\.?`;
const DIRECTION = String.raw`(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)(?![A-Za-z]))?`;
const UNIT = String.raw`(?:,?[ \t]*(?:(?:${anyCase(EN_UNIT_WORDS)})\.?[ \t]*#?|#[ \t]*)[A-Za-z0-9-]{1,6}(?![A-Za-z0-9]))?`;
const CITY = String.raw`[A-Z][A-Za-z.'-]*(?:[ \t][A-Z][A-Za-z.'-]*){0,2}`;
const STATE = `(?:${US_STATE_CODES.join('|')})(?![A-Za-z])`;
/** A line that ends with a state or postcode after a comma or line break. */
const LOCATED = /(?:,|\n)[^,\n]*[A-Z]{2}$/;
const ZIP = String.raw`\d{5}(?:-\d{4})?(?!\d)`;
const UK_POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![A-Za-z])`;
const LOCALITY = String.raw`(?:(?:,[ \t]*|\r?\n[ \t]*)${CITY}(?:,?[ \t]+${STATE}(?:,?[ \t]+${ZIP})?|,?[ \t]+${UK_POSTCODE}))?`;

/** "1600 Pennsylvania Ave NW, Washington, DC 20500", "221B Baker Street, London NW1 6XE", "PO Box 12, Springfield, IL 62701". */
const STREET_LINE = new RegExp(
  String.raw`(?:${NUMBER}[ \t]+(?:${WORD}[ \t]+){1,4}${SUFFIX}${DIRECTION}|P\.?[ \t]?O\.?[ \t]?Box[ \t]+\d{1,6})${UNIT}${LOCALITY}`,
  'y',
);
/** "PO Box", "P.O. Box", "P. O. Box": tried at each "P" a few characters before a "Box". */
const PO_BOX = /P\.?[ \t]?O\.?[ \t]?Box/y;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isWordChar = (code: number) => isLetter(code) || isDigit(code) || code === 95 || code === 45;
const CONTEXT = EN_ADDRESS_CONTEXT.map((w) => w.toLowerCase());

/**
 * Where a street line can start, in text order: a number (and an optional letter, "221B") before spaces and a capital
 * letter, or "PO Box". Each is `[anchor start, anchor end]`; the full pattern is then tried only there. The number
 * anchors are read back from the capitals after spaces, shared with other recognizers: a regex run over the whole text
 * tested every digit, and text full of numbers made it the slowest pass.
 */
function anchors(text: string, capitals: readonly number[]): number[] {
  const found: number[] = [];
  for (const capital of capitals) {
    let gap = capital - 1;
    while (gap > 0 && (text.charCodeAt(gap - 1) === 32 || text.charCodeAt(gap - 1) === 9)) gap--;
    if (gap === 0) continue;
    const before = text.charCodeAt(gap - 1);
    if (isDigit(before)) found.push(gap - 1, capital + 1);
    else if (isLetter(before) && gap >= 2 && isDigit(text.charCodeAt(gap - 2))) found.push(gap - 2, capital + 1);
  }
  if (!text.includes('Box')) return found;
  const boxes: number[] = [];
  for (let box = text.indexOf('Box', 2); box >= 0; box = text.indexOf('Box', box + 1)) {
    for (let start = Math.max(0, box - 6); start <= box - 2; start++) {
      if (text.charCodeAt(start) !== 80) continue; // "P"
      PO_BOX.lastIndex = start;
      if (PO_BOX.test(text) && PO_BOX.lastIndex === box + 3) boxes.push(start, box + 3);
    }
  }
  if (boxes.length === 0) return found;
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < found.length || j < boxes.length) {
    if (j >= boxes.length || (i < found.length && found[i] < boxes[j])) merged.push(found[i++], found[i++]);
    else merged.push(boxes[j++], boxes[j++]);
  }
  return merged;
}

/** US/UK street addresses: number, street name and type, unit, and city/state/ZIP when present. */
export const enAddressRecognizer: Recognizer = {
  name: NAME,
  types: ['ADDRESS'],
  languages: ['en'],
  find(scan) {
    if (!scan.wants('ADDRESS')) return;
    const { text } = scan;
    const found = anchors(text, textIndex(scan).spaceCapitals);
    let next = 0; // where the next anchor may start, as a global regex would go on
    for (let k = 0; k < found.length; k += 2) {
      let start = found[k];
      if (start < next) continue;
      next = found[k + 1];
      if (text.charCodeAt(start) !== 80) while (start > 0 && (isDigit(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 45)) start--;
      if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
      STREET_LINE.lastIndex = start;
      const m = STREET_LINE.exec(text);
      if (!m) continue;
      next = start + m[0].length;
      let end = next;
      if (text.charCodeAt(end - 1) === 46) end--; // "Main St." at the end of a sentence: the period is punctuation
      const located = isDigit(text.charCodeAt(next - 1)) || LOCATED.test(m[0]);
      const score = located || scan.hasContext(start, end, CONTEXT) ? 0.9 : 0.75;
      scan.add('ADDRESS', start, end, score, NAME);
    }
  },
  examples: {
    positive: [
      {
        text: 'Ship to: 1600 Pennsylvania Ave NW, Washington, DC 20500.',
        type: 'ADDRESS',
        value: '1600 Pennsylvania Ave NW, Washington, DC 20500',
      },
      { text: 'She lives at 42 Maple Street, Apt 4B, and works nearby.', type: 'ADDRESS', value: '42 Maple Street, Apt 4B' },
      { text: 'Visit 221B Baker Street, London NW1 6XE', type: 'ADDRESS', value: '221B Baker Street, London NW1 6XE' },
      { text: 'Mail: 350 Fifth Avenue\nNew York, NY 10118', type: 'ADDRESS', value: '350 Fifth Avenue\nNew York, NY 10118' },
    ],
    negative: ['I walked 5 miles down the road today', 'We have 3 dogs and 2 cats', 'Meeting at 10:30 on Main', 'version 2 Drive letters'],
  },
};
