import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCounties } from './divisions.js';
import {
  Rng, cnPassport, enName, licensePlate, password, passwordHash, qqNumber, telegramHandle, usAddress, username, wechatId,
  zhAddress, zhName, zhNameLatin,
} from './index.js';

const N = 3000;

describe('names', () => {
  it('Chinese names are 2-4 Han characters and include compound surnames', () => {
    const rng = new Rng(21);
    let compound = 0;
    for (let i = 0; i < N; i++) {
      const { name, surname, pinyin } = zhName(rng);
      assert.match(name, /^[\u4e00-\u9fff]{2,4}$/);
      assert.ok(name.startsWith(surname));
      assert.equal(pinyin.length, 2);
      if (surname.length === 2) compound++;
    }
    assert.ok(compound > 0);
  });

  it('English and romanised names are capitalised words', () => {
    const rng = new Rng(22);
    for (let i = 0; i < N; i++) {
      assert.match(enName(rng).name, /^[A-Z][a-z]+( [A-Z]\.)? [A-Z][\p{L}']+$/u);
      assert.match(zhNameLatin(rng), /^[A-Z][A-Za-z]+ [A-Z][a-z]+$/);
    }
  });
});

describe('addresses', () => {
  const names = new Set(loadCounties().flatMap((c) => [c.province, c.city, c.name]).filter(Boolean));

  it('Chinese addresses start with a real division and end with a unit', () => {
    const rng = new Rng(23);
    for (let i = 0; i < N; i++) {
      const address = zhAddress(rng, { spaced: i % 4 === 0 });
      const first = [...names].some((n) => address.startsWith(n));
      assert.ok(first, address);
      assert.match(address, /(号|室|\d)$/);
      assert.doesNotMatch(address, /[,，]/);
    }
  });

  it('US addresses are one line ending in state and ZIP', () => {
    const rng = new Rng(24);
    for (let i = 0; i < N; i++) assert.match(usAddress(rng), /^\d+ [A-Za-z .#0-9,]+, [A-Z]{2} \d{5}(-\d{4})?$/);
  });
});

describe('documents and accounts', () => {
  it('passports and plates follow the PRC formats', () => {
    const rng = new Rng(25);
    for (let i = 0; i < N; i++) {
      assert.match(cnPassport(rng), /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/);
      const plate = licensePlate(rng);
      assert.match(
        plate,
        /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]·?([A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF])$/,
      );
    }
  });

  it('usernames and handles have no @ or spaces; QQ numbers have 6-10 digits', () => {
    const rng = new Rng(26);
    for (let i = 0; i < N; i++) {
      for (const handle of [username(rng), wechatId(rng), telegramHandle(rng)]) assert.match(handle, /^[A-Za-z0-9_.-]{3,32}$/);
      assert.match(qqNumber(rng), /^[1-9]\d{5,9}$/);
    }
  });

  it('passwords end in a letter or digit; hashes have their formats', () => {
    const rng = new Rng(27);
    for (let i = 0; i < N; i++) {
      assert.match(password(rng), /^\S*[A-Za-z0-9]$/);
      assert.match(passwordHash(rng), /^([0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|\$2[aby]\$1[02]\$[./A-Za-z0-9]{53})$/);
    }
  });
});
