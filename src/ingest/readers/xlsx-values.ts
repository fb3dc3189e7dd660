import type { ZipEntry } from '../../io/zip.js';
import { parseXml } from './xlsx-parts.js';

/* What a cell's XML text means: number formats and styles, plain numbers, serial dates and column letters. */

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Per cell style (`s` index): whether numbers are dates, and the width of an all-zeros format (`00000`), else 0. */
export interface Styles { date: boolean[]; zeros: number[] }

function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILTIN_DATE_FORMATS.has(id);
  // Quoted text, escaped characters, padding and [colour/locale] sections say nothing about dates.
  const bare = code.replace(/"[^"]*"|\\.|[_*].|\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare);
}

export async function readStyles(entry: ZipEntry | undefined): Promise<Styles> {
  const styles: Styles = { date: [], zeros: [] };
  if (!entry) return styles;
  const codes = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  await parseXml(entry, {
    open(name, a) {
      if (name === 'numFmt') codes.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  for (const id of xfFormats) {
    const code = codes.get(id);
    styles.date.push(isDateFormat(id, code));
    styles.zeros.push(code !== undefined && /^0+$/.test(code) ? code.length : 0);
  }
  return styles;
}

/** A number as written in the XML, in plain decimal notation: `1.2345E+17` becomes `123450000000000000`. */
export function plainNumber(raw: string): string {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?[eE]([+-]?\d{1,3})$/.exec(raw.trim());
  if (!match) return raw.trim();
  const [, sign, whole, fraction = '', exponent] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  let text: string;
  if (point <= 0) text = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) text = digits + '0'.repeat(point - digits.length);
  else text = `${digits.slice(0, point)}.${digits.slice(point)}`;
  text = text.replace(/^0+(?=\d)/, '');
  if (text.includes('.')) text = text.replace(/\.?0+$/, '');
  return (sign === '-' && /[1-9]/.test(text) ? '-' : '') + text;
}

/** An Excel serial date as ISO 8601: `yyyy-mm-dd`, with `Thh:mm:ss` when there is a time of day. */
export function serialDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return null;
  // The 1900 system counts a 29 February 1900 that never was (Lotus 1-2-3's leap-year bug).
  const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
  const seconds = Math.round(days * 86_400);
  const iso = new Date(EXCEL_EPOCH + seconds * 1000).toISOString();
  return seconds % 86_400 === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}

export function columnOf(ref: string | undefined): number {
  let column = 0;
  for (const ch of ref ?? '') {
    const code = ch.charCodeAt(0) & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column;
}
