// BANK_CARD: 13-19 digits, bare or grouped, of a known issuer's prefix and length, passing Luhn.
import { cnLegacyResidentIdValid, cnResidentIdValid, luhnValid } from '../checksums.js';
import type { Recognizer } from '../types.js';
import { digitRuns, joinedAfter, joinedBefore, labelledOtherwise, matchGroups } from './numeric-tokens.js';

const NAME = 'bank-card';
const SCORE = 0.9;
const CONTEXT_SCORE = 0.98;
// UnionPay debit cards of some domestic banks carry no Luhn digit: taken only when the text says "card".
const NO_LUHN_CONTEXT_SCORE = 0.7;
// pan: primary account number, as log and JSON fields name it.
const CONTEXT = ['银行卡', '卡号', '信用卡', '借记卡', '储蓄卡', '银联', 'card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'unionpay', 'pan=', 'pan:', 'pan"'];

interface Issuer {
  prefix: RegExp;
  lengths: readonly number[];
  /** Lengths issued so rarely that a number of that length needs context. */
  rare?: readonly number[];
}

const ISSUERS: readonly Issuer[] = [
  { prefix: /^62/, lengths: [16, 17, 18, 19] }, // UnionPay
  { prefix: /^4/, lengths: [16], rare: [13, 19] }, // Visa
  { prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] }, // Mastercard
  { prefix: /^3[47]/, lengths: [15] }, // American Express
  { prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] }, // JCB
  { prefix: /^(?:6011|64[4-9]|65)/, lengths: [16, 17, 18, 19] }, // Discover
  { prefix: /^(?:36|30[0-5])/, lengths: [14, 15, 16, 17, 18, 19] }, // Diners Club
];

/** 'common' for a known issuer's usual length, 'rare' for one that needs context, null otherwise. */
function issuerLength(digits: string): 'common' | 'rare' | null {
  for (const issuer of ISSUERS) {
    if (!issuer.prefix.test(digits)) continue;
    if (issuer.lengths.includes(digits.length)) return 'common';
    if (issuer.rare?.includes(digits.length)) return 'rare';
  }
  return null;
}

// Print layouts: groups of four (the last shorter), Amex 4-6-5, Diners 4-6-4.
const GROUPED: readonly (readonly number[])[] = [
  [4, 4, 4, 4, 3],
  [4, 4, 4, 4, 2],
  [4, 4, 4, 4, 1],
  [4, 4, 4, 4],
  [4, 4, 4, 3],
  [4, 4, 4, 2],
  [4, 4, 4, 1],
  [4, 6, 5],
  [4, 6, 4],
];

export const bankCard: Recognizer = {
  name: NAME,
  types: ['BANK_CARD'],
  find(scan) {
    const { text } = scan;
    const runs = digitRuns(scan);
    const { starts, ends } = runs;
    for (let i = 0; i < starts.length; i++) {
      const length = ends[i] - starts[i];
      let last = -1;
      if (length >= 13 && length <= 19) last = joinedBefore(text, starts[i]) || joinedAfter(text, ends[i]) ? -1 : i;
      else if (length === 4) {
        for (const sizes of GROUPED) if ((last = matchGroups(text, runs, i, sizes, ' -')) >= 0) break;
      }
      if (last < 0) continue;
      const start = starts[i];
      const end = ends[last];
      const digits = last === i ? text.slice(start, end) : text.slice(start, end).replace(/\D/g, '');
      const issuer = issuerLength(digits);
      // 18 digits that make a valid resident ID are one; 18-digit cards are rare.
      if (issuer === null || (digits.length === 18 && cnResidentIdValid(digits))) continue;
      const luhn = luhnValid(digits);
      const noLuhnUnionPay = !luhn && digits.startsWith('62') && (digits.length === 16 || digits.length === 19);
      if (!luhn && !noLuhnUnionPay) continue;
      if (labelledOtherwise(text, start, CONTEXT)) continue;
      const context = scan.hasContext(start, end, CONTEXT);
      // Rare lengths, no Luhn digit, and 15 digits that also read as a legacy resident ID (Amex's 34/37 are
      // province codes) need card context.
      if (!context && (issuer === 'rare' || noLuhnUnionPay || (digits.length === 15 && cnLegacyResidentIdValid(digits)))) continue;
      scan.add('BANK_CARD', start, end, noLuhnUnionPay ? NO_LUHN_CONTEXT_SCORE : context ? CONTEXT_SCORE : SCORE, NAME);
      i = last;
    }
  },
  examples: {
    positive: [
      { text: '卡号：6222021234567890128', type: 'BANK_CARD', value: '6222021234567890128' },
      { text: 'Visa 4111 1111 1111 1111 exp 12/29', type: 'BANK_CARD', value: '4111 1111 1111 1111' },
      { text: 'card 5500-0000-0000-0004;', type: 'BANK_CARD', value: '5500-0000-0000-0004' },
      { text: 'Amex (3782 822463 10005)', type: 'BANK_CARD', value: '3782 822463 10005' },
      { text: '信用卡4111111111111111，有效期', type: 'BANK_CARD', value: '4111111111111111' },
      { text: '借记卡 6217 0012 3456 7890 122', type: 'BANK_CARD', value: '6217 0012 3456 7890 122' },
    ],
    negative: [
      '4111111111111112',
      '订单号 4111111111111111111123',
      '条码 6901234567892，时间戳 1699171200000',
      '运单 SF1234567890123 / 7712345678901234',
      '发票号码 1234567890123456',
      '订单号： 4152074599319592868',
      'UUID 123e4567-e89b-12d3-a456-426614174000, sha1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12',
      '金额 1,380,013,800',
      'ORD-4111111111111111',
      '4111 1111 1111 1111 1111',
    ],
  },
};
