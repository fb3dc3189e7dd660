import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../scan-text.js';

function found(text: string): string[] {
  return scanText(text, { types: ['LICENSE_PLATE'] }).map((f) => text.slice(f.start, f.end));
}

describe('LICENSE_PLATE', () => {
  const positive: [string, string[]][] = [
    ['京A12345', ['京A12345']],
    ['车牌号：京A·12345。', ['京A·12345']],
    ['粤B 12345', ['粤B 12345']],
    ['苏E·AB123', ['苏E·AB123']],
    ['沪AD12345', ['沪AD12345']],
    ['沪A·F12345', ['沪A·F12345']],
    ['浙A12345D', ['浙A12345D']],
    ['川A1234学', ['川A1234学']],
    ['粤Z·A123港', ['粤Z·A123港']],
    ['鲁B1234挂', ['鲁B1234挂']],
    ['京A1234警', ['京A1234警']],
    ['沪A1234领', ['沪A1234领']],
    ['使014·578', ['使014·578']],
    ['车辆京A12345与沪B67890相撞', ['京A12345', '沪B67890']],
  ];
  for (const [text, values] of positive) {
    it(`finds ${values.join(', ')} in "${text}"`, () => assert.deepEqual(found(text), values));
  }

  const negative = [
    '京I12345',
    '京O12345',
    '京A1234',
    '京A123456',
    '京A12I45',
    '京AABCDE',
    '新ABCD12',
    '北京 A12345',
    '京a12345',
    '京A12345X',
    '京A1234测',
  ];
  for (const text of negative) {
    it(`stays quiet on "${text}"`, () => assert.deepEqual(found(text), []));
  }
});
