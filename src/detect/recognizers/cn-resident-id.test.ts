import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../scan-text.js';

function found(text: string, minScore?: number): string[] {
  return scanText(text, { types: ['CN_RESIDENT_ID'], minScore }).map((f) => text.slice(f.start, f.end));
}

describe('CN_RESIDENT_ID', () => {
  const positive: [string, string[]][] = [
    ['11010519491231002X', ['11010519491231002X']],
    ['身份证号：11010519491231002X。', ['11010519491231002X']],
    ['"11010519491231002x"', ['11010519491231002x']],
    ['张三,440306199003071232,男', ['440306199003071232']],
    ['(310115198001012011)', ['310115198001012011']],
    ['leap day 110105200002291235', ['110105200002291235']],
    ['ids: 11010519491231002X 440306199003071232', ['11010519491231002X', '440306199003071232']],
    ['身份证号码 110105491231002', ['110105491231002']],
    ['ID card: 110105491231002', ['110105491231002']],
    ['"idCard":"440306199003071232"', ['440306199003071232']],
    ['身份证 110105 19491231 002X 已核验', ['110105 19491231 002X']],
    ['ID: 440306-19900307-1232.', ['440306-19900307-1232']],
  ];
  for (const [text, values] of positive) {
    it(`finds ${values.join(', ')} in "${text}"`, () => assert.deepEqual(found(text), values));
  }

  const negative = [
    '110105 19491231 0021', // grouped, check digit
    '110105-19491231 002X', // two different separators
    '110105  19491231  002X', // two spaces
    'SN 110105 19491231 002X7', // a longer group
    '110105194912310021', // check digit
    '000000194912310027', // area
    '110105200102291232', // 29 February 2001
    '110105189912311237', // before 1900
    '110105209912310029', // in the future
    '11010519491231002Y',
    '110105491231002', // 15 digits without context
    '1110105194912310020', // inside 19 digits
    'SF11010519491231002X',
    '11010519491231002X1',
    '20231105123045',
    '202311051230456789',
  ];
  for (const text of negative) {
    it(`stays quiet on "${text}"`, () => assert.deepEqual(found(text), []));
  }

  it('reports a 15-digit number without context below the default threshold', () => {
    const [finding] = scanText('110105491231002', { types: ['CN_RESIDENT_ID'], minScore: 0 });
    assert.ok(finding.score < 0.5);
  });
});
