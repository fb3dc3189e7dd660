// Numbering-plan checks backed by libphonenumber's full ("max") metadata, which has the per-type patterns
// (mobile, fixed line) that validation needs; the core entry point takes it explicitly.
import { Metadata, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';

// The slice of libphonenumber's numbering-plan object read here (its typings leave it opaque).
interface NumberTypePlan {
  pattern(): string;
}
interface NumberingPlanSlice {
  type(name: 'MOBILE' | 'FIXED_LINE'): NumberTypePlan | undefined;
}

/**
 * The library's own pattern for one number type of a country, compiled once: PRC numbers are the
 * bulk of what is scanned, and a compiled test is far cheaper than a full parse per candidate.
 */
function typePattern(country: 'CN', type: 'MOBILE' | 'FIXED_LINE'): RegExp {
  const plans = new Metadata(metadata);
  plans.selectNumberingPlan(country);
  const plan = plans.numberingPlan as unknown as NumberingPlanSlice | undefined;
  const source = plan?.type(type)?.pattern();
  if (source === undefined) throw new Error(`libphonenumber-js metadata has no ${type} pattern for ${country}`);
  return new RegExp(`^(?:${source})$`);
}

const CN_MOBILE = typePattern('CN', 'MOBILE');
const CN_FIXED_LINE = typePattern('CN', 'FIXED_LINE');

/** An 11-digit PRC mobile number in an allocated range (carriers and virtual operators). */
export function cnMobileValid(digits: string): boolean {
  return digits.length === 11 && CN_MOBILE.test(digits);
}

/** A PRC landline written nationally: trunk '0', area code and subscriber number (toll-free and service numbers excluded). */
export function cnLandlineValid(digits: string): boolean {
  return digits.length >= 10 && digits.length <= 12 && digits[0] === '0' && CN_FIXED_LINE.test(digits.slice(1));
}

const CACHE_LIMIT = 4096;
const cache = new Map<string, boolean>();

/** A number valid in its country's plan: `+` with country code and number, or a national number of `country`. */
export function planValid(number: string, country?: 'US'): boolean {
  const key = country === undefined ? number : `${country}:${number}`;
  let valid = cache.get(key);
  if (valid === undefined) {
    valid = (country === undefined ? parsePhoneNumberFromString(number, metadata) : parsePhoneNumberFromString(number, country, metadata))?.isValid() ?? false;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, valid);
  }
  return valid;
}
