import { CREDENTIAL_PLACEHOLDERS } from '../data/credential-terms.js';

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const PHONE = /^(?:(?:\+|00)?86[ -]?)?1[3-9]\d{9}$|^\+\d{7,15}$/;
const TEMPLATE = /^(?:\$\{.*\}|\{\{.*\}\}|%[sd]|\$[A-Z_][A-Z0-9_]*|<.*>)$/;

/**
 * 1 at `code * 32 + length` for the first character (lower-cased if an ASCII letter) and length of each placeholder
 * word: a value matching none of these is no placeholder, without lower-casing and hashing it. The words are ASCII,
 * lower-casing never shortens a string, and the only other character it turns into an ASCII letter, the Kelvin sign,
 * starts no word.
 */
const PLACEHOLDER_SHAPES = new Uint8Array(128 * 32);
for (const word of CREDENTIAL_PLACEHOLDERS) PLACEHOLDER_SHAPES[word.charCodeAt(0) * 32 + word.length] = 1;
const LONGEST_PLACEHOLDER = Math.max(...[...CREDENTIAL_PLACEHOLDERS].map((w) => w.length));
const lowerCode = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);
const isAlphanumeric = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** E-mail addresses and phone numbers have their own recognizers: as an account name they are reported as such. */
export function isEmailOrPhone(value: string): boolean {
  return isEmail(value) || isPhone(value);
}

export function isEmail(value: string): boolean {
  return value.indexOf('@') > 0 && EMAIL.test(value);
}

/** Cheap look first: a phone number starts with "+", "0", "8" or "1" and is at most 17 characters long. */
export function isPhone(value: string): boolean {
  const first = value.charCodeAt(0);
  return value.length <= 17 && (first === 43 || first === 48 || first === 49 || first === 56) && PHONE.test(value);
}

/** A masked, templated or placeholder value ("********", "${DB_PASS}", "null"), never a real credential. */
export function isPlaceholder(value: string): boolean {
  if (value.length === 0) return false;
  const first = value.charCodeAt(0);
  if (!isAlphanumeric(first) || first === 120 || first === 88) {
    // A mask: one symbol or "x" repeated ("********", "xxxx", "••••"), but not "888888", a real and common password.
    let repeated = true;
    for (let i = 1; i < value.length && repeated; i++) repeated = value.charCodeAt(i) === first;
    if (repeated) return true;
  }
  if ((first === 36 || first === 123 || first === 37 || first === 60) && TEMPLATE.test(value)) return true; // $ { % <
  return (
    value.length <= LONGEST_PLACEHOLDER &&
    first < 128 &&
    PLACEHOLDER_SHAPES[lowerCode(first) * 32 + value.length] === 1 &&
    CREDENTIAL_PLACEHOLDERS.has(value.toLowerCase())
  );
}

/** Drops sentence punctuation and unbalanced closing brackets that end a value ("abc123." → "abc123"). */
export function trimValue(value: string): string {
  let end = value.length;
  for (;;) {
    const ch = value[end - 1];
    if (ch === '.' || ch === ',' || ch === ':') end--;
    else if ((ch === ')' && !value.slice(0, end).includes('(')) || (ch === ']' && !value.slice(0, end).includes('['))) end--;
    else if (ch === '}' && !value.slice(0, end).includes('{')) end--;
    else break;
    if (end === 0) break;
  }
  return value.slice(0, end);
}
