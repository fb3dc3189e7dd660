import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { scanText } from '../scan-text.js';
import { cnLandlineValid, cnMobileValid } from './phone-plan.js';

function found(text: string): string[] {
  return scanText(text, { types: ['PHONE_NUMBER'] }).map((f) => text.slice(f.start, f.end));
}

describe('PHONE_NUMBER', () => {
  const positive: [string, string[]][] = [
    ['13800138000', ['13800138000']],
    ['手机：138 0013 8000。', ['138 0013 8000']],
    ['电话138-0013-8000', ['138-0013-8000']],
    ['138.0013.8000', ['138.0013.8000']],
    ['+86 138 0013 8000', ['+86 138 0013 8000']],
    ['+86-138-0013-8000', ['+86-138-0013-8000']],
    ['联系 (+86) 138 0013 8000', ['(+86) 138 0013 8000']],
    ['+8613800138000', ['+8613800138000']],
    ['0086 138 0013 8000', ['0086 138 0013 8000']],
    ['电话 008613800138000', ['008613800138000']],
    ['86 13800138000', ['86 13800138000']],
    ['8613800138000', ['8613800138000']],
    ['16212345678 17012345678 19212345678 14512345678', ['16212345678', '17012345678', '19212345678', '14512345678']],
    ['13800138000,13900139000', ['13800138000', '13900139000']],
    ['13800138000/13900139000', ['13800138000', '13900139000']],
    ['（13800138000）', ['13800138000']],
    ['Tel.13800138000', ['13800138000']],
    ['办公室 010-12345678', ['010-12345678']],
    ['(0755) 8888 1234', ['(0755) 8888 1234']],
    ['021 5555 6666', ['021 5555 6666']],
    ['0755-88881234', ['0755-88881234']],
    ['(010)12345678', ['(010)12345678']],
    ['+86 10 1234 5678', ['+86 10 1234 5678']],
    ['座机 01012345678', ['01012345678']],
    ['+44 20 7946 0958', ['+44 20 7946 0958']],
    ['+1 (415) 555-2671', ['+1 (415) 555-2671']],
    ['+33 1 42 68 53 00', ['+33 1 42 68 53 00']],
    ['+81 3-1234-5678', ['+81 3-1234-5678']],
    ['call +44 20 7946 0958 2 times', ['+44 20 7946 0958']],
    ['phone: (415) 555-2671', ['(415) 555-2671']],
    ['"(617) 979-8975"', ['(617) 979-8975']],
    ['T: 808.611.5196', ['808.611.5196']],
    ['720-279-0437|x', ['720-279-0437']],
    ['called from 1-617-944-6549 today', ['1-617-944-6549']],
    ['phone 415 555 2671', ['415 555 2671']],
    ['收件人:高怡  057443972787', ['057443972787']],
  ];
  for (const [text, values] of positive) {
    it(`finds ${values.join(', ')} in "${text}"`, () => assert.deepEqual(found(text), values));
  }

  const negative = [
    'subparagraph (c)(1)(ii) of DFARS 252.227-7013 or FAR 52.227-19',
    '12345678901',
    '10012345678 and 14012345678',
    '20231105123045',
    '1699171200000',
    '202311051230456789',
    '订单号 13800138000123',
    'SF1234567890123 YT1234567890123 7712345678901',
    '6901234567892',
    '¥13,800.00 and 1,380,013,800',
    '¥13800138000',
    '13800138000元',
    '138001380001 and 1380013800',
    '13800138000.5',
    'ORD-13800138000',
    '4008001234 and 400-800-1234',
    '415 555 2671',
    '123-456-7890',
    '(123) 456-7890',
    '415-555-26710',
    '编号 075588881234',
    '发票代码 044031900111 发票号码 12345678',
    '1.2.3.4 and 192.168.100.200',
    '2023-11-05 12:30:45',
    '123e4567-e89b-12d3-a456-426614174000',
    '5d41402abc4b2a76b9719d911017c592',
    '+12345678',
    '+++++++((((((',
  ];
  for (const text of negative) {
    it(`stays quiet on "${text}"`, () => assert.deepEqual(found(text), []));
  }

  it('scores context higher', () => {
    const [bare] = scanText('13800138000', { types: ['PHONE_NUMBER'] });
    const [near] = scanText('手机 13800138000', { types: ['PHONE_NUMBER'] });
    assert.ok(near.score > bare.score && bare.score >= 0.85);
  });
});

describe('PRC plan checks', () => {
  // The compiled per-type patterns must give libphonenumber's own verdict: valid and of that type.
  function oracle(national: string, type: 'MOBILE' | 'FIXED_LINE'): boolean {
    const number = parsePhoneNumberFromString(national, 'CN');
    return number !== undefined && number.isValid() && number.getType() === type;
  }
  let seed = 5;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

  it('agrees with libphonenumber on mobiles', () => {
    let valid = 0;
    for (let n = 0; n < 3000; n++) {
      const value = `1${digits(10)}`;
      assert.equal(cnMobileValid(value), oracle(value, 'MOBILE'), value);
      if (cnMobileValid(value)) valid++;
    }
    assert.ok(valid > 500 && valid < 2500, `a mix of verdicts (${valid} valid)`);
  });

  it('finds a mobile written 11, 3-4-4 or 3-8 exactly when libphonenumber calls it one', () => {
    let valid = 0;
    // The ranges whose fifth digit decides (1740[0-5], 1610x) come often, and others at random.
    const heads = ['17400', '17405', '17406', '17409', '16100', '17300', '17400', '19900'];
    for (let n = 0; n < 600; n++) {
      const value = n % 3 === 0 ? `${heads[n % heads.length]}${digits(6)}` : `1${digits(10)}`;
      const mobile = oracle(value, 'MOBILE');
      if (mobile) valid++;
      for (const written of [value, `${value.slice(0, 3)} ${value.slice(3, 7)} ${value.slice(7)}`, `${value.slice(0, 3)}-${value.slice(3)}`]) {
        assert.deepEqual(found(`手机：${written}。`), mobile ? [written] : [], written);
      }
    }
    assert.ok(valid > 100 && valid < 500, `a mix of verdicts (${valid} valid)`);
  });

  it('agrees with libphonenumber on landlines', () => {
    let valid = 0;
    for (let n = 0; n < 3000; n++) {
      const value = `0${1 + Math.floor(random() * 9)}${digits(8 + Math.floor(random() * 3))}`;
      assert.equal(cnLandlineValid(value), oracle(value, 'FIXED_LINE'), value);
      if (cnLandlineValid(value)) valid++;
    }
    assert.ok(valid > 300 && valid < 2700, `a mix of verdicts (${valid} valid)`);
  });
});
