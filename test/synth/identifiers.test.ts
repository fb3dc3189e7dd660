import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stdnum } from 'stdnum';
import { loadAreaCodes } from './divisions.js';
import {
  Rng, bankCard, cnResidentId, cnResidentId15, cnResidentIdBadCheck, cnResidentIdBadDate, formatCard, formatIban, formatSsn,
  iban, invalidSsn, luhnFailingCard, usSsn, CARD_STYLES, IBAN_COUNTRIES, SSN_STYLES,
} from './index.js';
import { idValidator, passesLuhn, validIban } from './oracles.js';

const N = 5000;

describe('resident IDs', () => {
  const areas = new Set(loadAreaCodes());

  it('18-digit IDs pass stdnum and id-validator, with a real area code and a 1940-2010 birth date', () => {
    const rng = new Rng(1);
    for (let i = 0; i < N; i++) {
      const id = cnResidentId(rng);
      assert.match(id, /^\d{17}[\dX]$/);
      assert.ok(stdnum.CN.ric.validate(id).isValid, id);
      assert.ok(idValidator.isValid(id), id);
      assert.ok(areas.has(id.slice(0, 6)), id);
      const year = Number(id.slice(6, 10));
      assert.ok(year >= 1940 && year <= 2010, id);
    }
  });

  it('draws X as the check character about one time in eleven', () => {
    const rng = new Rng(2);
    let x = 0;
    for (let i = 0; i < 11000; i++) if (cnResidentId(rng).endsWith('X')) x++;
    assert.ok(x > 800 && x < 1200, `${x} X of 11000`);
  });

  it('15-digit IDs pass id-validator', () => {
    const rng = new Rng(3);
    for (let i = 0; i < N; i++) {
      const id = cnResidentId15(rng);
      assert.match(id, /^\d{15}$/);
      assert.ok(idValidator.isValid(id), id);
    }
  });

  it('bad-check IDs fail both validators; bad-date IDs fail stdnum (id-validator accepts Feb 31)', () => {
    const rng = new Rng(4);
    for (let i = 0; i < N; i++) {
      const badCheck = cnResidentIdBadCheck(rng);
      assert.match(badCheck, /^\d{18}$/);
      assert.ok(!stdnum.CN.ric.validate(badCheck).isValid, badCheck);
      assert.ok(!idValidator.isValid(badCheck), badCheck);
      const badDate = cnResidentIdBadDate(rng);
      assert.match(badDate, /^\d{17}[\dX]$/);
      assert.ok(!stdnum.CN.ric.validate(badDate).isValid, badDate);
    }
  });
});

describe('bank cards', () => {
  it('are Luhn-valid with the right length per scheme, in every style', () => {
    const rng = new Rng(5);
    for (let i = 0; i < N; i++) {
      const card = bankCard(rng);
      assert.ok(passesLuhn(card), card);
      assert.ok(card.length >= 13 && card.length <= 19, card);
      if (/^3[47]/.test(card)) assert.equal(card.length, 15, card);
      if (card.startsWith('62')) assert.ok(card.length >= 16, card);
      for (const style of CARD_STYLES) {
        const shown = formatCard(card, style);
        assert.equal(shown.replace(/[ -]/g, ''), card);
      }
    }
    for (const scheme of ['unionpay', 'visa', 'mastercard', 'amex', 'jcb'] as const) {
      const card = bankCard(rng, scheme);
      assert.ok(passesLuhn(card), `${scheme} ${card}`);
    }
  });

  it('Luhn-failing numbers fail', () => {
    const rng = new Rng(6);
    for (let i = 0; i < N; i++) {
      const card = luhnFailingCard(rng);
      assert.match(card, /^\d{16}$/);
      assert.ok(!passesLuhn(card), card);
    }
  });
});

describe('IBANs', () => {
  it('pass mod-97 with the country length, spaced or not', () => {
    const rng = new Rng(7);
    for (let i = 0; i < N; i++) {
      const value = iban(rng);
      assert.ok(validIban(value), value);
      assert.ok(validIban(formatIban(value)), formatIban(value));
      assert.match(formatIban(value), /^[A-Z]{2}\d{2}( [A-Z0-9]{4})*( [A-Z0-9]{1,3})?$/);
    }
  });

  it('covers every listed country', () => {
    const rng = new Rng(8);
    for (const country of IBAN_COUNTRIES) assert.ok(validIban(iban(rng, country)), country);
  });
});

describe('US SSNs', () => {
  it('pass stdnum in every style', () => {
    const rng = new Rng(9);
    for (let i = 0; i < N; i++) {
      const ssn = usSsn(rng);
      for (const style of SSN_STYLES) assert.ok(stdnum.US.ssn.validate(formatSsn(ssn, style)).isValid, formatSsn(ssn, style));
    }
  });

  it('invalid SSNs break a rule; those with a forbidden area also fail stdnum (which allows serial 0000)', () => {
    const rng = new Rng(10);
    for (let i = 0; i < N; i++) {
      const ssn = invalidSsn(rng);
      assert.doesNotMatch(ssn, /^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$/);
      if (/^(000|666|9)/.test(ssn)) assert.ok(!stdnum.US.ssn.validate(formatSsn(ssn, 'dash')).isValid, ssn);
    }
  });
});
