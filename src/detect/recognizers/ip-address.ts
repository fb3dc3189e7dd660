// IP_ADDRESS: IPv4 from four dot-joined digit runs, IPv6 from runs of hex digits and colons; exact grammar both.
import type { Recognizer, ScanState } from '../types.js';
import { digitRuns, isWordCode, joinedAfter, joinedBefore } from './numeric-tokens.js';
import { textIndex } from './text-index.js';

const NAME = 'ip-address';
const SCORE = 0.85;
// 1.2.3.4 reads as a version number as often as an address.
const SMALL_OCTETS_SCORE = 0.4;
const CONTEXT = ['ip', 'addr', 'host', 'server', 'client', 'remote', '地址', '登录'];
// A label right before four dotted numbers makes them a version (version: 10.0.19041.1).
const VERSION_LABEL = /(?<![a-z])(?:version|ver|release|build|firmware|版本|版本号)[ \t:=："']{0,3}$/i;
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Four dot-separated decimal octets, 0-255, without leading zeros. */
export function ipv4Valid(value: string): boolean {
  return ipv4Between(value, 0, value.length);
}

/** ipv4Valid for text[from, to). */
function ipv4Between(text: string, from: number, to: number): boolean {
  for (let p = from, octets = 1; ; p++, octets++) {
    let q = p;
    let octet = 0;
    while (q < to && isDigit(text.charCodeAt(q))) octet = octet * 10 + text.charCodeAt(q++) - 48;
    if (q === p || q - p > 3 || (q - p > 1 && text.charCodeAt(p) === 48) || octet > 255) return false;
    if (q === to) return octets === 4;
    if (text.charCodeAt(q) !== 46 || octets === 4) return false;
    p = q;
  }
}

/** Colon-separated groups of 1-4 hex digits: eight, or fewer with one '::'; the last two may be an IPv4 address. */
export function ipv6Valid(value: string): boolean {
  let groups = 0;
  let compressed = value.startsWith('::');
  let p = compressed ? 2 : 0;
  let digit = false;
  while (p < value.length) {
    let q = p;
    for (; q < value.length && isHex(value.charCodeAt(q)); q++) if (isDigit(value.charCodeAt(q))) digit = true;
    if (value[q] === '.') {
      if (!ipv4Valid(value.slice(p))) return false;
      groups += 2;
      digit = true;
      break;
    }
    if (q === p || q - p > 4) return false;
    groups++;
    if (q === value.length) break;
    if (value[q] !== ':') return false;
    if (value[q + 1] !== ':') p = q + 1;
    else if (compressed) return false;
    else {
      compressed = true;
      p = q + 2;
      continue;
    }
    // A single colon must be followed by another group.
    if (p === value.length) return false;
  }
  // '::' alone, and words of hex letters (dead::beef, Abc::def), are no address.
  return digit && (compressed ? groups <= 7 : groups === 8);
}

/** True when the label before `start` can name a version: VERSION_LABEL's keyword ends right before up to three separators. */
function mayFollowVersionLabel(text: string, start: number): boolean {
  let p = start - 1;
  while (p >= start - 4 && isVersionSeparator(text.charCodeAt(p))) p--;
  if (start - 1 - p > 3) return false;
  const c = text.charCodeAt(p) | 0x20;
  return c === 0x6e || c === 0x72 || c === 0x65 || c === 0x64 || c === 0x672c || c === 0x53f7; // n r e d 本 号
}

// [ \t:=："'], VERSION_LABEL's separators.
function isVersionSeparator(c: number): boolean {
  return c === 32 || c === 9 || c === 58 || c === 61 || c === 0xff1a || c === 34 || c === 39;
}

function findIpv4(scan: ScanState): void {
  const { text } = scan;
  const { first, end: runsEnd, starts, ends } = digitRuns(scan);
  for (let i = first; i + 3 < runsEnd; i++) {
    let k = 0;
    while (k < 3 && ends[i + k] - starts[i + k] <= 3 && text.charCodeAt(ends[i + k]) === 46 && starts[i + k + 1] === ends[i + k] + 1) k++;
    if (k < 3 || ends[i + 3] - starts[i + 3] > 3) continue;
    const start = starts[i];
    const end = ends[i + 3];
    // A fifth number, a letter (v1.2.3.4) or a suffix (1.2.3.4-beta) makes a version string. A path after it is a URL's
    // ("https://10.0.0.1/login"), or a prefix length (10.0.0.0/8).
    const next = text.charCodeAt(end);
    if (next === 45 || next === 43 || next === 95 || joinedBefore(text, start) || (next !== 47 && joinedAfter(text, end))) continue;
    if (!ipv4Between(text, start, end)) continue;
    if (mayFollowVersionLabel(text, start) && VERSION_LABEL.test(text.slice(Math.max(0, start - 12), start))) continue;
    const small = end - start === 7;
    const score = !small || scan.hasContext(start, end, CONTEXT) ? SCORE : SMALL_OCTETS_SCORE;
    scan.add('IP_ADDRESS', start, end, score, NAME);
    i += 3;
  }
}

function isHexOrColon(c: number): boolean {
  return c === 58 || isHex(c);
}

function findIpv6(scan: ScanState): void {
  const { text } = scan;
  let next = 0; // where the next colon may be, past the address read last
  for (const colon of textIndex(scan).separators) {
    if (colon < next || text.charCodeAt(colon) !== 58) continue;
    if (!isHexOrColon(text.charCodeAt(colon + 1)) || (colon > 0 && !isHexOrColon(text.charCodeAt(colon - 1)))) continue;
    let colons = 1;
    // Whether '::' occurs: without it an address has eight groups, at least six colons (with IPv4 at the end).
    let double = text.charCodeAt(colon + 1) === 58;
    let start = colon;
    while (start > 0 && isHexOrColon(text.charCodeAt(start - 1))) {
      if (text.charCodeAt(--start) === 58) {
        colons++;
        double ||= text.charCodeAt(start + 1) === 58;
      }
    }
    let end = colon + 1;
    for (let c = text.charCodeAt(end); isHexOrColon(c) || c === 46; c = text.charCodeAt(++end)) {
      if (c === 58) {
        colons++;
        double ||= text.charCodeAt(end + 1) === 58;
      }
    }
    next = end + 1;
    if (colons < 2 || (colons < 6 && !double)) continue;
    // Sentence punctuation after the address.
    while (text.charCodeAt(end - 1) === 46) end--;
    if (text.charCodeAt(end - 1) === 58 && text.charCodeAt(end - 2) !== 58) end--;
    const before = text.charCodeAt(start - 1);
    if (isWordCode(before) || before === 46 || isWordCode(text.charCodeAt(end))) continue;
    if (ipv6Valid(text.slice(start, end))) scan.add('IP_ADDRESS', start, end, SCORE, NAME);
  }
}

export const ipAddress: Recognizer = {
  name: NAME,
  types: ['IP_ADDRESS'],
  find(scan) {
    findIpv4(scan);
    findIpv6(scan);
  },
  examples: {
    positive: [
      { text: '登录IP：192.168.10.24，', type: 'IP_ADDRESS', value: '192.168.10.24' },
      { text: 'client 203.0.113.7 connected', type: 'IP_ADDRESS', value: '203.0.113.7' },
      { text: 'from 2001:db8:85a3::8a2e:370:7334.', type: 'IP_ADDRESS', value: '2001:db8:85a3::8a2e:370:7334' },
      { text: 'addr [fe80::1]', type: 'IP_ADDRESS', value: 'fe80::1' },
      { text: 'mapped ::ffff:192.0.2.128 here', type: 'IP_ADDRESS', value: '::ffff:192.0.2.128' },
      { text: 'full 2001:0db8:0000:0000:0000:ff00:0042:8329', type: 'IP_ADDRESS', value: '2001:0db8:0000:0000:0000:ff00:0042:8329' },
    ],
    negative: [
      '版本 1.2.3.4 与 v2.10.3',
      'v1.2.3.4',
      '1.2.3.4.5',
      'version 10.0.19041.1',
      '256.1.1.1 and 192.168.01.1',
      '12:30:45 and 00:1A:2B:3C:4D:5E',
      'std::vector and Foo::bar and ::',
      '1:2:3:4:5:6:7:8:9',
      '金额 ¥13,800.00',
    ],
  },
};
