import { cnLegacyResidentIdValid, cnResidentIdValid, ssnValid } from '../checksums.js';
import { CN_COMPOUND_SURNAMES, CN_SINGLE_SURNAMES } from '../data/cn-surnames.js';
import type { EntityType, Recognizer, ScanState } from '../types.js';
import { isEmailOrPhone, isPlaceholder } from './credential-values.js';
import { COLUMN_TYPES, type ColumnType, tablesOf } from './delimited-tables.js';

const NAME = 'table-columns';
const SCORE = 0.95;
const SURNAMES = new Set([...CN_SINGLE_SURNAMES, ...CN_COMPOUND_SURNAMES.map((s) => s[0])]);

/** A place's name, not a person's ("石家庄市", "栾城区", "南高村委会" under a "name" column of divisions). */
const PLACE_END = /(?:[省市区县旗镇乡村盟]|委会|街道)$/;
/** One word in capitals is an acronym or a code ("VAT", "CEDULA" under a "Name" column of tax numbers), not a name. */
const ACRONYM = /^[A-Z]{2,}$/;

/** Whether a cell's value has the shape of its column's type. */
function fits(type: ColumnType, value: string): boolean {
  if (value.length === 0 || isPlaceholder(value)) return false;
  switch (type) {
    case 'PERSON':
      return /^[\u4e00-\u9fff·]{2,8}$/.test(value)
        ? (SURNAMES.has(value[0]) && !PLACE_END.test(value)) || value.includes('·')
        : /^[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.-]*(?: [A-ZÀ-Þ][A-Za-zÀ-ÿ'’.-]*){0,3}$/.test(value) && !ACRONYM.test(value);
    case 'USERNAME':
      return value.length <= 64 && !/\s/.test(value) && !isEmailOrPhone(value);
    case 'PASSWORD':
      return value.length <= 256 && !/[\r\n]/.test(value);
    case 'ADDRESS':
      return value.length >= 4 && value.length <= 200 && /[A-Za-z\u4e00-\u9fff]/.test(value) && /[\d\u4e00-\u9fff]/.test(value);
    case 'US_SSN':
      return /^\d{3}[- ]?\d{2}[- ]?\d{4}$/.test(value) && ssnValid(value.replace(/\D/g, ''));
    case 'PASSPORT':
      return /^[A-Z]{1,2}\d{6,9}$/.test(value);
    case 'CN_RESIDENT_ID': // the legacy 15-digit form needs context, and the header is that context
      return value.length === 15 ? cnLegacyResidentIdValid(value) : value.length === 18 && cnResidentIdValid(value);
  }
}

/** Cells of delimited tables (CSV, TSV, "|" tables) under a header that names their column: 姓名, username, pwd, 地址. */
export const tableColumnsRecognizer: Recognizer = {
  name: NAME,
  types: COLUMN_TYPES,
  find(scan: ScanState) {
    const { text } = scan;
    for (const { columns, types, cells } of tablesOf(scan)) {
      for (let at = 0; at < cells.length; ) {
        for (let column = 0; column < columns.length; column++, at += 2) {
          const type = types[column];
          const start = cells[at];
          const end = cells[at + 1];
          if (scan.wants(type) && fits(type, text.slice(start, end))) scan.add(type as EntityType, start, end, SCORE, NAME);
        }
      }
    }
  },
  examples: {
    positive: [
      { text: 'user\torder_id\nnight_ghost43\t21101455214562', type: 'USERNAME', value: 'night_ghost43' },
      { text: '姓名,电话,地址\n李秀兰,13800138000,铁岭市西丰县蓝湾半岛15栋1单元2204室', type: 'PERSON', value: '李秀兰' },
      { text: '姓名,电话,地址\n李秀兰,13800138000,铁岭市西丰县蓝湾半岛15栋1单元2204室', type: 'ADDRESS', value: '铁岭市西丰县蓝湾半岛15栋1单元2204室' },
      { text: 'email|pwd\n"zw@example.com"|"Winter2016@3"', type: 'PASSWORD', value: 'Winter2016@3' },
      { text: 'name\tdob\tssn\nJohn Carter\t1980-02-11\t524712345', type: 'US_SSN', value: '524712345' },
      { text: 'name,passport_no\nWang Fang,E12345678', type: 'PASSPORT', value: 'E12345678' },
      { text: '姓名,身份证号\n王芳,110105491231002', type: 'CN_RESIDENT_ID', value: '110105491231002' },
    ],
    negative: ['name,price\nApple iPhone 15,5999', 'id,status\n1,active', 'username: required, password: optional', 'ssn,passport\n000123456,12345678'],
  },
};
