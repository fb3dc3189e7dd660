import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createScanner } from '../scan-text.js';
import { IDENTIFIER_RECOGNIZERS } from './identifiers.js';

const types = [...new Set(IDENTIFIER_RECOGNIZERS.flatMap((r) => r.types))];
const scanner = createScanner({ types, minScore: 0 });
const SIZE = 200_000;

function repeat(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

// Inputs built to make a backtracking regex or a quadratic expansion blow up.
const adversarial: [string, string][] = [
  ['digits', repeat('1')],
  ['digits and dashes', repeat('1234-')],
  ['single digits and dashes', repeat('1-')],
  ['digits and spaces', repeat('138 ')],
  ['dotted digits', repeat('1.')],
  ['dotted octets', repeat('255.')],
  ['at signs', repeat('aaaa@')],
  ['at signs and dots', repeat('a.@')],
  ['long local part', `${'a'.repeat(SIZE)}@example.com`],
  ['long domain', `a@${'a.'.repeat(SIZE / 2)}com`],
  ['colons', repeat(':')],
  ['hex and colons', repeat('a:')],
  ['double colons', repeat('1::')],
  ['pluses', repeat('+')],
  ['brackets', repeat('(')],
  ['plus and bracket digits', repeat('+(1) ')],
  ['upper case and digits', repeat('GB82')],
  ['province characters', repeat('京A')],
  ['plate-like', repeat('京A1234')],
  ['letters and digits', repeat('E1234567')],
];

describe('identifier recognizers on adversarial input', () => {
  for (const [name, text] of adversarial) {
    it(`finish quickly on ${name}`, { timeout: 10000 }, () => {
      const started = performance.now();
      scanner.scan(text);
      const elapsed = performance.now() - started;
      assert.ok(elapsed < 5000, `${name} took ${elapsed.toFixed(0)} ms`);
    });
  }
});
