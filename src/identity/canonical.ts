// Canonical forms: the same identifier written in different ways in different dumps must key the same.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { cnLegacyResidentIdValid, cnResidentIdValid, luhnValid, mod11_2CheckChar } from '../detect/checksums.js';
import { cnLandlineValid, cnMobileValid } from '../detect/recognizers/phone-plan.js';
import type { IdentifierKind } from './kinds.js';

/** Spaces, dashes, dots, slashes and brackets (ASCII and full-width) people put inside numbers. */
const NUMBER_SEPARATORS = /[\s\-‐-―−.·/()（）［］[\]]/g;
const DIGITS = /^\d+$/;
/** Digits and the ID check letter only: nothing to clean up. */
const PLAIN_NUMBER = /^\d+[Xx]?$/;
const NON_ASCII = /[^\x00-\x7f]/;
/** local@domain, with a dot in the domain and no empty label (`a@b..com`). */
const EMAIL = /^[^\s@<>()",;:]+@(?:[^\s@<>()",;:.]+\.)+[^\s@<>()",;:.]+$/;
const PLAIN_EMAIL = /^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
/** RFC 5321's limit, in octets. */
const MAX_EMAIL_BYTES = 254;
const MAX_USERNAME_BYTES = 512;
const CONTROL_OR_SPACE = /[\s\u0000-\u001f\u007f]/;

/** Full-width digits and letters (１３８) become ASCII; other text is left as written. */
function ascii(raw: string): string {
  return NON_ASCII.test(raw) ? raw.normalize('NFKC') : raw;
}

function numberText(raw: string): string {
  return PLAIN_NUMBER.test(raw) ? raw : ascii(raw).trim().replace(NUMBER_SEPARATORS, '');
}

/**
 * E.164 (`+8613800138000`). Bare 11-digit PRC mobiles, `86`/`0086`/`+86` prefixes and PRC landlines with their
 * trunk `0` are read as PRC numbers; other countries need `+` or `00`. Null when the plan says it is no number.
 */
export function canonicalPhone(raw: string): string | null {
  let text = numberText(raw);
  if (text.startsWith('00')) text = `+${text.slice(2)}`;
  const plus = text.startsWith('+');
  const digits = plus ? text.slice(1) : text;
  if (!DIGITS.test(digits) || digits.length < 6 || digits.length > 15) return null;
  if (digits.length === 11 && !plus && cnMobileValid(digits)) return `+86${digits}`;
  if (digits.length === 13 && digits.startsWith('86') && cnMobileValid(digits.slice(2))) return `+${digits}`;
  if (!plus) return digits[0] === '0' && cnLandlineValid(digits) ? `+86${digits.slice(1)}` : null;
  const parsed = parsePhoneNumberFromString(`+${digits}`);
  return parsed?.isValid() ? parsed.number : null;
}

/** 18 characters, check character upper-case; a valid legacy 15-digit ID is converted to its 18-digit form. */
export function canonicalId(raw: string): string | null {
  const cleaned = numberText(raw);
  const text = cleaned.charCodeAt(cleaned.length - 1) === 120 ? cleaned.toUpperCase() : cleaned; // only a final 'x' can be lower-case
  if (text.length === 18) return cnResidentIdValid(text) ? text : null;
  if (text.length === 15 && DIGITS.test(text) && cnLegacyResidentIdValid(text)) {
    const body = `${text.slice(0, 6)}19${text.slice(6)}`;
    return body + mod11_2CheckChar(body);
  }
  return null;
}

/** Lower-cased and trimmed (also `<...>` and `mailto:` removed). Dots and `+tags` are kept: providers differ. */
export function canonicalEmail(raw: string): string | null {
  if (PLAIN_EMAIL.test(raw) && raw.length <= MAX_EMAIL_BYTES) return raw; // already canonical: most of a dump
  let text = ascii(raw).trim().toLowerCase();
  for (let pass = 0; pass < 2; pass++) {
    if (text.startsWith('mailto:')) text = text.slice(7).trim();
    if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1).trim();
  }
  return EMAIL.test(text) && utf8Bytes(text) <= MAX_EMAIL_BYTES ? text : null;
}

function utf8Bytes(text: string): number {
  return NON_ASCII.test(text) ? new TextEncoder().encode(text).length : text.length;
}

/** Lower-cased and trimmed; at most 128 characters (and 512 UTF-8 bytes), no spaces or control characters inside. */
export function canonicalUsername(raw: string): string | null {
  const text = ascii(raw).trim().toLowerCase();
  return text.length > 0 && text.length <= 128 && !CONTROL_OR_SPACE.test(text) && utf8Bytes(text) <= MAX_USERNAME_BYTES ? text : null;
}

/** Digits only, 12 to 19 of them, passing the Luhn check. */
export function canonicalCard(raw: string): string | null {
  const text = numberText(raw);
  return text.length >= 12 && text.length <= 19 && luhnValid(text) ? text : null;
}

const CANONICALISERS: Readonly<Record<IdentifierKind, (raw: string) => string | null>> = {
  phone: canonicalPhone,
  id: canonicalId,
  email: canonicalEmail,
  username: canonicalUsername,
  card: canonicalCard,
};

/** The canonical form of `raw` as an identifier of `kind`, or null when it is not a valid one. */
export function canonical(kind: IdentifierKind, raw: string): string | null {
  return CANONICALISERS[kind](raw);
}

/**
 * The kind a value most likely is when the user did not say: an e-mail has `@`; then a valid ID number, a
 * phone number, a Luhn-valid card number; anything else is taken for a username.
 */
export function guessKind(raw: string): IdentifierKind {
  if (raw.includes('@')) return 'email';
  if (canonicalId(raw) !== null) return 'id';
  if (canonicalPhone(raw) !== null) return 'phone';
  if (canonicalCard(raw) !== null) return 'card';
  return 'username';
}
