import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  Rng, cnMobile, cnResidentId, cnResidentId15, cnResidentIdBadCheck, cnResidentIdBadDate, cnUnallocatedMobile, email,
} from '../../test/synth/index.js';
import { todayValue } from '../detect/checksums.js';
import { cnMobilePrefixes, cnMobileValid } from '../detect/recognizers/phone-plan.js';
import { canonical } from './canonical.js';
import type { IdentifierKind } from './kinds.js';
import { encodePlainBytes } from './plain-bytes.js';
import { MAX_MESSAGE, encodeMessage } from './prf.js';

const TODAY = todayValue();

/**
 * Checks encodePlainBytes on `text` (within other bytes, at an odd offset) against the way of strings: when it takes
 * the value, its encoding is encodeMessage's of the canonical form; when it does not, it wrote nothing. Returns
 * whether it took the value.
 */
function agrees(kind: IdentifierKind, text: string): boolean {
  const cell = Buffer.from(text);
  const bytes = Buffer.concat([Buffer.from('x,'), cell, Buffer.from(',y')]);
  const out = new Uint8Array(MAX_MESSAGE + 16);
  const blocks = encodePlainBytes(kind, bytes, 2, 2 + cell.length, out, 16, TODAY);
  const value = canonical(kind, text);
  if (blocks === 0) {
    assert.ok(out.every((b) => b === 0), `nothing written for ${kind} ${JSON.stringify(text)}`);
    return false;
  }
  assert.notEqual(value, null, `${kind} ${JSON.stringify(text)} taken from bytes but invalid as a string`);
  const expected = new Uint8Array(MAX_MESSAGE + 16);
  assert.equal(blocks, encodeMessage(kind, value!, expected, 16), `${kind} ${JSON.stringify(text)}: blocks`);
  assert.deepEqual(out, expected, `${kind} ${JSON.stringify(text)}: encoding`);
  return true;
}

const digitsOf = (rng: Rng, n: number) => Array.from({ length: n }, () => String(rng.int(10))).join('');

describe('encodePlainBytes: identifiers keyed from their bytes', () => {
  it('takes every valid 18-character ID, with X or x, as the string way keys it', () => {
    const rng = new Rng(21);
    for (let n = 0; n < 3000; n++) {
      const id = cnResidentId(rng);
      assert.ok(agrees('id', id), id);
      if (id.endsWith('X')) assert.ok(agrees('id', `${id.slice(0, 17)}x`));
    }
  });

  it('leaves to the strings IDs with a failed check, a bad date or area, another length or other characters', () => {
    const rng = new Rng(22);
    for (let n = 0; n < 1000; n++) {
      const id = cnResidentId(rng);
      for (const text of [
        cnResidentIdBadCheck(rng),
        cnResidentIdBadDate(rng),
        cnResidentId15(rng),
        `000000${id.slice(6)}`,
        `${id.slice(0, 6)}2999${id.slice(10)}`,
        id.slice(0, 17),
        `${id}0`,
        ` ${id}`,
        `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`,
        id.replace(/\d/, (d) => String.fromCharCode(0xff10 + Number(d))),
        `${id.slice(0, 17)}Y`,
      ]) {
        assert.equal(agrees('id', text), false, text);
      }
      const random = `${id.slice(0, 6)}${digitsOf(rng, 12)}`; // plain: taken exactly when valid
      assert.equal(agrees('id', random), canonical('id', random) !== null, random);
    }
  });

  it('takes every 11-digit allocated mobile and leaves every other number to the strings', () => {
    const rng = new Rng(23);
    for (let n = 0; n < 3000; n++) assert.ok(agrees('phone', cnMobile(rng)));
    for (let n = 0; n < 1000; n++) assert.equal(agrees('phone', cnUnallocatedMobile(rng)), false);
    for (let n = 0; n < 20000; n++) {
      const number = `1${digitsOf(rng, 10)}`;
      assert.equal(agrees('phone', number), cnMobileValid(number), number);
    }
    const mobile = cnMobile(rng);
    for (const text of [`+86${mobile}`, `86${mobile}`, `${mobile.slice(0, 3)}-${mobile.slice(3)}`, `0${mobile}`, mobile.slice(1), `${mobile} `, '01012345678']) {
      assert.equal(agrees('phone', text), false, text);
    }
  });

  it('reads the mobile ranges by their first five digits exactly as the numbering plan does', () => {
    const table = cnMobilePrefixes();
    assert.ok(table.every((v) => v === 0 || v === 1), 'no range where later digits decide');
    const rng = new Rng(24);
    for (let n = 0; n < 100000; n++) {
      const prefix = rng.int(10000);
      const number = `${10000 + prefix}${digitsOf(rng, 6)}`;
      assert.equal(table[prefix] === 1, cnMobileValid(number), number);
    }
  });

  it('takes lower-case plain e-mail addresses and leaves the rest to the strings', () => {
    const rng = new Rng(25);
    for (let n = 0; n < 3000; n++) {
      const address = email(rng);
      assert.equal(agrees('email', address), /^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(address), address);
    }
    for (const text of ['a@b.co', 'a.b-c_d%e+f@x-y.z.cn', `${'a'.repeat(240)}@example.com`]) assert.ok(agrees('email', text), text);
    for (const text of [
      'A@b.co', 'a@b', 'a@.b.co', 'a@b..co', 'a@b.co.', '@b.co', 'a@@b.co', 'a b@c.co', 'a@b_c.co', ' a@b.co', 'a@b.co ',
      '<a@b.co>', 'mailto:a@b.co', '张三@b.co', 'a@b.中国', `${'a'.repeat(250)}@example.com`, 'a@b.co\n', '',
    ]) {
      assert.equal(agrees('email', text), false, text);
    }
  });

  it('takes no other kind', () => {
    for (const [kind, text] of [['card', '6222020200112233445'], ['username', 'alice']] as const) assert.equal(agrees(kind, text), false);
  });
});
