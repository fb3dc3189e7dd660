import { EN_ADDRESS_CONTEXT, EN_STREET_SUFFIXES, EN_UNIT_WORDS, US_STATE_CODES } from '../data/en-address-terms.js';
import type { Recognizer } from '../types.js';

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
const ZIP = String.raw`\d{5}(?:-\d{4})?(?!\d)`;
const UK_POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![A-Za-z])`;
const LOCALITY = String.raw`(?:(?:,[ \t]*|\r?\n[ \t]*)${CITY}(?:,?[ \t]+${STATE}(?:,?[ \t]+${ZIP})?|,?[ \t]+${UK_POSTCODE}))?`;

/** "1600 Pennsylvania Ave NW, Washington, DC 20500", "221B Baker Street, London NW1 6XE", "PO Box 12, Springfield, IL 62701". */
const STREET_LINE = new RegExp(
  String.raw`(?:${NUMBER}[ \t]+(?:${WORD}[ \t]+){1,4}${SUFFIX}${DIRECTION}|P\.?[ \t]?O\.?[ \t]?Box[ \t]+\d{1,6})${UNIT}${LOCALITY}`,
  'y',
);
/**
 * Where a street line can start: a number before a capitalised word, or "PO Box". The full pattern is then tried only
 * there; run over the whole text it tested every digit, and text full of numbers made it the slowest pass.
 */
const ANCHOR = /\d[A-Za-z]?[ \t]+[A-Z]|P\.?[ \t]?O\.?[ \t]?Box/g;
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\w-]/.test(ch);
const CONTEXT = EN_ADDRESS_CONTEXT.map((w) => w.toLowerCase());

/** US/UK street addresses: number, street name and type, unit, and city/state/ZIP when present. */
export const enAddressRecognizer: Recognizer = {
  name: NAME,
  types: ['ADDRESS'],
  languages: ['en'],
  find(scan) {
    if (!scan.wants('ADDRESS')) return;
    const { text } = scan;
    ANCHOR.lastIndex = 0;
    for (let a = ANCHOR.exec(text); a !== null; a = ANCHOR.exec(text)) {
      let start = a.index;
      if (a[0][0] !== 'P') while (start > 0 && /[\d-]/.test(text[start - 1])) start--;
      if (isWordChar(text[start - 1])) continue;
      STREET_LINE.lastIndex = start;
      const m = STREET_LINE.exec(text);
      if (!m) continue;
      ANCHOR.lastIndex = start + m[0].length;
      let end = start + m[0].length;
      if (text[end - 1] === '.') end--; // "Main St." at the end of a sentence: the period is punctuation
      const located = /\d$/.test(m[0]) || /(?:,|\n)[^,\n]*[A-Z]{2}$/.test(m[0]);
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
