import { fromCustom } from './pattern-recognizer.js';
import { IDENTIFIER_RECOGNIZERS } from './recognizers/identifiers.js';
import { LANGUAGE_RECOGNIZERS } from './recognizers/language.js';
import type { CustomRecognizer, Recognizer } from './types.js';

/** Every built-in recognizer, in a fixed order. */
export const BUILTIN_RECOGNIZERS: readonly Recognizer[] = [...IDENTIFIER_RECOGNIZERS, ...LANGUAGE_RECOGNIZERS];

export function buildRegistry(custom: readonly CustomRecognizer[] = []): readonly Recognizer[] {
  return custom.length === 0 ? BUILTIN_RECOGNIZERS : [...BUILTIN_RECOGNIZERS, ...custom.map(fromCustom)];
}
