import { cnLegacyResidentIdValid, cnResidentIdValid, ssnValid } from '../checksums.js';
import { CN_COMPOUND_SURNAMES, CN_SINGLE_SURNAMES } from '../data/cn-surnames.js';
import { headerType } from '../header-names.js';
import type { EntityType, Recognizer, ScanState } from '../types.js';
import { isEmailOrPhone, isPlaceholder } from './credential-values.js';
import { lineBreaks } from './text-index.js';

const NAME = 'table-columns';
const SCORE = 0.95;
const MAX_HEADER = 400;

/** Column types whose cells this recognizer reports; the others are left to their own recognizers. */
const COLUMN_TYPES = ['PERSON', 'USERNAME', 'PASSWORD', 'ADDRESS', 'US_SSN', 'PASSPORT', 'CN_RESIDENT_ID'] as const;
type ColumnType = (typeof COLUMN_TYPES)[number];
const isColumnType = (type: EntityType | null): type is ColumnType => (COLUMN_TYPES as readonly (EntityType | null)[]).includes(type);
const DELIMITERS = ['\t', ',', '|', ';'] as const;
/** Header cells are words: a line with a colon label or a sentence end is prose. */
const NOT_HEADER = /[:：]\s|[。！？]/;
const SURNAMES = new Set([...CN_SINGLE_SURNAMES, ...CN_COMPOUND_SURNAMES.map((s) => s[0])]);

interface Cell {
  start: number;
  end: number;
}

/** Splits one line into cells (quotes removed from the span); `,` and `;` lines may quote a cell holding the delimiter. */
function cells(text: string, start: number, end: number, delimiter: string): Cell[] {
  const out: Cell[] = [];
  let at = start;
  while (at <= end) {
    let from = at;
    let to: number;
    if (text[at] === '"') {
      const close = text.indexOf('"', at + 1);
      if (close < 0 || close >= end) return [];
      from = at + 1;
      to = close;
      at = close + 1;
      if (at < end && text[at] !== delimiter) return [];
    } else {
      const next = text.indexOf(delimiter, at);
      to = next < 0 || next > end ? end : next;
      at = to;
    }
    while (from < to && (text[from] === ' ' || text[from] === "'" || text[from] === '"')) from++;
    while (to > from && (text[to - 1] === ' ' || text[to - 1] === "'" || text[to - 1] === '"' || text[to - 1] === '\r')) to--;
    out.push({ start: from, end: to });
    at++;
  }
  return out;
}


/** For the first look at a line: 1 a digit, 2 "@", 3 a delimiter, 0 anything else. */
const LINE_CLASS = new Uint8Array(65536);
for (let code = 48; code <= 57; code++) LINE_CLASS[code] = 1;
LINE_CLASS[64] = 2;
for (const ch of '\t,|;') LINE_CLASS[ch.charCodeAt(0)] = 3;

/**
 * A cheap first look at a line: short, with a delimiter, and without the digit runs and "@" of data rows. A plain
 * loop is much faster here than a regex of header words, which V8 tries at every position.
 */
function looksLikeHeader(text: string, start: number, end: number): boolean {
  if (end - start > MAX_HEADER || end === text.length) return false;
  let delimited = false;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const kind = LINE_CLASS[text.charCodeAt(i)];
    if (kind === 0) digits = 0;
    else if (kind === 1) {
      if (++digits === 3) return false;
    } else if (kind === 2) return false;
    else {
      digits = 0;
      delimited = true;
    }
  }
  return delimited;
}

/** Whether a cell's value has the shape of its column's type. */
function fits(type: ColumnType, value: string): boolean {
  if (value.length === 0 || isPlaceholder(value)) return false;
  switch (type) {
    case 'PERSON':
      return /^[\u4e00-\u9fff·]{2,8}$/.test(value)
        ? SURNAMES.has(value[0]) || value.includes('·')
        : /^[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.-]*(?: [A-ZÀ-Þ][A-Za-zÀ-ÿ'’.-]*){0,3}$/.test(value);
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

/** A header line at [start, end): its delimiter and the typed columns, or undefined. */
function header(text: string, start: number, end: number): { delimiter: string; count: number; typed: Map<number, ColumnType> } | undefined {
  if (NOT_HEADER.test(text.slice(start, end))) return undefined;
  for (const delimiter of DELIMITERS) {
    if (text.indexOf(delimiter, start) < 0 || text.indexOf(delimiter, start) >= end) continue;
    const heads = cells(text, start, end, delimiter);
    if (heads.length < 2) continue;
    const typed = new Map<number, ColumnType>();
    let plain = true;
    heads.forEach((cell, i) => {
      const value = text.slice(cell.start, cell.end);
      if (value.length > 30 || /\d{3}|@/.test(value)) plain = false;
      const type = headerType(value.replace(/"/g, ''));
      if (isColumnType(type)) typed.set(i, type);
    });
    if (plain && typed.size > 0) return { delimiter, count: heads.length, typed };
  }
  return undefined;
}

export interface Table {
  /** Where the data rows start and end (the header line excluded). */
  start: number;
  end: number;
  delimiter: string;
  typed: ReadonlyMap<number, ColumnType>;
  rows: Cell[][];
}

/** The end of line `k` of a text whose line breaks are `breaks`. */
const lineEndOf = (breaks: readonly number[], length: number, k: number) => (k < breaks.length ? breaks[k] : length);

function findTables(text: string, breaks: readonly number[]): Table[] {
  const tables: Table[] = [];
  for (let k = 0; k <= breaks.length; ) {
    const start = k === 0 ? 0 : breaks[k - 1] + 1;
    if (start >= text.length) break;
    const end = lineEndOf(breaks, text.length, k);
    k++;
    const head = looksLikeHeader(text, start, end) ? header(text, start, end) : undefined;
    if (!head) continue;
    const rows: Cell[][] = [];
    let covered = end;
    for (; k <= breaks.length; k++) {
      const row = breaks[k - 1] + 1;
      if (row >= text.length) break;
      const rowEnd = lineEndOf(breaks, text.length, k);
      const values = cells(text, row, rowEnd, head.delimiter);
      if (values.length !== head.count) break;
      rows.push(values);
      covered = rowEnd;
    }
    // Reading goes on at the line that ended the table, which may head another.
    if (rows.length > 0) tables.push({ start: end + 1, end: covered, delimiter: head.delimiter, typed: head.typed, rows });
  }
  return tables;
}

/** The delimited tables with a recognised header in a text, found once per text and shared with the combo recognizer. */
export function tablesOf(scan: ScanState): readonly Table[] {
  const breaks = lineBreaks(scan);
  return scan.memo('delimited-tables', (text) => findTables(text, breaks));
}

/** Cells of delimited tables (CSV, TSV, "|" tables) under a header that names their column: 姓名, username, pwd, 地址. */
export const tableColumnsRecognizer: Recognizer = {
  name: NAME,
  types: COLUMN_TYPES,
  find(scan: ScanState) {
    const { text } = scan;
    for (const table of tablesOf(scan)) {
      for (const values of table.rows) {
        for (const [column, type] of table.typed) {
          const cell = values[column];
          if (scan.wants(type) && fits(type, text.slice(cell.start, cell.end))) {
            scan.add(type as EntityType, cell.start, cell.end, SCORE, NAME);
          }
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
