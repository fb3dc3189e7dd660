// CN_RESIDENT_ID: 18-character IDs with area code, birth date and MOD 11-2 check; legacy 15-digit IDs with context.
import { cnLegacyResidentIdAt, cnResidentIdAt, todayValue } from '../checksums.js';
import type { Recognizer } from '../types.js';
import { digitRuns, joinedAfter, joinedBefore } from './numeric-tokens.js';

const NAME = 'cn-resident-id';
const SCORE = 0.95;
const CONTEXT_SCORE = 0.99;
const LEGACY_SCORE = 0.3;
// Above a card number without card context: 15-digit IDs under 34/37 area codes also look like Amex numbers.
const LEGACY_CONTEXT_SCORE = 0.92;
const CONTEXT = ['身份', '证件号', 'sfz', 'id card', 'idcard', 'id_card', 'id no', 'id number', 'identity', 'resident id'];

const GROUP_SEPARATORS = /[ -]/g;

/**
 * The end of an ID written in groups of 6, 8 and 4 characters (area, birth date, sequence and check) with one space or
 * dash between them, the same both times: "110105 19491231 002X", "110105-19491231-002X". Runs i, i+1, i+2; -1 if not.
 */
function groupedIdEnd(text: string, starts: Int32Array, ends: Int32Array, i: number, runsEnd: number): number {
  if (i + 2 >= runsEnd || ends[i + 1] - starts[i + 1] !== 8 || starts[i + 1] !== ends[i] + 1 || starts[i + 2] !== ends[i + 1] + 1) return -1;
  const separator = text.charCodeAt(ends[i]);
  if ((separator !== 32 && separator !== 45) || text.charCodeAt(ends[i + 1]) !== separator) return -1;
  const last = ends[i + 2] - starts[i + 2];
  if (last === 4) return ends[i + 2];
  const check = text.charCodeAt(ends[i + 2]);
  return last === 3 && (check === 88 || check === 120) ? ends[i + 2] + 1 : -1;
}

export const cnResidentId: Recognizer = {
  name: NAME,
  types: ['CN_RESIDENT_ID'],
  find(scan) {
    const { text } = scan;
    const { first, end: runsEnd, starts, ends } = digitRuns(scan);
    let today = -1;
    for (let i = first; i < runsEnd; i++) {
      const start = starts[i];
      const runEnd = ends[i];
      const length = runEnd - start;
      if (length === 6) {
        const grouped = groupedIdEnd(text, starts, ends, i, runsEnd);
        if (grouped < 0 || joinedBefore(text, start) || joinedAfter(text, grouped)) continue;
        if (today < 0) today = todayValue();
        if (!cnResidentIdAt(text.slice(start, grouped).replace(GROUP_SEPARATORS, ''), 0, today)) continue;
        scan.add('CN_RESIDENT_ID', start, grouped, scan.hasContext(start, grouped, CONTEXT) ? CONTEXT_SCORE : SCORE, NAME);
        i += 2;
        continue;
      }
      if (length < 15 || length > 18 || length === 16) continue;
      if (length === 15) {
        if (joinedBefore(text, start) || joinedAfter(text, runEnd)) continue;
        if (today < 0) today = todayValue();
        if (!cnLegacyResidentIdAt(text, start, today)) continue;
        const score = scan.hasContext(start, runEnd, CONTEXT) ? LEGACY_CONTEXT_SCORE : LEGACY_SCORE;
        scan.add('CN_RESIDENT_ID', start, runEnd, score, NAME);
        continue;
      }
      // 18 digits, or 17 digits and the check character X.
      let end = runEnd;
      if (length === 17) {
        const check = text.charCodeAt(runEnd);
        if (check !== 88 && check !== 120) continue;
        end = runEnd + 1;
      }
      if (joinedBefore(text, start) || joinedAfter(text, end)) continue;
      if (today < 0) today = todayValue();
      if (!cnResidentIdAt(text, start, today)) continue;
      scan.add('CN_RESIDENT_ID', start, end, scan.hasContext(start, end, CONTEXT) ? CONTEXT_SCORE : SCORE, NAME);
    }
  },
  examples: {
    positive: [
      { text: '身份证号：11010519491231002X', type: 'CN_RESIDENT_ID', value: '11010519491231002X' },
      { text: 'ID 440306199003071232 (test)', type: 'CN_RESIDENT_ID', value: '440306199003071232' },
      { text: '张三,11010519491231002x,北京', type: 'CN_RESIDENT_ID', value: '11010519491231002x' },
      { text: '证件号 "110101200001010010"', type: 'CN_RESIDENT_ID', value: '110101200001010010' },
      { text: '旧身份证号：110105491231002', type: 'CN_RESIDENT_ID', value: '110105491231002' },
      { text: '身份证 110105 19491231 002X 已核验', type: 'CN_RESIDENT_ID', value: '110105 19491231 002X' },
    ],
    negative: [
      '11010519491231002Y',
      '校验位错误 110105194912310021',
      '地区码不存在 000000194912310027',
      '未来日期 110105209912310029',
      '订单号 202311051230456789 / 20231105123045',
      '流水号 110105491231002',
      'SF11010519491231002X',
      '110105194912310020123',
      '110105 19491231 0021',
      '110105-19491231 002X',
    ],
  },
};
