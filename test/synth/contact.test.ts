import assert from 'node:assert/strict';
import { isIP } from 'node:net';
import { describe, it } from 'node:test';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import {
  Rng, CN_LANDLINE_STYLES, CN_MOBILE_STYLES, US_PHONE_STYLES, cnLandline, cnMobile, cnUnallocatedMobile, email, formatCnMobile,
  intlPhone, ipv4, ipv6, usPhone,
} from './index.js';

const N = 1500;

describe('phone numbers', () => {
  it('PRC mobiles are valid for libphonenumber in every style', () => {
    const rng = new Rng(11);
    for (let i = 0; i < N; i++) {
      const number = cnMobile(rng);
      assert.match(number, /^1\d{10}$/);
      for (const style of CN_MOBILE_STYLES) {
        const shown = formatCnMobile(number, style);
        assert.ok(isValidPhoneNumber(shown, 'CN'), `${style}: ${shown}`);
      }
    }
  });

  it('PRC landlines are valid in every style', () => {
    const rng = new Rng(12);
    for (let i = 0; i < N; i++) {
      for (const style of CN_LANDLINE_STYLES) {
        const shown = cnLandline(rng, style);
        assert.ok(isValidPhoneNumber(shown, 'CN'), `${style}: ${shown}`);
      }
    }
  });

  it('international and US numbers are valid', () => {
    const rng = new Rng(13);
    for (let i = 0; i < N; i++) {
      const intl = intlPhone(rng);
      assert.ok(isValidPhoneNumber(intl), intl);
      for (const style of US_PHONE_STYLES) {
        const us = usPhone(rng, style);
        assert.ok(isValidPhoneNumber(us, 'US'), `${style}: ${us}`);
      }
    }
  });

  it('unallocated 11-digit numbers are not valid PRC numbers', () => {
    const rng = new Rng(14);
    for (let i = 0; i < N; i++) {
      const number = cnUnallocatedMobile(rng);
      assert.match(number, /^1\d{10}$/);
      assert.ok(!isValidPhoneNumber(number, 'CN'), number);
      assert.ok(!isValidPhoneNumber(`+86${number}`), number);
    }
  });
});

describe('e-mail and IP addresses', () => {
  // RFC 5322 dot-atom local part; domain of dot-separated LDH labels with an alphabetic TLD.
  const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

  it('e-mail addresses have RFC 5322 shape and a plausible domain', () => {
    const rng = new Rng(15);
    for (let i = 0; i < N; i++) {
      const value = email(rng);
      assert.match(value, EMAIL);
      assert.ok(value.length <= 254, value);
    }
  });

  it('IPv4 and IPv6 addresses parse', () => {
    const rng = new Rng(16);
    for (let i = 0; i < N; i++) {
      const v4 = ipv4(rng);
      assert.equal(isIP(v4), 4, v4);
      const v6 = ipv6(rng);
      assert.equal(isIP(v6), 6, v6);
      // RFC 5952: when a run of two zero groups exists in a compressed (not zero-padded) form, one run is written ::.
      if (!/(^|:)0[0-9a-f]{3}/.test(v6) && /(^|:)0:0(:|$)/.test(v6)) assert.ok(v6.includes('::'), v6);
    }
  });
});
