import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { intlPhone } from '../../../test/synth/phone.js';
import { Rng } from '../../../test/synth/rng.js';
import { planValid, quickPlanValid } from './phone-plan.js';

const CALLING_CODES = ['1', '7', '20', '33', '44', '49', '61', '81', '82', '86', '852', '886', '971', '800', '882'];

describe('numbering-plan checks agree with libphonenumber', () => {
  it('the quick check never says yes where the full parse says no, and the combined check equals the parse', () => {
    const rng = new Rng(97);
    const numbers: string[] = [];
    for (let i = 0; i < 3000; i++) numbers.push(`+${intlPhone(rng).replace(/\D/g, '')}`);
    for (let i = 0; i < 6000; i++) {
      const code = CALLING_CODES[rng.int(CALLING_CODES.length)];
      let rest = '';
      for (let n = 6 + rng.int(8); n > 0; n--) rest += String(rng.int(10));
      numbers.push(`+${code}${rest}`);
    }
    let quickYes = 0;
    for (const number of numbers) {
      const truth = isValidPhoneNumber(number);
      if (quickPlanValid(number)) {
        quickYes++;
        assert.ok(truth, `quick check accepted ${number}, which libphonenumber rejects`);
      }
      assert.equal(planValid(number), truth, number);
    }
    assert.ok(quickYes > 2000, `the quick path should decide most valid numbers, decided ${quickYes}`);
  });

  it('agrees with libphonenumber where only a full parse can say yes: a national prefix kept after the code, a non-geographic code', () => {
    for (const number of ['+4402079460958', '+44020794609581', '+390612345678', '+80012345678', '+8001234567', '+882347500000', '+19995550100', '+99912345678']) {
      assert.equal(planValid(number), isValidPhoneNumber(number), number);
    }
  });
});
