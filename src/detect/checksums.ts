// Pure check functions for identifiers; shared by the recognizers and by identity normalisation.
import { CN_AREA_CODES } from './data/cn-area-codes.js';

const DIGITS = /^\d+$/;

/** True when `digits` (ASCII digits only) passes the Luhn mod-10 check. */
export function luhnValid(digits: string): boolean {
  if (!DIGITS.test(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

// Weight of position i is 2^(17-i) mod 11; the check character maps (sum mod 11).
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

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

/** True when year/month/day name a real calendar day. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/** True for a YYYYMMDD birth date that is a real day, in 1900 or later and not after `today`. */
export function birthDateValid(yyyymmdd: string, today: Date = new Date()): boolean {
  if (yyyymmdd.length !== 8 || !DIGITS.test(yyyymmdd)) return false;
  const value = Number(yyyymmdd);
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  const todayValue = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
  return year >= 1900 && value <= todayValue && isCalendarDate(year, month, day);
}

const CN_ID_18 = /^\d{17}[\dXx]$/;
const CN_ID_15 = /^\d{15}$/;

/** An 18-character PRC resident ID (GB 11643-1999): known area code, real birth date, MOD 11-2 check character. */
export function cnResidentIdValid(id: string, today?: Date): boolean {
  return (
    CN_ID_18.test(id) &&
    cnAreaCodeExists(id.slice(0, 6)) &&
    birthDateValid(id.slice(6, 14), today) &&
    mod11_2CheckChar(id) === id[17].toUpperCase()
  );
}

/** A legacy 15-digit PRC resident ID: known area code and a real YYMMDD birth date in the 1900s. It has no check digit. */
export function cnLegacyResidentIdValid(id: string, today?: Date): boolean {
  return CN_ID_15.test(id) && cnAreaCodeExists(id.slice(0, 6)) && birthDateValid(`19${id.slice(6, 12)}`, today);
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

// Published in advertising and on SSA material, never a person's number.
const ADVERTISED_SSNS = new Set(['078051120', '219099999']);

/** US SSN rules for nine digits: area not 000, 666 or 9xx; group not 00; serial not 0000; not one repeated digit; not an advertised number. */
export function ssnValid(digits: string): boolean {
  if (digits.length !== 9 || !DIGITS.test(digits)) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  return digits !== digits[0].repeat(9) && !ADVERTISED_SSNS.has(digits);
}
