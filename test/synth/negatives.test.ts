import assert from 'node:assert/strict';
import { isIP } from 'node:net';
import { describe, it } from 'node:test';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { stdnum } from 'stdnum';
import {
  Rng, HARD_NEGATIVE_KINDS, amount, dottedIdentifier, ean13, hardNegative, orderNumber, timestamp, uuid, versionString, waybillNumber,
} from './index.js';

const N = 3000;

describe('hard negatives', () => {
  it('every kind yields a non-empty value without spaces at its ends', () => {
    const rng = new Rng(31);
    for (const kind of HARD_NEGATIVE_KINDS) {
      for (let i = 0; i < 200; i++) {
        const value = hardNegative(rng, kind);
        assert.equal(value, value.trim(), kind);
        assert.ok(value.length > 0, kind);
      }
    }
  });

  it('18-digit order numbers are not resident IDs; timestamps are not phone numbers', () => {
    const rng = new Rng(32);
    for (let i = 0; i < N; i++) {
      const order = orderNumber(rng);
      if (/^\d{18}$/.test(order)) assert.ok(!stdnum.CN.ric.validate(order).isValid, order);
      const time = timestamp(rng);
      assert.ok(!isValidPhoneNumber(time, 'CN'), time);
    }
  });

  it('versions and OIDs are not IPv4 addresses', () => {
    const rng = new Rng(33);
    for (let i = 0; i < N; i++) {
      assert.equal(isIP(versionString(rng)), 0);
      assert.equal(isIP(dottedIdentifier(rng)), 0);
    }
  });

  it('barcodes, UUIDs, waybills and amounts have their formats', () => {
    const rng = new Rng(34);
    for (let i = 0; i < N; i++) {
      const code = ean13(rng);
      const sum = [...code].reduce((acc, d, j) => acc + Number(d) * (j % 2 === 0 ? 1 : 3), 0);
      assert.ok(code.startsWith('69') && code.length === 13 && sum % 10 === 0, code);
      assert.match(uuid(rng), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.match(waybillNumber(rng), /^(SF\d{12,13}|7[358]\d{12}|YT\d{13}|JT\d{13}|4[36]\d{11}|JDVA\d{11}|E[AEMV]\d{9}[A-Z]{2})$/);
      assert.match(amount(rng), /^(¥|￥|\$|CNY |USD )?[\d,]+\.\d{2}元?$/);
    }
  });
});
