import type { Recognizer } from '../types.js';

/** Names, addresses and credentials: recognised from language, context and gazetteers. */
export const LANGUAGE_RECOGNIZERS: readonly Recognizer[] = [];
