import { CREDENTIAL_PLACEHOLDERS } from '../data/credential-terms.js';

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const PHONE = /^(?:(?:\+|00)?86[ -]?)?1[3-9]\d{9}$|^\+\d{7,15}$/;
/** Masks: "********", "xxxx", "••••" (but not "888888", a real and common password). */
const REPEATED = /^([^A-Za-z0-9]|x|X)\1*$/;
const TEMPLATE = /^(?:\$\{.*\}|\{\{.*\}\}|%[sd]|\$[A-Z_][A-Z0-9_]*|<.*>)$/;

/** E-mail addresses and phone numbers have their own recognizers: as an account name they are reported as such. */
export function isEmailOrPhone(value: string): boolean {
  return EMAIL.test(value) || PHONE.test(value);
}

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

export function isPhone(value: string): boolean {
  return PHONE.test(value);
}

/** A masked, templated or placeholder value ("********", "${DB_PASS}", "null"), never a real credential. */
export function isPlaceholder(value: string): boolean {
  return REPEATED.test(value) || TEMPLATE.test(value) || CREDENTIAL_PLACEHOLDERS.has(value.toLowerCase());
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
