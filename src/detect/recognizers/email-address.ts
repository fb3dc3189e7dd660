// EMAIL_ADDRESS: found from each '@', expanded left over a dot-atom local part and right over domain labels.
import type { Recognizer } from '../types.js';

const NAME = 'email-address';
const SCORE = 0.95;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const MAX_LABEL = 63;
const URL_WINDOW = 256;
// File names such as icon@2x.png share the shape.
const FILE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'bmp', 'ico', 'pdf', 'js', 'css', 'json', 'html', 'htm', 'txt', 'mp4']);

// Characters of a practical local part (RFC 5322 atext less the rarely used symbols that also delimit text: = ? / & etc.).
function isLocalCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39;
}

function isDomainCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

/** Start of the local part that ends before `at`, or -1. */
function localStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start <= MAX_LOCAL && isLocalCode(text.charCodeAt(start - 1))) start--;
  if (at - start > MAX_LOCAL || (start > 0 && text[start - 1] === '@')) return -1;
  // Dash runs separate the fields of leaked lists (13800138000----alice@example.com).
  const fieldBreak = text.slice(start, at).lastIndexOf('--');
  if (fieldBreak >= 0) start += fieldBreak + 2;
  // Quotes, dots and dashes before the address are punctuation, not part of it.
  while (start < at && "'.-".includes(text[start])) start++;
  const local = text.slice(start, at);
  return local.length === 0 || local.endsWith('.') || local.includes('..') ? -1 : start;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** End of the domain that starts after `at`, or -1: labels of letters, digits and inner dashes, the last one letters only. */
function domainEnd(text: string, at: number): number {
  let end = at + 1;
  while (end < text.length && end - at <= MAX_DOMAIN && isDomainCode(text.charCodeAt(end))) end++;
  while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
  if (text[end] === '@') return -1;
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
  return FILE_EXTENSIONS.has(text.slice(labelStart, end).toLowerCase()) ? -1 : end;
}

function labelValid(text: string, start: number, end: number): boolean {
  return end > start && end - start <= MAX_LABEL && text[start] !== '-' && text[end - 1] !== '-';
}

/** scheme://user:password@host: the '@' of a URL's authority marks a credential, not an address. */
function inUrl(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - URL_WINDOW), start);
  const scheme = before.lastIndexOf('://');
  return scheme >= 0 && !/[\s/]/.test(before.slice(scheme + 3));
}

export const emailAddress: Recognizer = {
  name: NAME,
  types: ['EMAIL_ADDRESS'],
  find(scan) {
    const { text } = scan;
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      const start = localStart(text, at);
      if (start < 0) continue;
      const end = domainEnd(text, at);
      if (end < 0 || inUrl(text, start)) continue;
      scan.add('EMAIL_ADDRESS', start, end, SCORE, NAME);
      at = end - 1;
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
