import { CN_ADDRESS_LABELS, CN_ADDRESS_VERBS } from '../data/cn-address-terms.js';
import { CN_NAME_LABELS, CN_NAME_TITLES } from '../data/cn-name-words.js';
import { CN_CREDENTIAL_PAIR_LABELS, CN_PASSWORD_LABELS, CN_USERNAME_LABELS } from '../data/credential-terms.js';
import type { ScanState } from '../types.js';
import { WordSet } from './word-set.js';

/** What a keyword announces; a word can be several. */
export const NAME_LABEL = 1;
export const NAME_TITLE = 2;
export const ADDRESS_LABEL = 4;
export const ADDRESS_VERB = 8;
export const USERNAME_LABEL = 16;
export const PASSWORD_LABEL = 32;
export const CREDENTIAL_PAIR_LABEL = 64;

/** Latin keys of JSON or key=value text that label a name ("name": "张伟"). */
const LATIN_NAME_LABELS = ['name', 'fullname', 'full_name', 'realname', 'real_name'];

const KINDS = new Map<string, number>();
const add = (words: readonly string[], kind: number) => {
  for (const word of words) KINDS.set(word.toLowerCase(), (KINDS.get(word.toLowerCase()) ?? 0) | kind);
};
add(CN_NAME_LABELS, NAME_LABEL);
add(LATIN_NAME_LABELS, NAME_LABEL);
add([...CN_NAME_TITLES, '收'], NAME_TITLE);
add(CN_ADDRESS_LABELS, ADDRESS_LABEL);
add(CN_ADDRESS_VERBS, ADDRESS_VERB);
add(Object.values(CN_USERNAME_LABELS).flat(), USERNAME_LABEL);
add(CN_PASSWORD_LABELS, PASSWORD_LABEL);
add(CN_CREDENTIAL_PAIR_LABELS, CREDENTIAL_PAIR_LABEL);

const WORDS = new WordSet(KINDS.keys());

const isLatinLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isWordChar = (code: number) => isLatinLetter(code) || (code >= 48 && code <= 57) || code === 95;

export interface Keyword {
  start: number;
  end: number;
  kind: number;
}

/**
 * The name, address and credential keywords of a Chinese text, found once and shared by the recognizers that need
 * them. Empty when the text is not scanned as Chinese.
 */
export function zhKeywords(scan: ScanState): readonly Keyword[] {
  if (!scan.languages.has('zh')) return [];
  return scan.memo('zh-keywords', (text) => {
    const found: Keyword[] = [];
    WORDS.forEach(text, (start, word) => {
      if (isLatinLetter(word.charCodeAt(0)) && start > 0 && isWordChar(text.charCodeAt(start - 1))) return; // "username"
      found.push({ start, end: start + word.length, kind: KINDS.get(word)! });
    });
    return found;
  });
}
