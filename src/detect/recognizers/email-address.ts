// EMAIL_ADDRESS: found from each '@', expanded left over a dot-atom local part and right over domain labels.
import type { Recognizer } from '../types.js';
import { textIndex } from './text-index.js';

const NAME = 'email-address';
const SCORE = 0.95;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const MAX_LABEL = 63;
const URL_WINDOW = 256;
// File names such as icon@2x.png share the shape.
const FILE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'bmp', 'ico', 'pdf', 'js', 'css', 'json', 'html', 'htm', 'txt', 'mp4'];
const MAX_EXTENSION = 4;

/** text[start, end), up to MAX_EXTENSION ASCII letters and digits, as a number: six bits a character, case folded. */
function extensionKey(text: string, start: number, end: number): number {
  let key = end - start;
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    key = key * 64 + (c <= 57 ? c - 48 + 27 : (c | 0x20) - 96); // digits 27-36, letters 1-26
  }
  return key;
}

const EXTENSION_KEYS = new Set(FILE_EXTENSIONS.map((extension) => extensionKey(extension, 0, extension.length)));

// Characters of a practical local part (RFC 5322 atext less the rarely used symbols that also delimit text: = ? / & etc.).
function isLocalCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39;
}

function isDomainCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

/** Start of the local part that ends before `at`, or -1. */
function localStart(text: string, at: number): number {
  // One pass leftwards: the extent, and the last '--' and '..' in it.
  let start = at;
  let dashes = -1;
  let dots = -1;
  for (let previous = 0; start > 0 && at - start <= MAX_LOCAL; start--) {
    const c = text.charCodeAt(start - 1);
    if (!isLocalCode(c)) break;
    if (c === previous) {
      if (c === 45 && dashes < 0) dashes = start - 1;
      else if (c === 46 && dots < 0) dots = start - 1;
    }
    previous = c;
  }
  if (at - start > MAX_LOCAL || (start > 0 && text.charCodeAt(start - 1) === 64)) return -1;
  // Dash runs separate the fields of leaked lists (13800138000----alice@example.com).
  if (dashes >= 0) start = dashes + 2;
  // Quotes, dots and dashes before the address are punctuation, not part of it.
  for (let c = text.charCodeAt(start); start < at && (c === 39 || c === 46 || c === 45); c = text.charCodeAt(++start));
  return start === at || text.charCodeAt(at - 1) === 46 || dots >= start ? -1 : start;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** End of the domain that starts after `at`, or -1: labels of letters, digits and inner dashes, the last one letters only. */
function domainEnd(text: string, at: number): number {
  let end = at + 1;
  while (end < text.length && end - at <= MAX_DOMAIN && isDomainCode(text.charCodeAt(end))) end++;
  for (let c = text.charCodeAt(end - 1); end > at + 1 && (c === 46 || c === 45); c = text.charCodeAt(--end - 1));
  if (text.charCodeAt(end) === 64) return -1;
  let labels = 0;
  let labelStart = at + 1;
  let letters = true;
  for (let p = at + 1; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c !== 46) {
      letters &&= isLetterCode(c);
      continue;
    }
    if (!labelValid(text, labelStart, p)) return -1;
    labels++;
    labelStart = p + 1;
    letters = true;
  }
  if (labels === 0 || !letters || end - labelStart < 2 || !labelValid(text, labelStart, end)) return -1;
  // The last label is letters only.
  return end - labelStart <= MAX_EXTENSION && EXTENSION_KEYS.has(extensionKey(text, labelStart, end)) ? -1 : end;
}

function labelValid(text: string, start: number, end: number): boolean {
  return end > start && end - start <= MAX_LABEL && text.charCodeAt(start) !== 45 && text.charCodeAt(end - 1) !== 45;
}

/**
 * scheme://user:password@host: the '@' of a URL's authority marks a credential, not an address. `marks` are
 * the text's '://' positions: the last one within URL_WINDOW before `start` counts.
 */
function inUrl(text: string, start: number, marks: readonly number[]): boolean {
  // The last mark that ends by `start`.
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (marks[middle] + 3 <= start) low = middle + 1;
    else high = middle;
  }
  const scheme = low > 0 ? marks[low - 1] : -1;
  return scheme >= Math.max(0, start - URL_WINDOW) && !/[\s/]/.test(text.slice(scheme + 3, start));
}

export const emailAddress: Recognizer = {
  name: NAME,
  types: ['EMAIL_ADDRESS'],
  find(scan) {
    const { text } = scan;
    const index = textIndex(scan);
    let next = 0; // where the next address may start
    for (const at of index.atSigns) {
      if (at < next) continue;
      const start = localStart(text, at);
      if (start < 0) continue;
      const end = domainEnd(text, at);
      if (end < 0) continue;
      const marks = index.schemeMarks;
      if (marks.length > 0 && inUrl(text, start, marks)) continue;
      scan.add('EMAIL_ADDRESS', start, end, SCORE, NAME);
      next = end;
    }
  },
  examples: {
    positive: [
      { text: '邮箱：zhang.san@example.com。', type: 'EMAIL_ADDRESS', value: 'zhang.san@example.com' },
      { text: 'Contact <alice+news@mail.example.co.uk>.', type: 'EMAIL_ADDRESS', value: 'alice+news@mail.example.co.uk' },
      { text: '<a href="mailto:bob_o\'neil@example.org">', type: 'EMAIL_ADDRESS', value: "bob_o'neil@example.org" },
      { text: "reply to 'j.doe@example-mail.com', thanks", type: 'EMAIL_ADDRESS', value: 'j.doe@example-mail.com' },
      { text: '(test123@qq.com)', type: 'EMAIL_ADDRESS', value: 'test123@qq.com' },
    ],
    negative: [
      'icon@2x.png',
      'user@localhost',
      'a..b@example.com',
      'alice@example..com',
      'alice@example.c0m',
      'https://user:secret@example.com/path',
      'aaaa@aaaa@aaaa',
      '@example.com',
      'follow @handle on weibo',
    ],
  },
};
