import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headerType } from './header-names.js';

describe('headerType', () => {
  const cases: [string, string | null][] = [
    ['sfzh', 'CN_RESIDENT_ID'],
    ['身份证号', 'CN_RESIDENT_ID'],
    ['ID Card', 'CN_RESIDENT_ID'],
    ['mobile', 'PHONE_NUMBER'],
    ['联系电话', 'PHONE_NUMBER'],
    ['customerPhone', 'PHONE_NUMBER'],
    ['pwd', 'PASSWORD'],
    ['user_password', 'PASSWORD'],
    ['密码', 'PASSWORD'],
    ['username', 'USERNAME'],
    ['user_name', 'USERNAME'],
    ['userName', 'USERNAME'],
    ['QQ号', 'USERNAME'],
    ['姓名', 'PERSON'],
    ['real_name', 'PERSON'],
    ['收件人', 'PERSON'],
    ['xm', 'PERSON'],
    ['收货地址', 'ADDRESS'],
    ['home_address', 'ADDRESS'],
    ['email', 'EMAIL_ADDRESS'],
    ['邮箱', 'EMAIL_ADDRESS'],
    ['card_no', 'BANK_CARD'],
    ['银行卡号', 'BANK_CARD'],
    ['IBAN', 'IBAN'],
    ['ssn', 'US_SSN'],
    ['passport_no', 'PASSPORT'],
    ['车牌号', 'LICENSE_PLATE'],
    ['client_ip', 'IP_ADDRESS'],
    ['filename', null],
    ['order_id', null],
    ['created_at', null],
    ['amount', null],
    ['zip', null],
  ];
  for (const [header, expected] of cases) {
    it(`${header} -> ${expected}`, () => assert.equal(headerType(header), expected));
  }
});
