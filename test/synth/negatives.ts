import { cnResidentIdBadCheck, cnResidentIdBadDate } from './cn-id.js';
import { luhnFailingCard } from './cards.js';
import { cnUnallocatedMobile } from './phone.js';
import { digits, hex, type Rng, zeroPad } from './rng.js';
import { invalidSsn } from './ssn.js';

/** Hard negatives: numbers and strings that look like personal data but are not. */

function date(rng: Rng): [number, number, number] {
  return [rng.range(2015, 2025), 1 + rng.int(12), 1 + rng.int(28)];
}

function compactDate(rng: Rng): string {
  const [y, m, d] = date(rng);
  return `${y}${zeroPad(m, 2)}${zeroPad(d, 2)}`;
}

/** E-commerce and ERP order numbers: 19-digit marketplace IDs, date-prefixed serials, prefixed codes. */
export function orderNumber(rng: Rng): string {
  switch (rng.int(6)) {
    case 0: return String(1 + rng.int(4)) + digits(rng, 18);
    case 1: return compactDate(rng) + digits(rng, 10);
    case 2: return `DD${compactDate(rng)}${digits(rng, 6)}`;
    case 3: return `PO-${rng.range(2019, 2025)}-${digits(rng, 6)}`;
    case 4: return String(2 + rng.int(8)) + digits(rng, 11);
    default: return `${compactDate(rng).slice(2)}${digits(rng, 8)}`;
  }
}

/** Unix seconds or milliseconds, ISO-8601, or local date-time text. */
export function timestamp(rng: Rng): string {
  const seconds = 1_450_000_000 + rng.int(300_000_000);
  const [y, m, d] = date(rng);
  const time = `${zeroPad(rng.int(24), 2)}:${zeroPad(rng.int(60), 2)}:${zeroPad(rng.int(60), 2)}`;
  switch (rng.int(6)) {
    case 0: return String(seconds);
    case 1: return `${seconds}${digits(rng, 3)}`;
    case 2: return `${y}-${zeroPad(m, 2)}-${zeroPad(d, 2)}T${time}.${digits(rng, 3)}Z`;
    case 3: return `${y}-${zeroPad(m, 2)}-${zeroPad(d, 2)} ${time}`;
    case 4: return `${y}/${zeroPad(m, 2)}/${zeroPad(d, 2)} ${time.slice(0, 5)}`;
    default: return `${y}${zeroPad(m, 2)}${zeroPad(d, 2)}${time.replace(/:/g, '')}`;
  }
}

/** Courier waybill numbers (SF, ZTO, YTO, J&T, Yunda, JD, EMS international). */
export function waybillNumber(rng: Rng): string {
  switch (rng.int(7)) {
    case 0: return `SF${1 + rng.int(9)}${digits(rng, 11 + rng.int(2))}`;
    case 1: return `7${rng.pick(['3', '5', '8'])}${digits(rng, 12)}`;
    case 2: return `YT${digits(rng, 13)}`;
    case 3: return `JT${digits(rng, 13)}`;
    case 4: return `4${rng.pick(['3', '6'])}${digits(rng, 11)}`;
    case 5: return `JDVA${digits(rng, 11)}`;
    default: return `E${rng.pick(['A', 'E', 'M', 'V'])}${digits(rng, 9)}${rng.pick(['CN', 'US', 'HK', 'GB'])}`;
  }
}

/** VAT invoice code (12 digits), invoice number (8 digits) or fully digital invoice number (20 digits). */
export function invoiceNumber(rng: Rng): string {
  switch (rng.int(3)) {
    case 0: return `0${rng.pick(['44', '31', '11', '32', '33'])}0${digits(rng, 8)}`;
    case 1: return digits(rng, 8);
    default: return `${rng.range(22, 25)}${rng.pick(['44', '31', '11', '32'])}2000000${digits(rng, 9)}`;
  }
}

/** An EAN-13 product barcode with a Chinese GS1 prefix (690-699) and a valid EAN check digit. */
export function ean13(rng: Rng): string {
  const body = `69${rng.int(10)}${digits(rng, 9)}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (body.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return body + ((10 - (sum % 10)) % 10);
}

export function md5Hex(rng: Rng): string {
  return hex(rng, 32);
}

export function sha1Hex(rng: Rng): string {
  return hex(rng, 40);
}

export function sha256Hex(rng: Rng): string {
  return hex(rng, 64);
}

export function uuid(rng: Rng): string {
  const h = hex(rng, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[rng.int(4)]}${h.slice(17, 20)}-${h.slice(20)}`;
}

/** Version strings; four-part ones always have a part above 255 so they cannot be read as IPv4. */
export function versionString(rng: Rng): string {
  const major = rng.int(20);
  const minor = rng.int(30);
  const patch = rng.int(50);
  switch (rng.int(5)) {
    case 0: return `v${major}.${minor}.${patch}`;
    case 1: return `${major}.${minor}.${patch}`;
    case 2: return `${major}.${minor}.${patch}-${rng.pick(['beta', 'rc', 'alpha'])}.${1 + rng.int(9)}`;
    case 3: return `10.0.${19000 + rng.int(4000)}.${rng.int(5000)}`;
    default: return `V${major}.${minor}.${patch}.${compactDate(rng)}`;
  }
}

/** Money amounts with and without currency symbols and thousands separators. */
export function amount(rng: Rng): string {
  const cents = rng.int(2_000_000);
  const whole = String(Math.floor(cents / 100));
  const fraction = zeroPad(cents % 100, 2);
  const value = `${whole}.${fraction}`;
  const grouped = `${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${fraction}`;
  switch (rng.int(6)) {
    case 0: return `¥${grouped}`;
    case 1: return `￥${value}`;
    case 2: return `$${grouped}`;
    case 3: return `${value}元`;
    case 4: return `CNY ${grouped}`;
    default: return `USD ${value}`;
  }
}

/** OIDs and similar dotted numbers that contain an IPv4-like run. */
export function dottedIdentifier(rng: Rng): string {
  return rng.pick(['1.3.6.1.4.1.', '2.16.840.1.', '1.2.840.113549.1.']) + `${1 + rng.int(400)}.${1 + rng.int(40)}`;
}

export const HARD_NEGATIVE_KINDS = [
  'order', 'timestamp', 'waybill', 'invoice', 'ean13', 'md5', 'sha1', 'sha256', 'uuid', 'version', 'amount',
  'oid', 'bad-id-check', 'bad-id-date', 'unallocated-mobile', 'luhn-fail', 'bad-ssn',
] as const;
export type HardNegativeKind = (typeof HARD_NEGATIVE_KINDS)[number];

const MAKERS: Record<HardNegativeKind, (rng: Rng) => string> = {
  order: orderNumber,
  timestamp,
  waybill: waybillNumber,
  invoice: invoiceNumber,
  ean13,
  md5: md5Hex,
  sha1: sha1Hex,
  sha256: sha256Hex,
  uuid,
  version: versionString,
  amount,
  oid: dottedIdentifier,
  'bad-id-check': cnResidentIdBadCheck,
  'bad-id-date': cnResidentIdBadDate,
  'unallocated-mobile': cnUnallocatedMobile,
  'luhn-fail': luhnFailingCard,
  'bad-ssn': invalidSsn,
};

export function hardNegative(rng: Rng, kind: HardNegativeKind = HARD_NEGATIVE_KINDS[rng.int(HARD_NEGATIVE_KINDS.length)]): string {
  return MAKERS[kind](rng);
}
