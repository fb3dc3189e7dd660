/** The personal-information types of shared/spec/entities.md; the names are fixed. */
export const ENTITY_TYPES = [
  'CN_RESIDENT_ID',
  'PHONE_NUMBER',
  'EMAIL_ADDRESS',
  'BANK_CARD',
  'PERSON',
  'ADDRESS',
  'USERNAME',
  'PASSWORD',
  'PASSPORT',
  'LICENSE_PLATE',
  'IP_ADDRESS',
  'US_SSN',
  'IBAN',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** Built-in types, or a caller's own type name for a custom recognizer. */
export type FindingType = EntityType | (string & {});

export type Language = 'zh' | 'en';

/** `start`/`end` are UTF-16 indices into the scanned text, `end` exclusive. */
export interface Finding {
  type: FindingType;
  start: number;
  end: number;
  score: number;
  recognizer: string;
}

export interface PositiveExample {
  text: string;
  type: EntityType;
  /** The expected span is the first occurrence of `value` in `text`. */
  value: string;
}

export interface RecognizerExamples {
  positive: readonly PositiveExample[];
  /** Texts in which this recognizer must report nothing. */
  negative: readonly string[];
}

/** What a recognizer sees while one text is scanned. */
export interface ScanState {
  readonly text: string;
  /** Languages whose recognizers run on this text. */
  readonly languages: ReadonlySet<Language>;
  wants(type: FindingType): boolean;
  add(type: FindingType, start: number, end: number, score: number, recognizer: string): void;
  /** True when one of `words` (lower-case) occurs within `window` characters before `start` or after `end`. */
  hasContext(start: number, end: number, words: readonly string[], window?: number): boolean;
  /** Shared work (a tokenisation several recognizers need) computed once per text. */
  memo<T>(key: string, compute: (text: string) => T): T;
}

export interface Recognizer {
  readonly name: string;
  readonly types: readonly FindingType[];
  /** Languages the recognizer serves; absent means every language. */
  readonly languages?: readonly Language[];
  readonly examples: RecognizerExamples;
  find(scan: ScanState): void;
}

/** A caller's own recognizer: patterns, context words and an optional validator. */
export interface CustomRecognizer {
  name: string;
  type: FindingType;
  patterns: readonly (RegExp | string)[];
  /** Score without context (default 0.6). */
  score?: number;
  context?: readonly string[];
  /** Score when a context word is near (default 0.95). */
  contextScore?: number;
  /** Return false to reject a match, or a number to set its score. */
  validate?: (value: string) => boolean | number;
}

export interface ScanOptions {
  /** Only report these types (default: all). */
  types?: readonly FindingType[];
  /** Drop findings scored below this (default 0.5). */
  minScore?: number;
  /** Which language's recognizers to run (default 'auto': chosen by the scripts present). */
  language?: Language | 'auto';
  /** Values never reported (compared case-insensitively). */
  allowList?: readonly string[];
  /** Values always reported as the given type. */
  denyList?: Readonly<Record<string, readonly string[]>>;
  /** Extra recognizers, run with the built-in ones. */
  recognizers?: readonly CustomRecognizer[];
  /** Extra context words that apply to the whole text (for example a column header). */
  context?: readonly string[];
}
