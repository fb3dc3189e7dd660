// Numbering-plan checks backed by libphonenumber's full ("max") metadata, which has the per-type patterns
// (mobile, fixed line) that validation needs; the core entry point takes it explicitly.
import { Metadata, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';

// The slice of libphonenumber's numbering-plan object read here (its typings leave it opaque).
interface NumberTypePlan {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
type NumberType = (typeof NUMBER_TYPES)[number];
interface NumberingPlanSlice {
  nationalNumberPattern(): string;
  /** The national prefix a parse strips (or its pattern), if the country has one. */
  nationalPrefixForParsing(): string | undefined;
  type(name: NumberType): NumberTypePlan | undefined;
}

const NUMBER_TYPES = ['MOBILE', 'FIXED_LINE', 'TOLL_FREE', 'PREMIUM_RATE', 'PERSONAL_NUMBER', 'VOICEMAIL', 'UAN', 'PAGER', 'VOIP', 'SHARED_COST'] as const;
const PLANS = new Metadata(metadata);

function planOf(region: string): NumberingPlanSlice | undefined {
  PLANS.selectNumberingPlan(region as Parameters<Metadata['selectNumberingPlan']>[0]);
  return PLANS.numberingPlan as unknown as NumberingPlanSlice | undefined;
}

/**
 * The library's own pattern for one number type of a country, compiled once: PRC numbers are the
 * bulk of what is scanned, and a compiled test is far cheaper than a full parse per candidate.
 */
function typePattern(country: 'CN', type: 'MOBILE' | 'FIXED_LINE'): RegExp {
  const source = planOf(country)?.type(type)?.pattern();
  if (source === undefined) throw new Error(`libphonenumber-js metadata has no ${type} pattern for ${country}`);
  return new RegExp(`^(?:${source})$`);
}

const CN_MOBILE = typePattern('CN', 'MOBILE');
const CN_FIXED_LINE = typePattern('CN', 'FIXED_LINE');

/** An 11-digit PRC mobile number in an allocated range (carriers and virtual operators). */
export function cnMobileValid(digits: string): boolean {
  return digits.length === 11 && CN_MOBILE.test(digits);
}

/**
 * By the first five digits of an 11-digit number that starts with 1 (the table's index is those digits - 10000): 1
 * when every number with that prefix is an allocated mobile, 0 when none is, 2 when the rest of the number decides
 * (today's plan has no such prefix, but it may come to). Built when first asked for, from the plan's answers for three
 * numbers of each prefix (a test compares the table with the plan on random numbers).
 */
let mobilePrefixes: Uint8Array | undefined;

export function cnMobilePrefixes(): Uint8Array {
  if (mobilePrefixes !== undefined) return mobilePrefixes;
  const table = new Uint8Array(10_000);
  for (let p = 0; p < 10_000; p++) {
    const head = String(10_000 + p);
    const low = CN_MOBILE.test(`${head}000000`);
    table[p] = low === CN_MOBILE.test(`${head}999999`) && low === CN_MOBILE.test(`${head}505050`) ? (low ? 1 : 0) : 2;
  }
  return (mobilePrefixes = table);
}

/** A PRC landline written nationally: trunk '0', area code and subscriber number (toll-free and service numbers excluded). */
export function cnLandlineValid(digits: string): boolean {
  return digits.length >= 10 && digits.length <= 12 && digits[0] === '0' && CN_FIXED_LINE.test(digits.slice(1));
}

interface RegionPlan {
  national: LazyPattern;
  /** Its number types, each with the lengths it allows (undefined: any). */
  types: { pattern: LazyPattern; lengths: readonly number[] | undefined }[];
}

/** A full-match pattern built from its source when first tested: building one parses it, which costs for large plans. */
interface LazyPattern {
  source: string;
  pattern: RegExp | undefined;
}

function lazyTest(lazy: LazyPattern, value: string): boolean {
  return (lazy.pattern ??= new RegExp(`^(?:${lazy.source})$`)).test(value);
}

/**
 * Each region's national-number pattern and number types, compiled to full-match patterns on first use. Compiling a
 * region's patterns costs far more than testing them (milliseconds for the larger plans), and text never seen before
 * brings numbers of new regions and lengths all the time, most of them no phone numbers at all: a length that no
 * number type of the region allows is ruled out before anything is compiled.
 */
const regionPlans = new Map<string, RegionPlan | null>();

function regionPlan(region: string): RegionPlan | null {
  let compiled = regionPlans.get(region);
  if (compiled === undefined) {
    const plan = planOf(region);
    compiled = plan ? { national: { source: plan.nationalNumberPattern(), pattern: undefined }, types: [] } : null;
    for (const name of NUMBER_TYPES) {
      const type = plan?.type(name);
      if (compiled && type) compiled.types.push({ pattern: { source: type.pattern(), pattern: undefined }, lengths: type.possibleLengths() });
    }
    regionPlans.set(region, compiled);
  }
  return compiled;
}

/**
 * Whether `national` matches the region's national pattern and one of its number types that allow its length, as
 * libphonenumber's own check. Each type is tested alone (mobile first): one pattern per type to compile, where a
 * pattern per length (the types that allow it, joined) made several for each region, each compiled for the first
 * number of that length. No type allows the length: no test.
 */
function regionValid(plan: RegionPlan, national: string): boolean {
  let nationalValid = false;
  for (const type of plan.types) {
    if (type.lengths !== undefined && !type.lengths.includes(national.length)) continue;
    if (!nationalValid && !(nationalValid = lazyTest(plan.national, national))) return false;
    if (lazyTest(type.pattern, national)) return true;
  }
  return false;
}

const CALLING_CODES = metadata.country_calling_codes as Record<string, string[] | undefined>;

/**
 * A quick yes for `+` numbers: the rest after the calling code matches one of its regions' number types, as
 * libphonenumber's own type check does. A parse per candidate costs ~20 us; this is a few regex tests. A no is
 * not final (non-geographic codes, say), so the caller falls back to the full parse.
 */
export function quickPlanValid(number: string): boolean {
  for (let length = 1; length <= 3; length++) {
    const regions = CALLING_CODES[number.slice(1, 1 + length)];
    if (regions === undefined) continue;
    const national = number.slice(1 + length);
    for (const region of regions) {
      const plan = region === '001' ? null : regionPlan(region);
      if (plan === null) continue;
      if (regionValid(plan, national)) return true;
    }
    return false; // calling codes are prefix-free: no longer code can match
  }
  return false;
}

/** Calling codes of no country ("+800"), which the quick test does not know. */
const NON_GEOGRAPHIC = new Set(Object.keys((metadata as { nonGeographic?: object }).nonGeographic ?? {}));

/** Per calling code, its regions' national prefixes as patterns anchored at the start. */
const nationalPrefixes = new Map<string, RegExp[]>();

function nationalPrefixesOf(code: string, regions: readonly string[]): RegExp[] {
  let prefixes = nationalPrefixes.get(code);
  if (prefixes === undefined) {
    prefixes = [];
    for (const region of regions) {
      const prefix = planOf(region)?.nationalPrefixForParsing();
      if (prefix) prefixes.push(new RegExp(`^(?:${prefix})`));
    }
    nationalPrefixes.set(code, prefixes);
  }
  return prefixes;
}

/**
 * Whether a full parse may accept a number the quick test rejected. With `+` and a calling code, a parse reads the
 * rest as the national number, validated in one of the code's regions (which the quick test has tried), unless a
 * national prefix is stripped first ("+44 020 ..."), or the code is non-geographic ("+800"). A parse costs tens of
 * microseconds, and most numbers that reach it are no phone numbers at all.
 */
function parseMayAccept(number: string): boolean {
  for (let length = 1; length <= 3; length++) {
    const code = number.slice(1, 1 + length);
    if (NON_GEOGRAPHIC.has(code)) return true;
    const regions = CALLING_CODES[code];
    if (regions === undefined) continue;
    if (regions.includes('001')) return true;
    const prefixes = nationalPrefixesOf(code, regions);
    const national = number.slice(1 + length);
    for (const prefix of prefixes) if (prefix.test(national)) return true;
    return false;
  }
  return false; // no calling code: a parse fails too
}

const CACHE_LIMIT = 4096;
/** The answers of the full parse, for numbers the quick test rejected: a parse costs tens of microseconds. */
const cache = new Map<string, boolean>();

/**
 * A number valid in its country's plan, written with `+`, country code and number (digits only). The quick test comes
 * first and is not cached: most numbers pass it, and text never seen before repeats few of them.
 */
export function planValid(number: string): boolean {
  if (quickPlanValid(number)) return true;
  let valid = cache.get(number);
  if (valid === undefined) {
    valid = parseMayAccept(number) && (parsePhoneNumberFromString(number, metadata)?.isValid() ?? false);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(number, valid);
  }
  return valid;
}
