// Identifiers read straight from a dump's UTF-8 bytes when they are written plainly, as most of a dump's are: keyed
// without making a string, validating it, canonicalising it and encoding it back to bytes (most of an ingest
// worker's time and nearly all of its garbage).
import { cnResidentIdBytesAt } from '../detect/checksums.js';
import { cnMobilePrefixes } from '../detect/recognizers/phone-plan.js';
import { KIND_CODES, type IdentifierKind } from './kinds.js';
import { BLOCK, packNumber } from './prf.js';

const ID = KIND_CODES.id;
const PHONE = KIND_CODES.phone;
const EMAIL = KIND_CODES.email;
/** RFC 5321's limit, as canonicalEmail's. */
const MAX_EMAIL_BYTES = 254;
/** The digits of "86", the country code a bare PRC mobile gets in E.164, ahead of the mobile's first two. */
const EIGHTY_SIX = 8600;

/** The LOCAL bit for the bytes of [a-z0-9._%+-], the local part of canonicalEmail's PLAIN_EMAIL; LABEL for [a-z0-9-], a domain label's. */
const EMAIL_CHARS = new Uint8Array(256);
for (const ch of 'abcdefghijklmnopqrstuvwxyz0123456789-') EMAIL_CHARS[ch.charCodeAt(0)] = 3;
for (const ch of '._%+') EMAIL_CHARS[ch.charCodeAt(0)] = 1;
const LOCAL = 1;
const LABEL = 2;
const AT = 0x40;
const DOT = 0x2e;

/** The value of the ASCII digits bytes[from, to), all known to be digits. */
function digitsValue(bytes: Uint8Array, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + bytes[i] - 48;
  return value;
}

/** An 18-character resident ID, digits and a check digit or X: canonicalId keeps it as written, upper-cased. */
function encodeId(bytes: Uint8Array, from: number, to: number, out: Uint8Array, at: number, today: number): number {
  if (to - from !== 18 || !cnResidentIdBytesAt(bytes, from, today)) return 0;
  const check = bytes[from + 17];
  out[at] = ID;
  out[at + 1] = check === 0x58 || check === 0x78 ? 10 : check - 48;
  packNumber(digitsValue(bytes, from, from + 8), digitsValue(bytes, from + 8, from + 17), out, at + 2);
  return 1;
}

/** Eleven digits of an allocated PRC mobile range: canonicalPhone makes them +86 and the number. */
function encodeMobile(bytes: Uint8Array, from: number, to: number, out: Uint8Array, at: number): number {
  if (to - from !== 11 || bytes[from] !== 0x31) return 0;
  for (let i = from + 1; i < to; i++) if (bytes[i] < 0x30 || bytes[i] > 0x39) return 0;
  if (cnMobilePrefixes()[digitsValue(bytes, from + 1, from + 5)] !== 1) return 0;
  out[at] = PHONE;
  out[at + 1] = 13;
  packNumber(EIGHTY_SIX + digitsValue(bytes, from, from + 2), digitsValue(bytes, from + 2, to), out, at + 2);
  return 1;
}

/**
 * An address that canonicalEmail's PLAIN_EMAIL matches (/^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/), which it
 * keeps as written: its bytes are the encoding's.
 */
function encodeEmail(bytes: Uint8Array, from: number, to: number, out: Uint8Array, at: number): number {
  const length = to - from;
  if (length > MAX_EMAIL_BYTES) return 0;
  let i = from;
  while (i < to && (EMAIL_CHARS[bytes[i]] & LOCAL) !== 0) i++;
  if (i === from || i === to || bytes[i] !== AT) return 0;
  let labels = 0;
  for (i++; ; i++) {
    const label = i;
    while (i < to && (EMAIL_CHARS[bytes[i]] & LABEL) !== 0) i++;
    if (i === label) return 0;
    labels++;
    if (i === to) break;
    if (bytes[i] !== DOT) return 0;
  }
  if (labels < 2) return 0;
  out[at] = EMAIL;
  out[at + 1] = length & 255;
  out[at + 2] = length >>> 8;
  for (let i = 0; i < length; i++) out[at + 3 + i] = bytes[from + i]; // a subarray per address cost more than the copy
  return Math.ceil((3 + length) / BLOCK);
}

/**
 * Encodes the identifier of `kind` written in bytes[from, to) at out[at...] (zeroed beforehand), exactly as
 * encodeMessage encodes canonical(kind, its text), and returns how many blocks; 0, leaving `out` as it was, when it is
 * not written in the plain form read here (an 18-character ID, an 11-digit mobile, a lower-case address) or is no
 * valid identifier: the caller then decodes it and goes the way of strings, which knows every form. `today` is
 * todayValue() (YYYYMMDD), for the ID's birth date.
 */
export function encodePlainBytes(kind: IdentifierKind, bytes: Uint8Array, from: number, to: number, out: Uint8Array, at: number, today: number): number {
  if (kind === 'id') return encodeId(bytes, from, to, out, at, today);
  if (kind === 'phone') return encodeMobile(bytes, from, to, out, at);
  if (kind === 'email') return encodeEmail(bytes, from, to, out, at);
  return 0;
}
