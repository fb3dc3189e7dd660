// Pure check functions for identifiers; shared by the recognizers and by identity normalisation.
import { CN_AREA_CODES } from './data/cn-area-codes.js';

const DIGITS = /^\d+$/;

/** True when `digits` (ASCII digits only) passes the Luhn mod-10 check. */
export function luhnValid(digits: string): boolean {
  return DIGITS.test(digits) && luhnBetween(digits, 0, digits.length);
}

/** The Luhn check of text[from, to), which holds ASCII digits only. */
export function luhnBetween(text: string, from: number, to: number): boolean {
  let sum = 0;
  for (let i = to - 1, double = false; i >= from; i--, double = !double) {
    let d = text.charCodeAt(i) - 48;
    if (double && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

// Weight of position i is 2^(17-i) mod 11; the check character maps (sum mod 11).
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';
const ID_CHECK_CODES = Array.from(ID_CHECK_CHARS, (c) => c.charCodeAt(0));

/** ISO 7064 MOD 11-2 check character ('0'-'9' or 'X') of the first 17 digits of a PRC resident ID. */
export function mod11_2CheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (body.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  return ID_CHECK_CHARS[sum % 11];
}

/** True for a six-digit PRC administrative-division code that exists or existed. */
export function cnAreaCodeExists(code: string): boolean {
  return CN_AREA_CODES.has(code);
}

// The six-digit codes again, indexed by their value, for the scanners that read digits in place.
const AREA_CODE_TABLE = new Uint8Array(1_000_000);
for (const code of CN_AREA_CODES) if (/^\d{6}$/.test(code)) AREA_CODE_TABLE[Number(code)] = 1;

/** The value of the `count` ASCII digits at text[at], or -1 if one of them is no digit. */
function digitsValue(text: string, at: number, count: number): number {
  let value = 0;
  for (let p = at; p < at + count; p++) {
    const d = text.charCodeAt(p) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** True when year/month/day name a real calendar day. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/** `today` as the number YYYYMMDD. */
function dateValue(today: Date): number {
  return today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
}

// Today's YYYYMMDD and the local day [from, until) it holds for, in milliseconds: a Date per text costs more than a clock read.
let today = 0;
let todayFrom = 0;
let todayUntil = 0;

/** dateValue(new Date()), read from a cache while the local day lasts. */
export function todayValue(): number {
  const now = Date.now();
  if (now < todayFrom || now >= todayUntil) {
    const date = new Date(now);
    today = dateValue(date);
    todayFrom = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
    todayUntil = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  }
  return today;
}

/** True for a YYYYMMDD value that is a real day, in 1900 or later and not after `todayValue` (YYYYMMDD). */
function birthValueValid(value: number, todayValue: number): boolean {
  const year = Math.floor(value / 10000);
  return year >= 1900 && value <= todayValue && isCalendarDate(year, Math.floor(value / 100) % 100, value % 100);
}

/** True for a YYYYMMDD birth date that is a real day, in 1900 or later and not after `today`. */
export function birthDateValid(yyyymmdd: string, today: Date = new Date()): boolean {
  if (yyyymmdd.length !== 8 || !DIGITS.test(yyyymmdd)) return false;
  return birthValueValid(Number(yyyymmdd), dateValue(today));
}

/**
 * An 18-character PRC resident ID at text[start, start + 18) (see cnResidentIdValid), read in place;
 * `todayValue` is today as YYYYMMDD.
 */
export function cnResidentIdAt(text: string, start: number, todayValue: number): boolean {
  if (start + 18 > text.length) return false;
  const area = digitsValue(text, start, 6);
  if (area < 0 || AREA_CODE_TABLE[area] !== 1) return false;
  const birth = digitsValue(text, start + 6, 8);
  if (birth < 0 || !birthValueValid(birth, todayValue)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = text.charCodeAt(start + i) - 48;
    if (!(d >= 0 && d <= 9)) return false;
    sum += d * ID_WEIGHTS[i];
  }
  const check = text.charCodeAt(start + 17);
  return check === ID_CHECK_CODES[sum % 11] || (check === 120 && sum % 11 === 2);
}

/**
 * cnResidentIdAt for UTF-8 bytes: an 18-character PRC resident ID at bytes[start, start + 18), as the ingest reads it
 * straight from a dump. The check character may be 'X' or 'x', as in cnResidentIdAt.
 */
export function cnResidentIdBytesAt(bytes: Uint8Array, start: number, todayValue: number): boolean {
  if (start + 18 > bytes.length) return false;
  let area = 0;
  let birth = 0;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = bytes[start + i] - 48;
    if (!(d >= 0 && d <= 9)) return false;
    if (i < 6) area = area * 10 + d;
    else if (i < 14) birth = birth * 10 + d;
    sum += d * ID_WEIGHTS[i];
  }
  if (AREA_CODE_TABLE[area] !== 1 || !birthValueValid(birth, todayValue)) return false;
  const check = bytes[start + 17];
  return check === ID_CHECK_CODES[sum % 11] || (check === 120 && sum % 11 === 2);
}

/** A legacy 15-digit PRC resident ID at text[start, start + 15) (see cnLegacyResidentIdValid), read in place. */
export function cnLegacyResidentIdAt(text: string, start: number, todayValue: number): boolean {
  if (start + 15 > text.length || digitsValue(text, start + 12, 3) < 0) return false;
  const area = digitsValue(text, start, 6);
  if (area < 0 || AREA_CODE_TABLE[area] !== 1) return false;
  const birth = digitsValue(text, start + 6, 6);
  return birth >= 0 && birthValueValid(19_000_000 + birth, todayValue);
}

const CN_ID_18 = /^\d{17}[\dXx]$/;
const CN_ID_15 = /^\d{15}$/;

/** An 18-character PRC resident ID (GB 11643-1999): known area code, real birth date, MOD 11-2 check character. */
export function cnResidentIdValid(id: string, today?: Date): boolean {
  return CN_ID_18.test(id) && cnResidentIdAt(id, 0, today === undefined ? todayValue() : dateValue(today));
}

/** A legacy 15-digit PRC resident ID: known area code and a real YYMMDD birth date in the 1900s. It has no check digit. */
export function cnLegacyResidentIdValid(id: string, today?: Date): boolean {
  return CN_ID_15.test(id) && cnLegacyResidentIdAt(id, 0, today === undefined ? todayValue() : dateValue(today));
}

// IBAN length per country: the SWIFT IBAN registry (as mirrored by ibantools 4.5.4, whose entries the tests compare).
const IBAN_LENGTH_TABLE =
  'AD24AE23AL28AT20AX18AZ28BA20BE16BG22BH22BR29BY28CH21CR22CY28CZ24DE22DK18DO28EE20EG29ES24FI18FO18FR27GB22' +
  'GE22GF27GI23GL18GP27GR27GT28HR21HU28IE22IL23IQ23IS26IT27JO30KW30KZ20LB28LC32LI21LT20LU20LV21LY25MC27MD24' +
  'ME22MF27MK19MN20MQ27MR27MT31MU30NC27NI28NL18NO15OM23PF27PK24PL28PM27PS29PT25QA29RE27RO24RS22RU33SA24SC31' +
  'SD18SE24SI19SK24SM27SO23ST25SV28TF27TL23TN24TR26UA29VA22VG24WF27XK20YE30YT27';

export const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map(
  Array.from({ length: IBAN_LENGTH_TABLE.length / 4 }, (_, i) => {
    const entry = IBAN_LENGTH_TABLE.slice(i * 4, i * 4 + 4);
    return [entry.slice(0, 2), Number(entry.slice(2))] as const;
  }),
);

/** IBAN_LENGTHS by the country code's letters: (first - 65) * 26 + second - 65; 0 for none. */
export const IBAN_LENGTH_BY_CODE: Uint8Array = new Uint8Array(26 * 26);
for (const [country, length] of IBAN_LENGTHS) IBAN_LENGTH_BY_CODE[(country.charCodeAt(0) - 65) * 26 + country.charCodeAt(1) - 65] = length;

const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]+$/;

/** ISO 13616: a compact upper-case IBAN of its country's registered length whose mod-97 remainder is 1. */
export function ibanValid(iban: string): boolean {
  if (IBAN_LENGTHS.get(iban.slice(0, 2)) !== iban.length || !IBAN_SHAPE.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    // Letters count as two digits (A = 10 ... Z = 35).
    remainder = code <= 57 ? (remainder * 10 + code - 48) % 97 : (remainder * 100 + code - 55) % 97;
  }
  return remainder === 1;
}

// Published in advertising and on SSA material, never a person's number (078-05-1120, 219-09-9999).
const ADVERTISED_SSNS: readonly number[] = [78_051_120, 219_099_999];

/** The SSN rules of ssnValid for the parts of a number: area AAA, group GG, serial SSSS. */
export function ssnPartsValid(area: number, group: number, serial: number): boolean {
  if (area === 0 || area === 666 || area >= 900 || group === 0 || serial === 0) return false;
  const value = area * 1_000_000 + group * 10_000 + serial;
  // One repeated digit: a multiple of 111111111.
  return value % 111_111_111 !== 0 && value !== ADVERTISED_SSNS[0] && value !== ADVERTISED_SSNS[1];
}

/** US SSN rules for nine digits: area not 000, 666 or 9xx; group not 00; serial not 0000; not one repeated digit; not an advertised number. */
export function ssnValid(digits: string): boolean {
  if (digits.length !== 9 || !DIGITS.test(digits)) return false;
  return ssnPartsValid(Number(digits.slice(0, 3)), Number(digits.slice(3, 5)), Number(digits.slice(5)));
}
