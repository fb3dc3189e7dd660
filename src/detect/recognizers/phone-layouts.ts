// Phone number layouts: which digit runs of a chain form a number, checked against the numbering plans.
import type { ScanState } from '../types.js';
import { type DigitRuns, labelledOtherwise } from './numeric-tokens.js';
import { cnLandlineValid, cnMobileValid, planValid } from './phone-plan.js';

export const SCORE = 0.85;
// Forms that other numbers take more often: 86 + mobile with nothing to mark the country code, a
// landline with no separator after its area code, a North American number without its +1.
const WEAK_SCORE = 0.7;
const CONTEXT = ['电话', '手机', '联系', '号码', '致电', '传真', '座机', '固话', 'tel', 'phone', 'mobile', 'cell', 'call', 'fax', 'contact', 'whatsapp'];
// Between two digit runs of one number: an optional ')', then a space, a dash with optional spaces or a
// tight dot, then an optional '('.
const GAP = /^[)）]?(?:[ \u00a0]?-[ \u00a0]?|\.|[ \u00a0])?[(（]?$/;

// Shapes a PRC mobile is written in; a landline's subscriber part after its area code.
const MOBILE_SHAPES = [[11], [3, 4, 4], [3, 8]] as const;
const SUBSCRIBER_SHAPES = [[7], [8], [3, 4], [4, 4], [4, 3]] as const;
const NANP_SHAPE = [3, 3, 4] as const;
const NANP_SHAPE_WITH_1 = [1, 3, 3, 4] as const;

/** Digit runs first..last of a text, joined by phone gaps; `near` caches the context answer. */
export interface Chain {
  scan: ScanState;
  runs: DigitRuns;
  first: number;
  last: number;
  /** Where the value starts: its '+', or its first digit. */
  start: number;
  near: boolean | undefined;
  /** Score of the number found, before context. */
  score: number;
}

export function nearContext(chain: Chain): boolean {
  return (chain.near ??= chain.scan.hasContext(chain.start, chain.runs.ends[chain.last], CONTEXT));
}

export function isSpaces(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text[p] !== ' ' && text[p] !== '\u00a0') return false;
  return true;
}

/** The text between runs i and i+1 can sit inside one number. */
export function isGap(text: string, runs: DigitRuns, i: number): boolean {
  const from = runs.ends[i];
  const to = runs.starts[i + 1];
  if (to - from === 1) return ' -.()（）\u00a0'.includes(text[from]);
  return to - from <= 5 && GAP.test(text.slice(from, to));
}

function digitsOf(chain: Chain, last: number): string {
  const { text } = chain.scan;
  let digits = '';
  for (let k = chain.first; k <= last; k++) digits += text.slice(chain.runs.starts[k], chain.runs.ends[k]);
  return digits;
}

/** The last run when runs first, first+1, ... have exactly these lengths within the chain, else -1. */
function shape(chain: Chain, first: number, sizes: readonly number[]): number {
  const last = first + sizes.length - 1;
  if (last > chain.last) return -1;
  for (let k = 0; k < sizes.length; k++) if (chain.runs.ends[first + k] - chain.runs.starts[first + k] !== sizes[k]) return -1;
  return last;
}

/** The mobile written from run `first` (after any 86 before it) as 11 digits, 3-4-4 or 3-8; returns its last run or -1. */
function mobileFrom(chain: Chain, first: number): number {
  for (const sizes of MOBILE_SHAPES) {
    const last = shape(chain, first, sizes);
    if (last >= 0 && cnMobileValid(digitsOf(chain, last).slice(-11))) return last;
  }
  return -1;
}

/** A number after '+' (or 00): PRC numbers by the compiled patterns, which also keep out toll-free ones, others by a full parse. */
function internationalValid(digits: string): boolean {
  if (digits.startsWith('86')) return cnMobileValid(digits.slice(2)) || cnLandlineValid(`0${digits.slice(2)}`);
  return planValid(`+${digits}`);
}

/** Longest run count from the chain's start that is a valid international number; `skip` leading digits are a prefix (00). */
export function international(chain: Chain, skip: number): number {
  for (let last = chain.last; last >= chain.first; last--) {
    const digits = digitsOf(chain, last).slice(skip);
    if (digits.length >= 7 && digits.length <= 15 && internationalValid(digits)) return last;
  }
  return -1;
}

/** The last run of a landline with its area code in the first run, or -1. */
function landline(chain: Chain, head: string): number {
  if (head.length === 3 || head.length === 4) {
    for (const sizes of SUBSCRIBER_SHAPES) {
      const last = shape(chain, chain.first + 1, sizes);
      if (last >= 0 && cnLandlineValid(digitsOf(chain, last))) return last;
    }
  } else if ((head.length === 11 || head.length === 12) && cnLandlineValid(head)) {
    chain.score = WEAK_SCORE;
    return chain.first;
  }
  return -1;
}

/** A North American number in a usual layout: (415) 555-2671, 415-555-2671, 415.555.2671, 1-415-555-2671. */
function northAmerican(chain: Chain, head: string): number {
  const last = shape(chain, chain.first, head === '1' ? NANP_SHAPE_WITH_1 : NANP_SHAPE);
  if (last < 0) return -1;
  const { text } = chain.scan;
  let spaced = true;
  for (let k = chain.first; k < last; k++) spaced &&= isSpaces(text, chain.runs.ends[k], chain.runs.starts[k + 1]);
  // Three groups split by spaces alone are as often something else.
  if (spaced && !nearContext(chain)) return -1;
  chain.score = WEAK_SCORE;
  return planValid(`+1${digitsOf(chain, last).slice(head === '1' ? 1 : 0)}`) ? last : -1;
}

/** The last run of a national number starting at the chain's first run, or -1. */
export function national(chain: Chain): number {
  const { first } = chain;
  const head = chain.scan.text.slice(chain.runs.starts[first], chain.runs.ends[first]);
  let last = -1;
  if (head.startsWith('00') && (first < chain.last || nearContext(chain))) last = international(chain, 2);
  if (last < 0 && head[0] === '1') last = mobileFrom(chain, first);
  if (last < 0 && head === '86' && first < chain.last) last = mobileFrom(chain, first + 1);
  if (last < 0 && head.length === 13 && head.startsWith('86') && cnMobileValid(head.slice(2))) {
    chain.score = WEAK_SCORE;
    last = first;
  }
  if (last < 0 && head[0] === '0') last = landline(chain, head);
  // Other countries' national numbers are too ambiguous without a '+', but for North America's fixed layouts.
  if (last < 0 && (head.length === 3 || head === '1')) last = northAmerican(chain, head);
  // A weak form labelled as an order or invoice number is one.
  return chain.score === WEAK_SCORE && labelledOtherwise(chain.scan.text, chain.start, CONTEXT) ? -1 : last;
}
