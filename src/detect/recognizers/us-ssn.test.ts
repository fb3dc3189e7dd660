import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../scan-text.js';

function found(text: string): string[] {
  return scanText(text, { types: ['US_SSN'] }).map((f) => text.slice(f.start, f.end));
}

describe('US_SSN', () => {
  const positive: [string, string[]][] = [
    ['536-22-1847', ['536-22-1847']],
    ['SSN: 536-22-1847.', ['536-22-1847']],
    ['"536-22-1847"', ['536-22-1847']],
    ['536 22 1847', ['536 22 1847']],
    ['social security number 536221847', ['536221847']],
    ['SSN#536221847', ['536221847']],
    ['123-45-6789 and 001-01-0001', ['123-45-6789', '001-01-0001']],
    // a bare one in a column of grouped ones, with no header
    ['Ann Lee|536-22-1847|TX\nBo Li|524712345|CA\nCy Wu|"524 71 2346"|NY', ['536-22-1847', '524712345', '524 71 2346']],
    ['a,b,c\r\n1,536-22-1847,x\r\n2,524712345,y\r\n', ['536-22-1847', '524712345']],
    // not the same column, not the same row shape, not a whole cell
    ['Ann Lee|536-22-1847|TX\nBo Li|CA|524712345', ['536-22-1847']],
    ['Ann Lee|536-22-1847\nBo Li|524712345|CA', ['536-22-1847']],
    ['Ann Lee|536-22-1847|TX\nBo Li|ref 524712345|CA', ['536-22-1847']],
  ];
  for (const [text, values] of positive) {
    it(`finds ${values.join(', ')} in "${text}"`, () => assert.deepEqual(found(text), values));
  }

  const negative = [
    '000-12-3456',
    '666-12-3456',
    '900-12-3456',
    '123-00-4567',
    '123-45-0000',
    '078-05-1120',
    '219-09-9999',
    '111-11-1111',
    '536221847', // bare, no context
    '536-22 1847',
    '536-22-18470',
    '1536-22-1847',
    '536-22-1847-12',
    'v536-22-1847',
    '2023-11-05',
    '123e4567-e89b-12d3-a456-426614174000',
  ];
  for (const text of negative) {
    it(`stays quiet on "${text}"`, () => assert.deepEqual(found(text), []));
  }
});
