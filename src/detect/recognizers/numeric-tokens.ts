// Digit runs of a text, found once and shared by the number recognizers (ID, card, phone, SSN, IP, passport).
import type { ScanState } from '../types.js';

/** Maximal runs of ASCII digits that can be part of an identifier: run i is text[starts[i], ends[i]). */
export interface DigitRuns {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

// Runs of six or more digits, and runs joined to others by separators (space, dash, dot, brackets). What is
// left out, a short number standing alone (a year, a count), can be no identifier; skipping it in the regex
// engine keeps mixed text, where such numbers are most of the digits, cheap.
const CLUSTER = /\d(?<!\d\d)(?:\d*(?:[ \u00a0\-.()（）]{1,5}\d+)+|\d{5,})/g;

function findDigitRuns(text: string): DigitRuns {
  const starts: number[] = [];
  const ends: number[] = [];
  CLUSTER.lastIndex = 0;
  for (let m = CLUSTER.exec(text); m !== null; m = CLUSTER.exec(text)) {
    const end = CLUSTER.lastIndex;
    for (let p = m.index; p < end; ) {
      starts.push(p);
      while (p < end && isDigitCode(text.charCodeAt(p))) p++;
      ends.push(p);
      while (p < end && !isDigitCode(text.charCodeAt(p))) p++;
    }
  }
  return { starts, ends };
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
function joins(separator: string, neighbour: number): boolean {
  if (separator === '.') return isDigitCode(neighbour);
  if (separator === '-') return isWordCode(neighbour);
  return separator === '/' && isWordCode(neighbour) && !isDigitCode(neighbour);
}

/** True when the value starting at `pos` continues a longer token to its left. */
export function joinedBefore(text: string, pos: number): boolean {
  if (pos === 0) return false;
  return isWordCode(text.charCodeAt(pos - 1)) || (pos >= 2 && joins(text[pos - 1], text.charCodeAt(pos - 2)));
}

/** True when the value ending at `pos` (exclusive) continues into a longer token to its right. */
export function joinedAfter(text: string, pos: number): boolean {
  if (pos >= text.length) return false;
  return isWordCode(text.charCodeAt(pos)) || joins(text[pos], text.charCodeAt(pos + 1));
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
  if (last >= starts.length) return -1;
  let separator = '';
  for (let k = 0; k < sizes.length; k++) {
    if (ends[i + k] - starts[i + k] !== sizes[k]) return -1;
    if (k === 0) continue;
    const gapStart = ends[i + k - 1];
    if (starts[i + k] !== gapStart + 1) return -1;
    const gap = text[gapStart];
    if (k === 1) {
      if (!separators.includes(gap)) return -1;
      separator = gap;
    } else if (gap !== separator) return -1;
  }
  const start = starts[i];
  const end = ends[last];
  if (joinedBefore(text, start) || joinedAfter(text, end)) return -1;
  if (separator !== '') {
    if (text[start - 1] === separator && isDigitCode(text.charCodeAt(start - 2))) return -1;
    if (text[end] === separator && isDigitCode(text.charCodeAt(end + 1))) return -1;
  }
  return last;
}
