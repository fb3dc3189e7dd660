import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MaskConfig } from '../types.js';
import { createOperator } from './index.js';

// Synthetic values only: test numbers, example.com, placeholder names.
const DEFAULTS: [type: string, value: string, masked: string][] = [
  ['PHONE_NUMBER', '13800138000', '138****8000'],
  ['PHONE_NUMBER', '+86 138-0013-8000', '+86 138-****-8000'],
  ['PHONE_NUMBER', '+8613800138000', '+86138****8000'],
  ['PHONE_NUMBER', '008613800138000', '0086138****8000'],
  ['PHONE_NUMBER', '(+86) 138 0013 8000', '(+86) 138 **** 8000'],
  ['PHONE_NUMBER', '010-12345678', '010-****5678'],
  ['PHONE_NUMBER', '+1 (202) 555-0143', '+1 (202) ***-0143'],
  ['PHONE_NUMBER', '95588', '9***8'],
  ['CN_RESIDENT_ID', '11010519491231002X', '110105********002X'],
  ['CN_RESIDENT_ID', '110105491231002', '110105*****1002'],
  ['BANK_CARD', '6222 0212 3456 1234', '**** **** **** 1234'],
  ['BANK_CARD', '6222021234567890123', '***************0123'],
  ['EMAIL_ADDRESS', 'zhangsan@example.com', 'z***@example.com'],
  ['EMAIL_ADDRESS', 'a@example.com', 'a***@example.com'],
  ['PERSON', '张三', '张*'],
  ['PERSON', '张三丰', '张**'],
  ['PERSON', '欧阳娜娜', '欧阳**'],
  ['PERSON', '欧阳', '欧*'],
  ['PERSON', 'John Smith', 'J*** S****'],
  ['PERSON', '阿依古丽·买买提', '阿***·***'],
  ['ADDRESS', '北京市朝阳区建国路88号', '北京市朝阳区******'],
  ['ADDRESS', '广东省深圳市南山区科技园路1号', '广东省深圳市南山区******'],
  ['ADDRESS', '新疆维吾尔自治区乌鲁木齐市天山区人民路5号', '新疆维吾尔自治区乌鲁木齐市天山区*****'],
  ['ADDRESS', '北京市海淀区中关村超市', '北京市海淀区*****'],
  ['ADDRESS', '上海市南京西路小区3号楼', '上海市*********'],
  ['ADDRESS', '江苏省昆山市玉山镇人民路小区8号', '江苏省昆山市**********'],
  ['ADDRESS', '1600 Amphitheatre Parkway, Mountain View, CA 94043', '**** ************ *******, Mountain View, CA *****'],
  ['PASSWORD', 'hunter2', '******'],
  ['IP_ADDRESS', '192.168.1.10', '***.***.*.**'],
  ['US_SSN', '123-45-6789', '***-**-****'],
  ['USERNAME', 'zhangsan_88', '********_**'],
];

const CONFIGURED: [config: MaskConfig, type: string, value: string, masked: string][] = [
  [{ operator: 'mask', keepStart: 4, keepEnd: 2 }, 'CN_RESIDENT_ID', '11010519491231002X', '1101************2X'],
  [{ operator: 'mask', keepEnd: 0 }, 'CN_RESIDENT_ID', '11010519491231002X', '110105************'],
  [{ operator: 'mask', maskChar: '#' }, 'PHONE_NUMBER', '13800138000', '138####8000'],
  [{ operator: 'mask', maskChar: '×' }, 'PERSON', '张三丰', '张××'],
  [{ operator: 'mask', keepStart: 2, keepEnd: 2 }, 'EMAIL_ADDRESS', 'zhangsan@example.com', 'zh****an@example.com'],
  [{ operator: 'mask', keepStart: 0, keepEnd: 0 }, 'BANK_CARD', '6222 0212 3456 1234', '**** **** **** ****'],
  [{ operator: 'mask', keepStart: 1 }, 'USERNAME', 'zhangsan', 'z*******'],
  // Counts larger than the value never show it whole.
  [{ operator: 'mask', keepStart: 6, keepEnd: 6 }, 'USERNAME', 'zhangsan', 'zh****an'],
];

describe('mask operator', () => {
  const mask = createOperator({ operator: 'mask' });
  for (const [type, value, masked] of DEFAULTS) {
    it(`${type} ${value} -> ${masked}`, () => assert.equal(mask.apply(value, type), masked));
  }
  for (const [config, type, value, masked] of CONFIGURED) {
    it(`${JSON.stringify(config)} ${type} ${value} -> ${masked}`, () => assert.equal(createOperator(config).apply(value, type), masked));
  }

  it('rejects a bad mask character or count with INVALID_CONFIG', () => {
    for (const config of [
      { operator: 'mask', maskChar: '**' },
      { operator: 'mask', maskChar: '' },
      { operator: 'mask', keepStart: -1 },
      { operator: 'mask', keepEnd: 1.5 },
    ] as MaskConfig[]) {
      assert.throws(() => createOperator(config), { name: 'RedactError', code: 'INVALID_CONFIG' });
    }
  });
});
