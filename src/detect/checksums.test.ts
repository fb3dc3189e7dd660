import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countrySpecs, validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import { stdnum } from 'stdnum';
import { luhnChecksumValidate } from 'stdnum/lib/cjs/util/checksum.js';
import {
  birthDateValid,
  cnAreaCodeExists,
  cnLegacyResidentIdValid,
  cnResidentIdValid,
  IBAN_LENGTHS,
  ibanValid,
  luhnValid,
  mod11_2CheckChar,
  ssnValid,
} from './checksums.js';
import { CN_AREA_CODES } from './data/cn-area-codes.js';

// Seeded PRNG (mulberry32) so generated cases are the same on every run.
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function digits(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += Math.floor(random() * 10);
  return out;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('luhnValid', () => {
  it('agrees with stdnum on generated numbers', () => {
    const random = prng(1);
    let valid = 0;
    for (let n = 0; n < 5000; n++) {
      const value = digits(random, 12 + Math.floor(random() * 8));
      assert.equal(luhnValid(value), luhnChecksumValidate(value), value);
      if (luhnValid(value)) valid++;
    }
    assert.ok(valid > 300, 'the generated set holds valid numbers too');
  });

  it('rejects what is not digits', () => {
    for (const value of ['', '4111 1111 1111 1111', '411111111111111a']) assert.equal(luhnValid(value), false);
  });
});

describe('PRC resident ID', () => {
  const areas = [...CN_AREA_CODES];

  it('computes the GB 11643 check character', () => {
    assert.equal(mod11_2CheckChar('11010519491231002'), 'X');
    assert.equal(mod11_2CheckChar('44030619900307123'), '2');
  });

  it('agrees with stdnum on generated IDs (valid and corrupted)', () => {
    const random = prng(2);
    const today = new Date();
    let valid = 0;
    for (let n = 0; n < 4000; n++) {
      const area = areas[Math.floor(random() * areas.length)];
      // Some impossible days and months on purpose.
      const date = `${1900 + Math.floor(random() * 130)}${pad(1 + Math.floor(random() * 13), 2)}${pad(1 + Math.floor(random() * 31), 2)}`;
      const body = area + date + digits(random, 3);
      const check = random() < 0.7 ? mod11_2CheckChar(body) : '0123456789X'[Math.floor(random() * 11)];
      const id = body + check;
      const expected = stdnum.CN.ric.validate(id).isValid;
      assert.equal(cnResidentIdValid(id, today), expected, id);
      if (expected) valid++;
    }
    assert.ok(valid > 1000 && valid < 3500, `a mix of verdicts (${valid} valid)`);
  });

  it('needs an area code that exists', () => {
    assert.equal(cnResidentIdValid('11010519491231002X'), true);
    const body = '99999919491231002';
    assert.equal(cnResidentIdValid(body + mod11_2CheckChar(body)), false);
  });

  it('takes a lower-case x', () => {
    assert.equal(cnResidentIdValid('11010519491231002x'), true);
  });

  it('checks the legacy 15-digit form by area and date only', () => {
    assert.equal(cnLegacyResidentIdValid('110105491231002'), true);
    assert.equal(cnLegacyResidentIdValid('110105491331002'), false);
    assert.equal(cnLegacyResidentIdValid('999999491231002'), false);
  });

  it('knows current, retired, permit and non-existing area codes', () => {
    const cases: [string, boolean][] = [
      ['110101', true], // current
      ['110103', true], // retired (崇文区, merged in 2010)
      ['110100', true], // city level
      ['810000', true], // Hong Kong residence permit
      ['110000', false], // province level
      ['000000', false],
      ['999999', false],
    ];
    for (const [code, exists] of cases) assert.equal(cnAreaCodeExists(code), exists, code);
  });
});

describe('birthDateValid', () => {
  const today = new Date(2024, 5, 15);
  const cases: [string, boolean][] = [
    ['19491231', true],
    ['20000229', true],
    ['19000229', false],
    ['20230229', false],
    ['19000101', true],
    ['18991231', false],
    ['20240615', true],
    ['20240616', false],
    ['19801301', false],
    ['19800100', false],
    ['1980010', false],
  ];
  for (const [date, valid] of cases) {
    it(`${date} is ${valid ? 'valid' : 'invalid'}`, () => assert.equal(birthDateValid(date, today), valid));
  }
});

describe('ssnValid', () => {
  it('agrees with stdnum on generated numbers', () => {
    const random = prng(3);
    const areas = ['000', '666', '900', '987', '078', '219', '123', '536', '001', '899'];
    let valid = 0;
    for (let n = 0; n < 5000; n++) {
      const area = random() < 0.3 ? areas[Math.floor(random() * areas.length)] : digits(random, 3);
      const group = random() < 0.1 ? '00' : digits(random, 2);
      const serial = random() < 0.1 ? '0000' : digits(random, 4);
      const value = area + group + serial;
      // stdnum lacks the SSA rule that the serial is never 0000.
      assert.equal(ssnValid(value), stdnum.US.ssn.validate(value).isValid && serial !== '0000', value);
      if (ssnValid(value)) valid++;
    }
    assert.ok(valid > 1500, 'the generated set holds valid numbers too');
  });

  it('rejects the advertised numbers and repeated digits', () => {
    for (const value of ['078051120', '219099999', '111111111', '12345678', '12345678a']) assert.equal(ssnValid(value), false, value);
  });
});

describe('ibanValid', () => {
  const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  // An independent mod-97: BigInt over the rearranged, letters-to-numbers string.
  function checkDigits(country: string, bban: string): string {
    const numeric = [...`${bban}${country}00`].map((c) => String(ALNUM.indexOf(c))).join('');
    return pad(98 - Number(BigInt(numeric) % 97n), 2);
  }
  // A BBAN in the country's national format (ibantools reports a checksum error for any other).
  function bbanFor(country: string, random: () => number): string {
    let bban = '';
    for (const [, chars, count] of countrySpecs[country].bban_regexp!.matchAll(/\[([^\]]+)\]\{(\d+)\}/g)) {
      const alphabet = chars === '0-9' ? ALNUM.slice(0, 10) : chars === 'A-Z' ? ALNUM.slice(10) : ALNUM;
      for (let i = 0; i < Number(count); i++) bban += alphabet[Math.floor(random() * alphabet.length)];
    }
    return bban;
  }
  // Another character of the same kind (digit or letter), so the national format still holds.
  function corrupt(iban: string, at: number): string {
    const c = iban[at];
    const next = c <= '9' ? String((Number(c) + 1) % 10) : c === 'Z' ? 'A' : String.fromCharCode(c.charCodeAt(0) + 1);
    return iban.slice(0, at) + next + iban.slice(at + 1);
  }

  it('has the registry length of every country', () => {
    for (const [country, length] of IBAN_LENGTHS) assert.equal(countrySpecs[country]?.chars, length, country);
  });

  it('agrees with ibantools on generated IBANs (valid and corrupted)', () => {
    const random = prng(4);
    const countries = [...IBAN_LENGTHS.keys()];
    let valid = 0;
    for (let n = 0; n < 4000; n++) {
      const country = countries[Math.floor(random() * countries.length)];
      const bban = bbanFor(country, random);
      let iban = country + checkDigits(country, bban) + bban;
      const corruption = random();
      if (corruption < 0.25) iban = corrupt(iban, 2 + Math.floor(random() * (iban.length - 2)));
      else if (corruption < 0.3) iban = iban.slice(0, -1);
      else if (corruption < 0.35) iban = `${iban}0`;
      // ibantools also checks some countries' national check digits, which ISO 13616 does not fix.
      const expected = validateIBAN(iban).errorCodes.every((code) => code === ValidationErrorsIBAN.WrongAccountBankBranchChecksum);
      assert.equal(ibanValid(iban), expected, iban);
      if (expected) valid++;
    }
    assert.ok(valid > 2000 && valid < 3800, `a mix of verdicts (${valid} valid)`);
  });

  it('wants the compact upper-case form', () => {
    assert.equal(ibanValid('GB82WEST12345698765432'), true);
    assert.equal(ibanValid('GB82 WEST 1234 5698 7654 32'), false);
    assert.equal(ibanValid('gb82west12345698765432'), false);
    assert.equal(ibanValid('XX82WEST12345698765432'), false);
  });
});
