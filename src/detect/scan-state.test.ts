import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rng } from '../../test/synth/index.js';
import { ContextWords, TextScanState } from './scan-state.js';

/** What ContextWords replaced: one case-insensitive regex of the words, tested on the stretch cut out. */
function byRegex(words: readonly string[], text: string, from: number, to: number): boolean {
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
  return pattern.test(text.slice(from, to));
}

const LISTS: readonly (readonly string[])[] = [
  ['身份', '证件号', 'sfz', 'id card', 'idcard', 'id no'],
  ['ssn', 'ss#', 'ss #', 'fullz', '社会安全号'],
  ['pan=', 'pan:', 'card', 'c'],
  ['ab', 'abc', 'b'],
  ['straße', 'é'], // letters outside ASCII: the regex's own folding
  ['', 'x'], // an empty word, which the regex finds anywhere
];

describe('ContextWords', () => {
  it('answers as the case-insensitive regex would, on crafted stretches', () => {
    const words = LISTS[0];
    const matcher = new ContextWords(words);
    const text = 'Your ID Card: 1, SFZ? idcar 证件号 Id No.';
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length; to++) {
        assert.equal(matcher.within(text, from, to), byRegex(words, text, from, to), `[${from}, ${to})`);
      }
    }
    assert.equal(matcher.within('my ID CARD', 0, 10), true);
    assert.equal(matcher.within('my ID CARD', 0, 9), false, 'a word cut by the stretch end does not count');
    assert.equal(matcher.within('xsfz', 1, 4), true);
    assert.equal(matcher.within('xsfz', 2, 4), false, 'nor one cut by its start');
  });

  it('matches the regex on random texts for every list', () => {
    const rng = new Rng(41);
    const alphabet = 'abcsSdfzZnoNOiIdD #:=证件号身份社会安全号ßSTRASSEéÉ\n';
    for (const words of LISTS) {
      const matcher = new ContextWords(words);
      for (let n = 0; n < 400; n++) {
        let text = '';
        const length = rng.int(41);
        for (let k = 0; k < length; k++) text += alphabet[rng.int(alphabet.length)];
        for (const word of words) if (word.length > 0 && rng.int(4) === 0) text += word.toUpperCase();
        const from = rng.range(0, text.length);
        const to = rng.range(from, text.length);
        assert.equal(matcher.within(text, from, to), byRegex(words, text, from, to), `${JSON.stringify(words)} on ${JSON.stringify(text)} [${from}, ${to})`);
      }
    }
  });
});

describe('TextScanState.hasContext', () => {
  const WORDS = ['ssn', 'social security'];
  const state = (text: string, global: string[] = []) => new TextScanState(text, new Set(['en']), null, global, 0);

  it('looks 30 characters before the value and 12 after it', () => {
    const value = '536-22-1847';
    const before = (gap: number) => `SSN${'.'.repeat(gap)}${value}`;
    assert.equal(state(before(27)).hasContext(30, 41, WORDS), true);
    assert.equal(state(before(28)).hasContext(31, 42, WORDS), false, 'the word starts 31 before');
    const after = (gap: number) => `${value}${'.'.repeat(gap)}Social Security`;
    assert.equal(state(`${value} (SSN)`).hasContext(0, 11, WORDS), true);
    assert.equal(state(after(0)).hasContext(0, 11, WORDS), false, 'a word longer than the 12 after the value');
    assert.equal(state(`${value}.........ssn`).hasContext(0, 11, WORDS), true);
    assert.equal(state(`${value}..........ssn`).hasContext(0, 11, WORDS), false);
  });

  it('takes a smaller window, and the whole-text context alone with window 0', () => {
    assert.equal(state('ssn: 123').hasContext(5, 8, WORDS, 3), false);
    assert.equal(state('ssn: 123').hasContext(5, 8, WORDS, 5), true);
    assert.equal(state('ssn: 123').hasContext(5, 8, WORDS, 0), false);
    assert.equal(state('123', ['employee ssn']).hasContext(0, 3, WORDS, 0), true);
  });
});
