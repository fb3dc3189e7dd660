import type { Recognizer } from '../types.js';

/** Checksum- and grammar-backed identifiers. */
export const IDENTIFIER_RECOGNIZERS: readonly Recognizer[] = [];
