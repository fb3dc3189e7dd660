// BANK_CARD: 13-19 digits, bare or grouped, of a known issuer's prefix and length, passing Luhn.
import { cnLegacyResidentIdAt, cnResidentIdAt, luhnBetween, todayValue } from '../checksums.js';
import type { Recognizer } from '../types.js';
import { digitRuns, joinedAfter, joinedBefore, labelledOtherwise, matchGroups } from './numeric-tokens.js';

const NAME = 'bank-card';
const SCORE = 0.9;
const CONTEXT_SCORE = 0.98;
// UnionPay debit cards of some domestic banks carry no Luhn digit: taken only when the text says "card".
const NO_LUHN_CONTEXT_SCORE = 0.7;
// pan: primary account number, as log and JSON fields name it.
const CONTEXT = ['银行卡', '卡号', '信用卡', '借记卡', '储蓄卡', '银联', 'card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'unionpay', 'pan=', 'pan:', 'pan"'];

/**
 * 'common' for a known issuer's usual length, 'rare' for one that needs context, null otherwise. The issuers'
 * prefixes do not overlap:
 *   UnionPay 62: 16-19; Visa 4: 16 (13, 19 rare); Mastercard 51-55, 2221-2720: 16; American Express 34, 37: 15;
 *   JCB 3528-3589: 16-19; Discover 6011, 644-649, 65: 16-19; Diners Club 36, 300-305: 14-19.
 * `text` holds the card's digits from `at` on, `length` of them.
 */
function issuerLength(text: string, at: number, length: number): 'common' | 'rare' | null {
  const d1 = text.charCodeAt(at) - 48;
  const d2 = text.charCodeAt(at + 1) - 48;
  const d3 = text.charCodeAt(at + 2) - 48;
  const d4 = text.charCodeAt(at + 3) - 48;
  const two = d1 * 10 + d2;
  let lengths: 'unionpay' | 'visa' | 'mastercard' | 'amex' | 'diners' | null = null;
  if (d1 === 4) lengths = 'visa';
  else if (two === 62) lengths = 'unionpay';
  else if (two >= 51 && two <= 55) lengths = 'mastercard';
  else if (two === 34 || two === 37) lengths = 'amex';
  else if (two === 35) lengths = (d3 === 2 && d4 >= 8) || (d3 >= 3 && d3 <= 8) ? 'unionpay' : null; // JCB
  else if (two === 65 || (two === 64 && d3 >= 4) || (two === 60 && d3 === 1 && d4 === 1)) lengths = 'unionpay'; // Discover
  else if (two === 36 || (two === 30 && d3 <= 5)) lengths = 'diners';
  else if (d1 === 2) {
    const four = two * 100 + d3 * 10 + d4;
    if (four >= 2221 && four <= 2720) lengths = 'mastercard';
  }
  switch (lengths) {
    case 'unionpay':
      return length >= 16 && length <= 19 ? 'common' : null;
    case 'visa':
      return length === 16 ? 'common' : length === 13 || length === 19 ? 'rare' : null;
    case 'mastercard':
      return length === 16 ? 'common' : null;
    case 'amex':
      return length === 15 ? 'common' : null;
    case 'diners':
      return length >= 14 && length <= 19 ? 'common' : null;
    default:
      return null;
  }
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
    const { first, end: runsEnd, starts, ends } = runs;
    let today = -1;
    for (let i = first; i < runsEnd; i++) {
      const start = starts[i];
      const length = ends[i] - start;
      let last = -1;
      // The card's digits are source[from, from + digitCount): the text itself for a bare number, else a copy.
      let source = text;
      let from = start;
      let digitCount = length;
      let issuer: 'common' | 'rare' | null;
      if (length >= 13 && length <= 19) {
        issuer = issuerLength(text, start, length);
        if (issuer === null || joinedBefore(text, start) || joinedAfter(text, ends[i])) continue;
        last = i;
      } else if (length === 4) {
        // Every layout goes on with a group of four or six after a space or dash.
        if (i + 1 >= runsEnd || starts[i + 1] !== ends[i] + 1) continue;
        const second = ends[i + 1] - starts[i + 1];
        const gap = text.charCodeAt(ends[i]);
        if ((second !== 4 && second !== 6) || (gap !== 32 && gap !== 45)) continue;
        for (const sizes of GROUPED) if ((last = matchGroups(text, runs, i, sizes, ' -')) >= 0) break;
        if (last < 0) continue;
        source = '';
        for (let k = i; k <= last; k++) source += text.slice(starts[k], ends[k]);
        from = 0;
        digitCount = source.length;
        issuer = issuerLength(source, 0, digitCount);
        if (issuer === null) continue;
      } else continue;
      const end = ends[last];
      if (today < 0) today = todayValue();
      // 18 digits that make a valid resident ID are one; 18-digit cards are rare.
      if (digitCount === 18 && cnResidentIdAt(source, from, today)) continue;
      const luhn = luhnBetween(source, from, from + digitCount);
      const noLuhnUnionPay =
        !luhn && source.charCodeAt(from) === 54 && source.charCodeAt(from + 1) === 50 && (digitCount === 16 || digitCount === 19);
      if (!luhn && !noLuhnUnionPay) continue;
      if (labelledOtherwise(text, start, CONTEXT)) continue;
      const context = scan.hasContext(start, end, CONTEXT);
      // Rare lengths, no Luhn digit, and 15 digits that also read as a legacy resident ID (Amex's 34/37 are
      // province codes) need card context.
      if (!context && (issuer === 'rare' || noLuhnUnionPay || (digitCount === 15 && cnLegacyResidentIdAt(source, from, today)))) continue;
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
