import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUILTIN_RECOGNIZERS } from './registry.js';
import { scanText } from './scan-text.js';
import { ENTITY_TYPES } from './types.js';

describe('recognizer registry', () => {
  it('has unique names', () => {
    const names = BUILTIN_RECOGNIZERS.map((r) => r.name);
    assert.deepEqual(names, [...new Set(names)]);
  });

  it('covers every entity type of the spec', () => {
    const covered = new Set(BUILTIN_RECOGNIZERS.flatMap((r) => r.types));
    for (const type of ENTITY_TYPES) assert.ok(covered.has(type), `no recognizer reports ${type}`);
  });

  for (const recognizer of BUILTIN_RECOGNIZERS) {
    describe(recognizer.name, () => {
      it('has positive and negative examples', () => {
        assert.ok(recognizer.examples.positive.length > 0, `${recognizer.name} has no positive example`);
        assert.ok(recognizer.examples.negative.length > 0, `${recognizer.name} has no negative example`);
      });

      it('finds every positive example with its exact span', () => {
        for (const example of recognizer.examples.positive) {
          const start = example.text.indexOf(example.value);
          assert.ok(start >= 0, `example value not in its text: ${example.text}`);
          const findings = scanText(example.text);
          const hit = findings.find((f) => f.type === example.type && f.start === start && f.end === start + example.value.length);
          assert.ok(hit, `${recognizer.name}: expected ${example.type} "${example.value}" in "${example.text}", got ${JSON.stringify(findings)}`);
        }
      });

      it('stays quiet on every negative example', () => {
        for (const text of recognizer.examples.negative) {
          const mine = scanText(text).filter((f) => f.recognizer === recognizer.name);
          assert.deepEqual(mine, [], `${recognizer.name} fired on negative example "${text}"`);
        }
      });
    });
  }
});
