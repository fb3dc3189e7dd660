// PHONE_NUMBER: chains of digit runs joined by phone separators, read by the layouts of phone-layouts.ts.
import type { Recognizer, ScanState } from '../types.js';
import { type DigitRuns, digitRuns, joinedAfter, joinedBefore } from './numeric-tokens.js';
import { type Chain, international, isGap, isSpaces, national, nearContext, SCORE } from './phone-layouts.js';

const NAME = 'phone-number';
const CONTEXT_SCORE = 0.95;
const MAX_RUNS = 6;
const MAX_DIGITS = 17;
const MIN_DIGITS = 7;
const OPEN = '(（';
// A number after a currency sign or before these units is an amount.
const CURRENCIES = '¥￥$';
const UNITS = '元万亿';

/** Brackets inside the span pair up. */
function balanced(text: string, start: number, end: number): boolean {
  let depth = 0;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 40 || c === 0xff08) depth++;
    else if ((c === 41 || c === 0xff09) && --depth < 0) return false;
  }
  return depth === 0;
}

/** A number that ends at run `last` and is not part of a longer one. */
function endsCleanly(text: string, runs: DigitRuns, last: number): boolean {
  const end = runs.ends[last];
  if (joinedAfter(text, end) || UNITS.includes(text[end] ?? '_')) return false;
  return last + 1 >= runs.starts.length || !isGap(text, runs, last) || isSpaces(text, end, runs.starts[last + 1]);
}

/** Finds a number whose first digits are run i; returns its last run or -1. */
function findAt(scan: ScanState, runs: DigitRuns, i: number): number {
  const { text } = scan;
  const { starts, ends } = runs;
  let last = i;
  let count = ends[i] - starts[i];
  while (last + 1 < starts.length && last - i + 1 < MAX_RUNS && isGap(text, runs, last)) {
    const next = count + ends[last + 1] - starts[last + 1];
    if (next > MAX_DIGITS) break;
    count = next;
    last++;
  }
  if (count < MIN_DIGITS) return -1;
  // A run after a dash, dot or bracket belongs to the number before it.
  if (i > 0 && isGap(text, runs, i - 1) && !isSpaces(text, ends[i - 1], starts[i])) return -1;
  const plus = text[starts[i] - 1] === '+' || text[starts[i] - 1] === '＋';
  const valueStart = plus ? starts[i] - 1 : starts[i];
  if (joinedBefore(text, valueStart) || CURRENCIES.includes(text[valueStart - 1] ?? '_')) return -1;

  const chain: Chain = { scan, runs, first: i, last, start: valueStart, near: undefined, score: SCORE };
  const found = plus ? international(chain, 0) : national(chain);
  if (found < 0 || !endsCleanly(text, runs, found)) return -1;
  const end = ends[found];
  let start = OPEN.includes(text[valueStart - 1] ?? '_') ? valueStart - 1 : valueStart;
  if (!balanced(text, start, end)) start = valueStart;
  if (!balanced(text, start, end)) return -1;
  scan.add('PHONE_NUMBER', start, end, nearContext(chain) ? CONTEXT_SCORE : chain.score, NAME);
  return found;
}

export const phoneNumber: Recognizer = {
  name: NAME,
  types: ['PHONE_NUMBER'],
  find(scan) {
    const runs = digitRuns(scan);
    for (let i = 0; i < runs.starts.length; i++) {
      const last = findAt(scan, runs, i);
      if (last >= 0) i = last;
    }
  },
  examples: {
    positive: [
      { text: '手机：13800138000', type: 'PHONE_NUMBER', value: '13800138000' },
      { text: '联系电话 (+86) 138 0013 8000，欢迎来电', type: 'PHONE_NUMBER', value: '(+86) 138 0013 8000' },
      { text: 'call 138-0013-8000 today', type: 'PHONE_NUMBER', value: '138-0013-8000' },
      { text: '+86 13800138000', type: 'PHONE_NUMBER', value: '+86 13800138000' },
      { text: '办公室 010-12345678', type: 'PHONE_NUMBER', value: '010-12345678' },
      { text: '深圳总部 (0755) 8888 1234。', type: 'PHONE_NUMBER', value: '(0755) 8888 1234' },
      { text: 'London office: +44 20 7946 0958.', type: 'PHONE_NUMBER', value: '+44 20 7946 0958' },
      { text: 'SF: +1 (415) 555-2671', type: 'PHONE_NUMBER', value: '+1 (415) 555-2671' },
      { text: '虚拟运营商号段 17012345678 与 16212345678', type: 'PHONE_NUMBER', value: '17012345678' },
    ],
    negative: [
      '订单号 202311051230456789',
      '时间戳 20231105123045 / 1699171200000',
      '运单 SF1234567890123、YT1234567890123、7712345678901',
      '条码 6901234567892',
      '金额 ¥13,800.00，共 1,380,013,800 元',
      '编号 12345678901 和 10012345678',
      '版本 1.2.3.4 与 v2.10.3',
      'md5 5d41402abc4b2a76b9719d911017c592',
      '客服热线 4008001234',
      'UUID 123e4567-e89b-12d3-a456-426614174000',
      '发票代码 044031900111 发票号码 12345678，编号 075588881234',
    ],
  },
};
