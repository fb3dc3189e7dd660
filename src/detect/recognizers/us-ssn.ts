// US_SSN: AAA-GG-SSSS (or spaced) under the area/group/serial rules; nine bare digits only with context.
import { ssnValid } from '../checksums.js';
import type { Recognizer } from '../types.js';
import { digitRuns, matchGroups } from './numeric-tokens.js';

const NAME = 'us-ssn';
const DASHED_SCORE = 0.85;
const SPACED_SCORE = 0.6;
const BARE_SCORE = 0.3;
const CONTEXT_SCORE = 0.95;
// "fullz" is a seller's name for a full identity record, SSN included.
const CONTEXT = ['ssn', 'social security', 'social sec', 'ss#', 'ss #', 'ss no', 'fullz', '社会安全号', '社安号'];

export const usSsn: Recognizer = {
  name: NAME,
  types: ['US_SSN'],
  find(scan) {
    const { text } = scan;
    const runs = digitRuns(scan);
    const { starts, ends } = runs;
    for (let i = 0; i < starts.length; i++) {
      const length = ends[i] - starts[i];
      let last = -1;
      if (length === 9) last = matchGroups(text, runs, i, [9], '');
      else if (length === 3) last = matchGroups(text, runs, i, [3, 2, 4], '- ');
      if (last < 0) continue;
      const start = starts[i];
      const end = ends[last];
      const value = text.slice(start, end);
      const digits = last === i ? value : value.slice(0, 3) + value.slice(4, 6) + value.slice(7);
      if (!ssnValid(digits)) continue;
      const base = last === i ? BARE_SCORE : value[3] === '-' ? DASHED_SCORE : SPACED_SCORE;
      scan.add('US_SSN', start, end, scan.hasContext(start, end, CONTEXT) ? CONTEXT_SCORE : base, NAME);
      i = last;
    }
  },
  examples: {
    positive: [
      { text: 'SSN: 123-45-6789', type: 'US_SSN', value: '123-45-6789' },
      { text: 'employee 536-22-1847 hired 2019', type: 'US_SSN', value: '536-22-1847' },
      { text: 'social security number 536 22 1847', type: 'US_SSN', value: '536 22 1847' },
      { text: 'SSN 536221847', type: 'US_SSN', value: '536221847' },
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
