// Digit runs of a text, found once and shared by the number recognizers (ID, card, phone, SSN, IP, passport).
import type { ScanState } from '../types.js';
import { codeAt, holds } from './code-at.js';

/**
 * Maximal runs of ASCII digits that can be part of an identifier, in order: run i, for first <= i < end, is
 * text[starts[i], ends[i]). The arrays are shared by many texts (each has its own stretch of them): `scanMany` holds
 * the runs of many texts at once, and one array for each text cost a typed array's allocation twice a text.
 */
export interface DigitRuns {
  readonly first: number;
  readonly end: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

// Runs of six or more digits, and runs joined to others by 1-5 separators (space, dash, dot, brackets), found in
// "segments": maximal stretches of digits and separators. Only segments of six or more characters count: every
// number a recognizer takes has at least six (a passport's digits, 1.2.3.4, a phone number's seven digits), and
// a run's neighbours in another segment are never joined to it. So probing every sixth character finds every
// segment that matters while skipping the letters and Chinese text between numbers (this machine runs such a
// loop faster than a regex over every position).
const MIN_SEGMENT = 6;

// 1: digit, 2: separator (space, dash, dot, brackets, U+00A0 and the full-width brackets), by code: one table
// lookup, without a branch on the code's range (NaN, read past the end, looks up undefined: neither). The loops
// below take it as a parameter: a local table is read faster than a module constant.
const SEGMENT_CLASS = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) SEGMENT_CLASS[c] = 1;
for (const c of ' -.()\u00a0\uff08\uff09') SEGMENT_CLASS[c.charCodeAt(0)] = 2;
const SEPARATOR = 2;

/**
 * Adds the runs of the segment of digits and separators that starts at `p`: chains of runs 1-5 separators
 * apart, and lone runs of six or more. Returns where the segment ends.
 */
function segmentRuns(text: string, p: number, runs: RunChunk, segment: Uint8Array): number {
  let c = text.charCodeAt(p);
  for (;;) {
    while (segment[c] === SEPARATOR) c = text.charCodeAt(++p);
    if (!(c >= 48 && c <= 57)) return p;
    const first = p;
    do c = text.charCodeAt(++p);
    while (c >= 48 && c <= 57);
    const firstEnd = p;
    let chained = false;
    for (;;) {
      const gap = p;
      while (segment[c] === SEPARATOR) c = text.charCodeAt(++p);
      // A separator run longer than five, or one that ends the segment, ends the chain.
      if (p === gap || p - gap > 5 || !(c >= 48 && c <= 57)) break;
      if (!chained) {
        runs.push(first, firstEnd);
        chained = true;
      }
      const start = p;
      do c = text.charCodeAt(++p);
      while (c >= 48 && c <= 57);
      runs.push(start, p);
    }
    if (!chained && firstEnd - first >= 6) runs.push(first, firstEnd);
  }
}

/** Runs are written to arrays of this many, and a text's runs stay where they were found. */
const CHUNK_RUNS = 32768;

/**
 * Arrays of run starts and ends, filled text after text: a text's runs are written from `first` on, and the next text's
 * after them. When they are full, new arrays take over, and the runs of the text being read move to their start.
 */
class RunChunk {
  first = 0;
  count = 0;
  starts = new Int32Array(CHUNK_RUNS);
  ends = new Int32Array(CHUNK_RUNS);

  push(start: number, end: number): void {
    if (this.count === this.starts.length) this.renew();
    this.starts[this.count] = start;
    this.ends[this.count++] = end;
  }

  private renew(): void {
    const held = this.count - this.first;
    const size = Math.max(CHUNK_RUNS, 2 * held);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(this.first, this.count));
    ends.set(this.ends.subarray(this.first, this.count));
    this.starts = starts;
    this.ends = ends;
    this.first = 0;
    this.count = held;
  }
}

const chunk = new RunChunk();

function findDigitRuns(text: string): DigitRuns {
  const runs = chunk;
  runs.first = runs.count;
  const n = text.length;
  const segment = SEGMENT_CLASS;
  for (let p = MIN_SEGMENT - 1; p < n; ) {
    if (segment[text.charCodeAt(p)] === 0) {
      p += MIN_SEGMENT;
      continue;
    }
    let from = p;
    while (from > 0 && segment[text.charCodeAt(from - 1)] !== 0) from--;
    const found = runs.count - runs.first;
    const to = segmentRuns(text, from, runs, segment);
    if (to - from < MIN_SEGMENT) runs.count = runs.first + found;
    // text[to] is no segment character: the next segment that counts covers to + MIN_SEGMENT.
    p = to + MIN_SEGMENT;
  }
  return { first: runs.first, end: runs.count, starts: runs.starts, ends: runs.ends };
}

export function digitRuns(scan: ScanState): DigitRuns {
  return scan.memo('digit-runs', findDigitRuns);
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** [0-9A-Za-z_]: a character that makes a number part of a longer token. */
export function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** What joins a value into a longer token: '-' next to a word character (codes: SF-123), '/' next to a letter
 * (paths: /user/123), '.' next to a digit (decimals, versions). '/' between two numbers separates a list. */
function joins(separator: number, neighbour: number): boolean {
  if (separator === 46) return isDigitCode(neighbour);
  if (separator === 45) return isWordCode(neighbour);
  return separator === 47 && isWordCode(neighbour) && !isDigitCode(neighbour);
}

/** True when the value starting at `pos` continues a longer token to its left. */
export function joinedBefore(text: string, pos: number): boolean {
  if (pos === 0) return false;
  return isWordCode(text.charCodeAt(pos - 1)) || (pos >= 2 && joins(text.charCodeAt(pos - 1), text.charCodeAt(pos - 2)));
}

/** True when the value ending at `pos` (exclusive) continues into a longer token to its right. */
export function joinedAfter(text: string, pos: number): boolean {
  if (pos >= text.length) return false;
  return isWordCode(text.charCodeAt(pos)) || joins(text.charCodeAt(pos), codeAt(text, pos + 1));
}

// Labels of long numbers that identify no person: orders, invoices, waybills, records.
const OTHER_NUMBER_LABELS = ['订单', '单号', '编号', '登记号', '流水', '发票', '运单', 'order', 'invoice', 'tracking', 'record'];
const OTHER_NUMBER_LABEL = new RegExp(OTHER_NUMBER_LABELS.join('|'), 'i');
const LABEL_WINDOW = 12;

function lastMention(label: string, words: readonly string[]): number {
  let at = -1;
  for (const word of words) at = Math.max(at, label.lastIndexOf(word));
  return at;
}

/** True when the label right before `start` names another kind of number (order, invoice) rather than one of `own` (lower-case) words. */
export function labelledOtherwise(text: string, start: number, own: readonly string[]): boolean {
  const label = text.slice(Math.max(0, start - LABEL_WINDOW), start);
  if (!OTHER_NUMBER_LABEL.test(label)) return false;
  const lower = label.toLowerCase();
  return lastMention(lower, OTHER_NUMBER_LABELS) > lastMention(lower, own);
}

/**
 * Matches runs i, i+1, ... against the group `sizes`, all joined by one and the same single character
 * from `separators` (a single group needs none). Returns the index of the last run, or -1. The group
 * must stand alone: not joined to a longer token, and not continued by that separator and more digits.
 */
export function matchGroups(text: string, runs: DigitRuns, i: number, sizes: readonly number[], separators: string): number {
  const { starts, ends } = runs;
  const last = i + sizes.length - 1;
  if (last >= runs.end) return -1;
  let separator = -1;
  for (let k = 0; k < sizes.length; k++) {
    if (ends[i + k] - starts[i + k] !== sizes[k]) return -1;
    if (k === 0) continue;
    const gapStart = ends[i + k - 1];
    if (starts[i + k] !== gapStart + 1) return -1;
    const gap = text.charCodeAt(gapStart);
    if (k === 1) {
      if (!holds(separators, 0, separators.length, gap)) return -1;
      separator = gap;
    } else if (gap !== separator) return -1;
  }
  const start = starts[i];
  const end = ends[last];
  if (joinedBefore(text, start) || joinedAfter(text, end)) return -1;
  if (separator >= 0) {
    if (text.charCodeAt(start - 1) === separator && isDigitCode(text.charCodeAt(start - 2))) return -1;
    if (text.charCodeAt(end) === separator && isDigitCode(text.charCodeAt(end + 1))) return -1;
  }
  return last;
}
