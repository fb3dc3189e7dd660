import assert from 'node:assert/strict';
import { isIP } from 'node:net';
import { describe, it } from 'node:test';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { stdnum } from 'stdnum';
import { GENRE_NAMES, buildCorpus, utf8Length } from '../../bench/corpus.js';
import { ENTITY_TYPES } from '../../src/detect/types.js';
import { idValidator, passesLuhn, validIban } from './oracles.js';

const corpus = buildCorpus({ seed: 7, targetBytes: 400_000 });

/** Independent checks of each gold value. */
const CHECKS: Partial<Record<string, (value: string) => boolean>> = {
  PHONE_NUMBER: (v) => isValidPhoneNumber(v, 'CN') || isValidPhoneNumber(v, 'US'),
  CN_RESIDENT_ID: (v) => (v.length === 18 ? stdnum.CN.ric.validate(v.toUpperCase()).isValid : idValidator.isValid(v)),
  BANK_CARD: (v) => /^\d[\d -]+\d$/.test(v) && passesLuhn(v),
  IBAN: validIban,
  US_SSN: (v) => stdnum.US.ssn.validate(v).isValid,
  EMAIL_ADDRESS: (v) => /^[^\s@<>"]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(v),
  IP_ADDRESS: (v) => isIP(v) !== 0,
  USERNAME: (v) => !v.startsWith('@') && !/\s/.test(v),
  PASSWORD: (v) => !/\s/.test(v),
};

describe('labelled corpus', () => {
  it('reaches the requested size', () => {
    assert.ok(corpus.bytes >= 400_000);
    assert.equal(corpus.bytes, corpus.docs.reduce((sum, d) => sum + utf8Length(d.text), 0));
  });

  it('every gold span holds exactly the inserted value; spans are sorted and never overlap', () => {
    for (const doc of corpus.docs) {
      let last = 0;
      doc.spans.forEach((span, i) => {
        assert.equal(doc.text.slice(span.start, span.end), doc.values[i]);
        assert.ok(span.start >= last && span.end > span.start && span.end <= doc.text.length, `${doc.genre}: bad span`);
        last = span.end;
      });
    }
  });

  it('spans carry no surrounding whitespace, quotes or leading @', () => {
    for (const doc of corpus.docs) {
      for (const span of doc.spans) {
        const value = doc.text.slice(span.start, span.end);
        assert.equal(value, value.trim(), `${span.type} "${value}"`);
        assert.doesNotMatch(value, /^["'<@]|["'>]$/, `${span.type} "${value}"`);
      }
    }
  });

  it('gold values pass independent validators', () => {
    for (const doc of corpus.docs) {
      for (const span of doc.spans) {
        const value = doc.text.slice(span.start, span.end);
        const check = CHECKS[span.type];
        if (check) assert.ok(check(value), `${span.type} "${value}" in ${doc.genre}/${doc.lang}`);
      }
    }
  });

  it('covers every entity type and every genre in both languages where written', () => {
    const types = new Set(corpus.docs.flatMap((d) => d.spans.map((s) => s.type)));
    for (const type of ENTITY_TYPES) assert.ok(types.has(type), `no ${type} in the corpus`);
    const genres = new Set(corpus.docs.map((d) => d.genre));
    for (const genre of GENRE_NAMES) assert.ok(genres.has(genre), `no ${genre} document`);
  });

  it('is deterministic for a seed', () => {
    const again = buildCorpus({ seed: 7, targetBytes: 20_000 });
    assert.deepEqual(again.docs.map((d) => d.text), corpus.docs.slice(0, again.docs.length).map((d) => d.text));
    const other = buildCorpus({ seed: 8, targetBytes: 20_000 });
    assert.notEqual(other.docs[0].text, corpus.docs[0].text);
  });
});
