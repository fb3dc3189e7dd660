// LICENSE_PLATE: PRC plates, a pattern row with a validation hook.
import { CN_PLATE_EMBASSY, CN_PLATE_PROVINCES } from '../data/cn-plates.js';
import { patternRecognizer } from '../pattern-recognizer.js';
import { zhIndex } from './zh-keywords.js';

const LETTER = 'A-HJ-NP-Z'; // I and O are not used
const SEPARATOR = '[·•・ ]?';

// Province + issuing-authority letter + tail: new-energy small (D/F + 5) or large (5 + D/F), ordinary 5, or 4 + a
// special ending (学 driving school, 警 police, 港/澳 cross-border, 挂 trailer, 领 consulate); or an embassy plate 使 + 6 digits.
const PLATE = new RegExp(
  `(?:[${CN_PLATE_PROVINCES}][${LETTER}]${SEPARATOR}(?:[DF][${LETTER}0-9]\\d{4}|\\d{5}[DF]|[${LETTER}0-9]{5}|[${LETTER}0-9]{4}[学警港澳挂领])` +
    `|${CN_PLATE_EMBASSY}\\d{3}${SEPARATOR}\\d{3})(?![A-Za-z0-9])`,
  'g',
);

/** At most two letters after the issuing authority's letter: plates are mostly digits. */
function plausibleTail(plate: string): boolean {
  let letters = 0;
  for (let p = 2; p < plate.length; p++) {
    const c = plate.charCodeAt(p);
    if (c >= 65 && c <= 90 && ++letters > 2) return false;
  }
  return true;
}

export const licensePlate = patternRecognizer({
  name: 'license-plate',
  type: 'LICENSE_PLATE',
  patterns: [PLATE],
  // Every plate starts with a CJK character: in a text scanned as Chinese, the shared pass over it has found where.
  starts: (scan) => (scan.languages.has('zh') ? zhIndex(scan).plateStarts : undefined),
  score: 0.85,
  context: ['车牌', '牌照', '号牌', '车辆', 'plate'],
  contextScore: 0.95,
  validate: plausibleTail,
  examples: {
    positive: [
      { text: '车牌号：京A·12345', type: 'LICENSE_PLATE', value: '京A·12345' },
      { text: '粤B D12345 新能源', type: 'LICENSE_PLATE', value: '粤B D12345' },
      { text: '沪AD12345停在门口', type: 'LICENSE_PLATE', value: '沪AD12345' },
      { text: '大型新能源车 浙A12345F。', type: 'LICENSE_PLATE', value: '浙A12345F' },
      { text: '教练车 川A1234学', type: 'LICENSE_PLATE', value: '川A1234学' },
      { text: '粤Z·A123港 跨境', type: 'LICENSE_PLATE', value: '粤Z·A123港' },
      { text: '苏E·AB123', type: 'LICENSE_PLATE', value: '苏E·AB123' },
      { text: '使馆车辆 使014·578', type: 'LICENSE_PLATE', value: '使014·578' },
    ],
    negative: [
      '京I12345',
      '京A1234',
      '京A123456',
      '京AABCDE',
      '新ABCD12',
      '北京 A12345',
      '京a12345',
    ],
  },
});
