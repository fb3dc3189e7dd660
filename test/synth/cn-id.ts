import { loadAreaCodes } from './divisions.js';
import { type Rng, zeroPad } from './rng.js';

/** PRC resident identity numbers (GB 11643-1999): real area codes, birth dates 1940-2010, MOD 11-2 check digit. */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Check character by (weighted sum mod 11). */
const CHECK = '10X98765432';
const FIRST_YEAR = 1940;
const LAST_YEAR = 2010;
/** 15-digit numbers were issued until 1999; their holders were born well before. */
const LAST_LEGACY_YEAR = 1985;

interface Tables {
  areas: readonly string[];
  areaSums: Int32Array;
  dates: string[];
  dateSums: Int32Array;
  legacyDates: number;
  seq: string[];
}

let tables: Tables | undefined;

function weighted(value: string, offset: number): number {
  let sum = 0;
  for (let i = 0; i < value.length; i++) sum += (value.charCodeAt(i) - 48) * WEIGHTS[offset + i];
  return sum;
}

function build(): Tables {
  const areas = loadAreaCodes();
  const dates: string[] = [];
  let legacyDates = 0;
  for (let t = Date.UTC(FIRST_YEAR, 0, 1); ; t += 86_400_000) {
    const d = new Date(t);
    const year = d.getUTCFullYear();
    if (year > LAST_YEAR) break;
    if (year <= LAST_LEGACY_YEAR) legacyDates++;
    dates.push(`${year}${zeroPad(d.getUTCMonth() + 1, 2)}${zeroPad(d.getUTCDate(), 2)}`);
  }
  return {
    areas,
    areaSums: Int32Array.from(areas, (a) => weighted(a, 0)),
    dates,
    dateSums: Int32Array.from(dates, (d) => weighted(d, 6)),
    legacyDates,
    seq: Array.from({ length: 1000 }, (_, i) => zeroPad(i, 3)),
  };
}

/** The MOD 11-2 check character of the first 17 characters of `body`. */
export function residentIdCheck(body: string): string {
  return CHECK[weighted(body.slice(0, 17), 0) % 11];
}

/** An 18-digit resident ID with a valid area, birth date and check character. */
export function cnResidentId(rng: Rng): string {
  const t = (tables ??= build());
  const a = rng.int(t.areas.length);
  const d = rng.int(t.dates.length);
  const seq = 1 + rng.int(999);
  const sum = t.areaSums[a] + t.dateSums[d] + Math.floor(seq / 100) * 8 + (Math.floor(seq / 10) % 10) * 4 + (seq % 10) * 2;
  return t.areas[a] + t.dates[d] + t.seq[seq] + CHECK[sum % 11];
}

/** A legacy 15-digit resident ID: area, YYMMDD, sequence; no check digit. */
export function cnResidentId15(rng: Rng): string {
  const t = (tables ??= build());
  return t.areas[rng.int(t.areas.length)] + t.dates[rng.int(t.legacyDates)].slice(2) + t.seq[1 + rng.int(999)];
}

/** Hard negative: a well-formed 18-digit ID whose check character is wrong. */
export function cnResidentIdBadCheck(rng: Rng): string {
  const id = cnResidentId(rng);
  // Always a digit: a wrong final digit is the common real-world case.
  let wrong = rng.int(10);
  if (wrong === id.charCodeAt(17) - 48) wrong = (wrong + 1 + rng.int(9)) % 10;
  return id.slice(0, 17) + wrong;
}

const BAD_DATES = ['0230', '0231', '0431', '0631', '0931', '1131', '1301', '1315', '0001', '0100', '0532', '1200'];

/** Hard negative: right check character but an impossible birth date (Feb 30, month 13, ...). */
export function cnResidentIdBadDate(rng: Rng): string {
  const t = (tables ??= build());
  const body = t.areas[rng.int(t.areas.length)] + String(rng.range(FIRST_YEAR, LAST_YEAR)) + rng.pick(BAD_DATES) + t.seq[1 + rng.int(999)];
  return body + residentIdCheck(body);
}
