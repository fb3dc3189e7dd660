// PHONE_NUMBER: chains of digit runs joined by phone separators, read by the layouts of phone-layouts.ts.
import type { Recognizer, ScanState } from '../types.js';
import { codeAt, holds } from './code-at.js';
import { type DigitRuns, digitRuns, joinedAfter, joinedBefore } from './numeric-tokens.js';
import { type Chain, gapKind, international, mayBeNational, national, nearContext, NO_GAP, OTHER_GAP, SCORE, SPACE_GAP } from './phone-layouts.js';

const NAME = 'phone-number';
const CONTEXT_SCORE = 0.95;
const MAX_RUNS = 6;
const MAX_DIGITS = 17;
const MIN_DIGITS = 7;

// A number after a currency sign (¥ ￥ $) or before a unit (元 万 亿) is an amount.
function isCurrencyCode(c: number): boolean {
  return c === 0xa5 || c === 0xffe5 || c === 36;
}

function isUnitCode(c: number): boolean {
  return c === 0x5143 || c === 0x4e07 || c === 0x4ebf;
}

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

// The gap kinds of the text being scanned, in a buffer kept between texts (find runs to completion, one text at a time).
let gapBuffer = new Uint8Array(1024);

/** The gap kind (NO_GAP, SPACE_GAP, OTHER_GAP) after each run; the last run has none. */
function gapsOf(text: string, runs: DigitRuns): Uint8Array {
  const { first, end, starts, ends } = runs;
  if (gapBuffer.length < end) gapBuffer = new Uint8Array(Math.max(end, gapBuffer.length * 2));
  const gaps = gapBuffer;
  for (let i = first; i + 1 < end; i++) {
    const from = ends[i];
    const length = starts[i + 1] - from;
    // Most runs are one character apart (in a number) or far apart (in different ones).
    if (length === 1) {
      const c = text.charCodeAt(from);
      gaps[i] = c === 32 ? SPACE_GAP : c === 45 || c === 46 ? OTHER_GAP : gapKind(text, from, from + 1);
    } else gaps[i] = length > 5 ? NO_GAP : gapKind(text, from, from + length);
  }
  if (end > first) gaps[end - 1] = NO_GAP;
  return gaps;
}

/**
 * The chain being read, one object for every candidate (`findAt` runs to completion, one candidate at a time), and
 * emptied when a text is done.
 */
const CHAIN: Chain = { scan: undefined!, runs: undefined!, first: 0, last: 0, start: 0, near: undefined, score: SCORE };

/** Finds a number whose first digits are run i; returns its last run or -1. */
function findAt(scan: ScanState, runs: DigitRuns, gaps: Uint8Array, i: number): number {
  const { starts, ends } = runs;
  // A run after a dash, dot or bracket belongs to the number before it.
  if (i > runs.first && gaps[i - 1] === OTHER_GAP) return -1;
  let last = i;
  let count = ends[i] - starts[i];
  while (last + 1 < runs.end && last - i + 1 < MAX_RUNS && gaps[last] !== NO_GAP) {
    const next = count + ends[last + 1] - starts[last + 1];
    if (next > MAX_DIGITS) break;
    count = next;
    last++;
  }
  if (count < MIN_DIGITS) return -1;
  const { text } = scan;
  const sign = codeAt(text, starts[i] - 1);
  const plus = sign === 43 || sign === 0xff0b;
  if (!plus && !mayBeNational(text, starts[i], ends[i] - starts[i])) return -1;
  const valueStart = plus ? starts[i] - 1 : starts[i];
  if (joinedBefore(text, valueStart) || isCurrencyCode(codeAt(text, valueStart - 1))) return -1;

  const chain = CHAIN;
  chain.scan = scan;
  chain.runs = runs;
  chain.first = i;
  chain.last = last;
  chain.start = valueStart;
  chain.near = undefined;
  chain.score = SCORE;
  const found = plus ? international(chain, 0) : national(chain);
  if (found < 0) return -1;
  // The number must end cleanly: not part of a longer one.
  const end = ends[found];
  if (joinedAfter(text, end) || isUnitCode(codeAt(text, end)) || gaps[found] === OTHER_GAP) return -1;
  // Dots and dashes in one number are a citation or a code ("DFARS 252.227-7013"), not how numbers are written.
  if (holds(text, valueStart, end, 46) && holds(text, valueStart, end, 45)) return -1;
  const open = codeAt(text, valueStart - 1);
  let start = open === 40 || open === 0xff08 ? valueStart - 1 : valueStart;
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
    const gaps = gapsOf(scan.text, runs);
    for (let i = runs.first; i < runs.end; i++) {
      const last = findAt(scan, runs, gaps, i);
      if (last >= 0) i = last;
    }
    CHAIN.scan = CHAIN.runs = undefined!; // the text is not held past the call
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
