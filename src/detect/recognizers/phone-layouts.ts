// Phone number layouts: which digit runs of a chain form a number, checked against the numbering plans.
import type { ScanState } from '../types.js';
import { type DigitRuns, labelledOtherwise } from './numeric-tokens.js';
import { cnLandlineValid, cnMobilePrefixes, cnMobileValid, planValid } from './phone-plan.js';

export const SCORE = 0.85;
// Forms that other numbers take more often: 86 + mobile with nothing to mark the country code, a
// landline with no separator after its area code, a North American number without its +1.
const WEAK_SCORE = 0.7;
const CONTEXT = ['电话', '手机', '联系', '号码', '致电', '传真', '座机', '固话', 'tel', 'phone', 'mobile', 'cell', 'call', 'fax', 'contact', 'whatsapp'];
// Between two digit runs of one number: an optional ')', then a space, a dash with optional spaces or a
// tight dot, then an optional '('. As a pattern: /^[)）]?(?:[ \u00a0]?-[ \u00a0]?|\.|[ \u00a0])?[(（]?$/.

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

function isSpaces(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 0xa0;
}

/** Text between two digit runs that cannot sit inside one number. */
export const NO_GAP = 0;
/** A gap inside a number made of spaces only. */
export const SPACE_GAP = 1;
/** Any other gap inside a number. */
export const OTHER_GAP = 2;

/** Whether text[from, to), between two digit runs, can sit inside one number, and if so whether it is spaces only. */
export function gapKind(text: string, from: number, to: number): number {
  const length = to - from;
  if (length === 1) {
    const c = text.charCodeAt(from);
    if (isSpaceCode(c)) return SPACE_GAP;
    return c === 45 || c === 46 || c === 40 || c === 41 || c === 0xff08 || c === 0xff09 ? OTHER_GAP : NO_GAP;
  }
  // (Runs are maximal, so there is always a gap.)
  if (length > 5) return NO_GAP;
  // An optional closing bracket and opening bracket around the middle: they can be nothing else.
  let p = from;
  let q = to;
  let c = text.charCodeAt(p);
  if (c === 41 || c === 0xff09) p++;
  c = text.charCodeAt(q - 1);
  if (q > p && (c === 40 || c === 0xff08)) q--;
  // The middle: nothing, a space, a dot, or a dash with an optional space either side.
  const middle = q - p;
  if (middle === 0) return OTHER_GAP;
  const first = text.charCodeAt(p);
  if (middle === 1) {
    return isSpaceCode(first) || first === 45 || first === 46 ? OTHER_GAP : NO_GAP;
  }
  const second = text.charCodeAt(p + 1);
  if (middle === 2) return (isSpaceCode(first) && second === 45) || (first === 45 && isSpaceCode(second)) ? OTHER_GAP : NO_GAP;
  return middle === 3 && isSpaceCode(first) && second === 45 && isSpaceCode(text.charCodeAt(p + 2)) ? OTHER_GAP : NO_GAP;
}

function digitsOf(chain: Chain, last: number): string {
  const { text } = chain.scan;
  if (last === chain.first) return text.slice(chain.runs.starts[last], chain.runs.ends[last]);
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

/** The value of the first five digits of runs first, first + 1, ... (which hold at least five). */
function headOf(chain: Chain, first: number): number {
  const { text } = chain.scan;
  const { starts, ends } = chain.runs;
  let run = first;
  let at = starts[run];
  let value = 0;
  for (let n = 0; n < 5; n++) {
    if (at === ends[run]) at = starts[++run];
    value = value * 10 + text.charCodeAt(at++) - 48;
  }
  return value;
}

/**
 * The mobile written from run `first` (after any 86 before it) as 11 digits, 3-4-4 or 3-8; returns its last run or -1.
 * Its first five digits decide, by the plan's table of prefixes, unless the rest may matter: no string is made.
 */
function mobileFrom(chain: Chain, first: number): number {
  for (const sizes of MOBILE_SHAPES) {
    const last = shape(chain, first, sizes);
    if (last < 0) continue;
    const head = headOf(chain, first);
    if (head < 10_000 || head >= 20_000) return -1; // a PRC mobile starts with 1
    const verdict = cnMobilePrefixes()[head - 10_000];
    if (verdict === 1 || (verdict === 2 && cnMobileValid(digitsOf(chain, last)))) return last;
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

/** The last run of a landline with its area code in the first run, text[start, start + length), or -1. */
function landline(chain: Chain, start: number, length: number): number {
  if (length === 3 || length === 4) {
    for (const sizes of SUBSCRIBER_SHAPES) {
      const last = shape(chain, chain.first + 1, sizes);
      if (last >= 0 && cnLandlineValid(digitsOf(chain, last))) return last;
    }
  } else if ((length === 11 || length === 12) && cnLandlineValid(chain.scan.text.slice(start, start + length))) {
    chain.score = WEAK_SCORE;
    return chain.first;
  }
  return -1;
}

/** A North American number in a usual layout: (415) 555-2671, 415-555-2671, 415.555.2671, 1-415-555-2671 (`withOne`). */
function northAmerican(chain: Chain, withOne: boolean): number {
  const last = shape(chain, chain.first, withOne ? NANP_SHAPE_WITH_1 : NANP_SHAPE);
  if (last < 0) return -1;
  const { text } = chain.scan;
  let spaced = true;
  for (let k = chain.first; k < last; k++) spaced &&= isSpaces(text, chain.runs.ends[k], chain.runs.starts[k + 1]);
  // Three groups split by spaces alone are as often something else.
  if (spaced && !nearContext(chain)) return -1;
  chain.score = WEAK_SCORE;
  return planValid(`+1${digitsOf(chain, last).slice(withOne ? 1 : 0)}`) ? last : -1;
}

/**
 * False when national() can find nothing for a chain whose first run is text[start, start + length): its layouts
 * all start with 0, 00 or 1, with 86, or with a three-digit area code.
 */
export function mayBeNational(text: string, start: number, length: number): boolean {
  const first = text.charCodeAt(start);
  if (first === 48 || first === 49 || length === 3) return true;
  return first === 56 && text.charCodeAt(start + 1) === 54 && (length === 2 || length === 13);
}

/** The last run of a national number starting at the chain's first run, or -1. */
export function national(chain: Chain): number {
  const { first } = chain;
  const { text } = chain.scan;
  // The first run, the head: its length and first two digits (the second read past a one-digit head is no digit).
  const start = chain.runs.starts[first];
  const length = chain.runs.ends[first] - start;
  const d0 = text.charCodeAt(start);
  const d1 = text.charCodeAt(start + 1);
  const eightySix = d0 === 56 && d1 === 54;
  let last = -1;
  if (d0 === 48 && d1 === 48 && (first < chain.last || nearContext(chain))) last = international(chain, 2);
  if (last < 0 && d0 === 49) last = mobileFrom(chain, first);
  if (last < 0 && eightySix && length === 2 && first < chain.last) last = mobileFrom(chain, first + 1);
  if (last < 0 && eightySix && length === 13 && cnMobileValid(text.slice(start + 2, start + 13))) {
    chain.score = WEAK_SCORE;
    last = first;
  }
  if (last < 0 && d0 === 48) last = landline(chain, start, length);
  // Other countries' national numbers are too ambiguous without a '+', but for North America's fixed layouts.
  if (last < 0 && (length === 3 || (length === 1 && d0 === 49))) last = northAmerican(chain, length === 1);
  // A weak form labelled as an order or invoice number is one.
  return chain.score === WEAK_SCORE && labelledOtherwise(text, chain.start, CONTEXT) ? -1 : last;
}
