import assert from 'node:assert/strict';
import { isIPv4, isIPv6 } from 'node:net';
import { describe, it } from 'node:test';
import { scanText } from '../scan-text.js';
import { ipv4Valid, ipv6Valid } from './ip-address.js';

function found(text: string): string[] {
  return scanText(text, { types: ['IP_ADDRESS'] }).map((f) => text.slice(f.start, f.end));
}

describe('IP_ADDRESS grammar', () => {
  const v4: [string, boolean][] = [
    ['0.0.0.0', true],
    ['255.255.255.255', true],
    ['192.168.1.10', true],
    ['256.1.1.1', false],
    ['1.2.3', false],
    ['1.2.3.4.5', false],
    ['01.2.3.4', false],
    ['1.2.3.', false],
  ];
  for (const [value, valid] of v4) it(`IPv4 ${value}`, () => assert.equal(ipv4Valid(value), valid));

  const v6: [string, boolean][] = [
    ['2001:0db8:0000:0000:0000:ff00:0042:8329', true],
    ['2001:db8::ff00:42:8329', true],
    ['::1', true],
    ['fe80::', true],
    ['::ffff:192.0.2.128', true],
    ['64:ff9b::192.0.2.33', true],
    ['::', false],
    [':::1', false],
    ['1::2::3', false],
    ['2001:db8:0:0:0:0:0:0:1', false],
    ['2001:db8:0:0:0:0:1', false],
    ['2001:db8::12345', false],
    ['2001:db8::g', false],
    ['::ffff:192.0.2.256', false],
    ['::ffff:192.0.2.128:1', false],
    ['dead::beef', false],
  ];
  for (const [value, valid] of v6) it(`IPv6 ${value}`, () => assert.equal(ipv6Valid(value), valid));
});

describe('IP_ADDRESS grammar against node:net', () => {
  let seed = 9;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const octet = () => pick(['0', '1', '9', '10', '99', '100', '199', '249', '255', '256', '300', '01', '007', '']);
  const group = () => pick(['0', '1', 'a', 'ff', 'db8', '2001', 'ffff', 'FE80', '00000', 'g', '12345', '']);

  it('IPv4 agrees on generated strings', () => {
    for (let n = 0; n < 3000; n++) {
      const parts = Array.from({ length: 3 + Math.floor(random() * 3) }, octet);
      const value = parts.join('.');
      assert.equal(ipv4Valid(value), isIPv4(value), value);
    }
  });

  it('IPv6 agrees on generated strings (node also takes digit-free hex words, which are left out here)', () => {
    let valid = 0;
    for (let n = 0; n < 5000; n++) {
      let value = Array.from({ length: 2 + Math.floor(random() * 8) }, group).join(':');
      if (random() < 0.5) {
        const at = Math.floor(random() * (value.length + 1));
        value = `${value.slice(0, at)}:${value.slice(at)}`;
      }
      if (random() < 0.2) value += `:${[octet(), octet(), octet(), octet()].join('.')}`;
      const expected = isIPv6(value) && /\d/.test(value);
      assert.equal(ipv6Valid(value), expected, value);
      if (expected) valid++;
    }
    assert.ok(valid > 150, `a mix of verdicts (${valid} valid)`);
  });
});

describe('IP_ADDRESS', () => {
  const positive: [string, string[]][] = [
    ['192.168.10.24', ['192.168.10.24']],
    ['登录IP：192.168.10.24，时间', ['192.168.10.24']],
    ['client 203.0.113.7:8080 connected', ['203.0.113.7']],
    ['from 10.0.0.1.', ['10.0.0.1']],
    ['server 10.0.0.1', ['10.0.0.1']],
    ['(172.16.0.1)', ['172.16.0.1']],
    ['ip 1.2.3.4', ['1.2.3.4']],
    ['2001:db8:85a3::8a2e:370:7334', ['2001:db8:85a3::8a2e:370:7334']],
    ['addr [fe80::1]:443', ['fe80::1']],
    ['mapped ::ffff:192.0.2.128 here', ['::ffff:192.0.2.128']],
    ['loopback ::1.', ['::1']],
    ['"clientIp":"10.164.2.193","version":"10.4.27"', ['10.164.2.193']],
    ['app_version\n172.19.209.56,locked', ['172.19.209.56']],
    // The host of a URL with a path, and a network with its prefix length.
    ['GET https://admin:Secr3tPass@192.168.1.10/login', ['192.168.1.10']],
    ['route 10.20.0.0/16 via 10.20.0.1', ['10.20.0.0', '10.20.0.1']],
  ];
  for (const [text, values] of positive) {
    it(`finds ${values.join(', ')} in "${text}"`, () => assert.deepEqual(found(text), values));
  }

  const negative = [
    '1.2.3.4',
    'v1.2.3.4',
    '1.2.3.4.5',
    'version 10.0.19041.1',
    'ver: 10.0.19041.1',
    'Build=10.2.3.40',
    '版本 10.2.3.40',
    '1.2.3.4-beta',
    '256.1.1.1',
    '192.168.01.1',
    '12:30:45',
    '00:1A:2B:3C:4D:5E',
    'std::vector and Foo::bar and ::',
    'u8::MAX',
    '1:2:3:4:5:6:7:8:9',
    '¥13,800.00',
    '123e4567-e89b-12d3-a456-426614174000',
    '/api/v1.2.3.4/users',
  ];
  for (const text of negative) {
    it(`stays quiet on "${text}"`, () => assert.deepEqual(found(text), []));
  }
});
