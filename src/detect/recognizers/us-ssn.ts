// US_SSN: AAA-GG-SSSS (or spaced) under the area/group/serial rules; nine bare digits only with context.
import { ssnPartsValid } from '../checksums.js';
import type { Recognizer, ScanState } from '../types.js';
import { columnHas } from './column-peers.js';
import type { Cell } from './delimited-tables.js';
import { digitRuns, matchGroups } from './numeric-tokens.js';

const NAME = 'us-ssn';
const DASHED_SCORE = 0.85;
const SPACED_SCORE = 0.6;
const BARE_SCORE = 0.3;
const CONTEXT_SCORE = 0.95;
const COLUMN_SCORE = 0.9;
// "fullz" is a seller's name for a full identity record, SSN included.
const CONTEXT = ['ssn', 'social security', 'social sec', 'ss#', 'ss #', 'ss no', 'fullz', '社会安全号', '社安号'];

const BARE = [9];
const GROUPED = [3, 2, 4];

/** The value of the `count` digits at text[at] (garbage unless they are digits). */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let p = at; p < at + count; p++) value = value * 10 + text.charCodeAt(p) - 48;
  return value;
}

/** The SSN rules for area, group and serial read at these three places. */
function partsValid(text: string, area: number, group: number, serial: number): boolean {
  return ssnPartsValid(digitsAt(text, area, 3), digitsAt(text, group, 2), digitsAt(text, serial, 4));
}

/** A cell holding a grouped SSN (AAA-GG-SSSS or AAA GG SSSS), which no other kind of number looks like. */
function isGroupedSsn(text: string, cell: Cell): boolean {
  const { start } = cell;
  if (cell.end - start !== 11) return false;
  const separator = text.charCodeAt(start + 3);
  if ((separator !== 45 && separator !== 32) || text.charCodeAt(start + 6) !== separator) return false;
  return /^\d{3}.\d{2}.\d{4}$/.test(text.slice(start, cell.end)) && partsValid(text, start, start + 4, start + 7);
}

/** The score of a candidate: context words first; a bare one also counts as an SSN in a column of grouped SSNs. */
function scoreOf(scan: ScanState, start: number, end: number, base: number): number {
  if (scan.hasContext(start, end, CONTEXT)) return CONTEXT_SCORE;
  return base === BARE_SCORE && columnHas(scan, start, end, isGroupedSsn) ? COLUMN_SCORE : base;
}

export const usSsn: Recognizer = {
  name: NAME,
  types: ['US_SSN'],
  find(scan) {
    const { text } = scan;
    const runs = digitRuns(scan);
    const { first, end: runsEnd, starts, ends } = runs;
    for (let i = first; i < runsEnd; i++) {
      const start = starts[i];
      const length = ends[i] - start;
      let last = -1;
      // The rules first, then the layout (matchGroups): checking digits in place is the cheaper test.
      if (length === 9) {
        if (partsValid(text, start, start + 3, start + 5)) last = matchGroups(text, runs, i, BARE, '');
      } else if (length === 3) {
        // AAA-GG-SSSS: the next runs are two and four digits, the first one separator on (matchGroups checks the
        // rest). The serial's length is checked before its digits are read, which may otherwise run past the text.
        if (i + 2 >= runsEnd || ends[i + 1] - starts[i + 1] !== 2 || starts[i + 1] !== ends[i] + 1) continue;
        if (ends[i + 2] - starts[i + 2] !== 4) continue;
        if (partsValid(text, start, starts[i + 1], starts[i + 2])) last = matchGroups(text, runs, i, GROUPED, '- ');
      }
      if (last < 0) continue;
      const end = ends[last];
      const base = last === i ? BARE_SCORE : text.charCodeAt(start + 3) === 45 ? DASHED_SCORE : SPACED_SCORE;
      scan.add('US_SSN', start, end, scoreOf(scan, start, end, base), NAME);
      i = last;
    }
  },
  examples: {
    positive: [
      { text: 'SSN: 123-45-6789', type: 'US_SSN', value: '123-45-6789' },
      { text: 'employee 536-22-1847 hired 2019', type: 'US_SSN', value: '536-22-1847' },
      { text: 'social security number 536 22 1847', type: 'US_SSN', value: '536 22 1847' },
      { text: 'SSN 536221847', type: 'US_SSN', value: '536221847' },
      { text: 'Ann Lee|536-22-1847|TX\nBo Li|524712345|CA', type: 'US_SSN', value: '524712345' },
    ],
    negative: [
      'SSN 000-12-3456',
      'SSN 666-12-3456',
      'SSN 912-34-5678',
      'SSN 123-00-4567',
      'SSN 123-45-0000',
      'the card 078-05-1120 from the wallet ad',
      '219-09-9999',
      'ref 536221847',
      'tel 536-22-1847-1',
      '2023-11-05 12:30:45',
    ],
  },
};
