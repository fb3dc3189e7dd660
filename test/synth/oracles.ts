import { createRequire } from 'node:module';

/** Third-party checks the generated data must pass (or, for hard negatives, fail). Test-only. */

const require = createRequire(import.meta.url);

interface IdValidator {
  isValid(id: string): boolean;
}
const IDValidator = require('id-validator') as new () => IdValidator;

/** id-validator: checks 18-digit (date, MOD 11-2) and 15-digit (date) resident IDs. */
export const idValidator: IdValidator = new IDValidator();

/** Plain textbook Luhn, written separately from the generator's. */
export function passesLuhn(value: string): boolean {
  const digits = value.replace(/\D/g, '').split('').reverse().map(Number);
  const sum = digits.reduce((acc, d, i) => acc + (i % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
  return sum % 10 === 0;
}

const IBAN_LENGTHS: Record<string, number> = {
  DE: 22, GB: 22, IE: 22, NL: 18, FR: 27, BE: 16, CH: 21, AT: 20, ES: 24, PL: 28, AE: 23, SA: 24,
};

/** ISO 13616 with BigInt arithmetic and the registry's country lengths. */
export function validIban(value: string): boolean {
  const compact = value.replace(/ /g, '');
  if (IBAN_LENGTHS[compact.slice(0, 2)] !== compact.length) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const numeric = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(numeric) % 97n === 1n;
}
