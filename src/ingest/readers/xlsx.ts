import { open } from 'node:fs/promises';
import { IoError } from '../../io/errors.js';
import { openZip, type ZipArchive, type ZipEntry, type ZipInput, type ZipItem, type ZipLimits } from '../../io/zip.js';
import type { RecordSink } from './types.js';
import { parseXml, Parts, readSharedStrings, relationships, relOfType, RunText, unescapeText } from './xlsx-parts.js';
import { columnOf, plainNumber, readStyles, serialDate, type Styles } from './xlsx-values.js';

/*
 * An .xlsx reader on the zip reader and a streaming XML parser. Random access to the archive lets the shared
 * strings and styles be read before the sheets whatever their order in the zip, so nothing is spooled to disk
 * (exceljs's streaming reader writes such sheets to temporary files, in plain text), and numbers are taken from
 * the XML text itself, so no digit is lost to a float. Only the shared strings table is held in memory.
 */

export interface XlsxOptions {
  /**
   * Decides whether a first row of non-empty text cells is a header (wire detect's `isHeaderRow` here).
   * Without it, such a row is a header when the row below it holds a number, date or boolean.
   */
  isHeader?: (cells: readonly string[]) => boolean;
  limits?: ZipLimits;
}

const MAX_COLUMN = 16_384; // XFD, Excel's last column
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

interface Workbook { date1904: boolean; sheets: { name: string; part: string | undefined }[] }
interface Row { values: string[]; number: number; allText: boolean; typed: boolean }

/** Holds back the first row until the second shows whether it is a header, then forwards rows to the sink. */
class SheetTable {
  private first: Row | null = null;
  private started = false;
  private readonly skips: [number, string][] = [];
  constructor(private readonly name: string, private readonly sink: RecordSink, private readonly isHeader?: (cells: readonly string[]) => boolean) {}
  row(row: Row): void {
    if (!this.started && !this.first) this.first = row;
    else {
      if (!this.started) this.start(row);
      this.sink.row(row.values, row.number);
    }
  }
  skip(line: number, reason: string): void {
    if (this.started) this.sink.skip(line, reason);
    else this.skips.push([line, reason]);
  }
  end(): void {
    if (!this.started) this.start(null);
  }
  private start(next: Row | null): void {
    this.started = true;
    const first = this.first;
    const header = first !== null && first.allText && (this.isHeader ? this.isHeader(first.values) : next?.typed === true);
    this.sink.table(this.name, header ? first.values : null);
    for (const [line, reason] of this.skips) this.sink.skip(line, reason);
    if (first && !header) this.sink.row(first.values, first.number);
  }
}

async function readSheet(entry: ZipEntry, table: SheetTable, strings: string[], styles: Styles, date1904: boolean): Promise<void> {
  const runs = new RunText();
  let values: string[] = [];
  let rowNumber = 0;
  let column = 0;
  let cell: { type: string; style: number; raw: string; inline: boolean } | null = null;
  let inValue = false;
  let allText = true;
  let typed = false;
  let wide = false;

  function cellText(c: NonNullable<typeof cell>): string {
    if (c.inline) return runs.take();
    if (c.raw === '') return '';
    switch (c.type) {
      case 's': return strings[Number(c.raw)] ?? '';
      case 'str': case 'inlineStr': return unescapeText(c.raw);
      case 'b': return c.raw.trim() === '1' ? 'TRUE' : 'FALSE';
      case 'e': return c.raw;
      case 'd': return c.raw.replace(/T00:00:00(\.0+)?Z?$/, '');
    }
    const date = styles.date[c.style] ? serialDate(Number(c.raw), date1904) : null;
    const number = date ?? plainNumber(c.raw);
    const width = styles.zeros[c.style] ?? 0;
    return date === null && /^\d+$/.test(number) ? number.padStart(width, '0') : number;
  }

  await parseXml(entry, {
    open(name, a) {
      if (name === 'row') {
        rowNumber = Number(a.r) || rowNumber + 1;
        [values, column, allText, typed, wide] = [[], 0, true, false, false];
      } else if (name === 'c') {
        column = columnOf(a.r) || column + 1;
        cell = { type: a.t ?? 'n', style: Number(a.s ?? 0), raw: '', inline: false };
      } else if (cell && name === 'v') inValue = true;
      else if (cell && name === 'is') cell.inline = true;
      else if (cell?.inline) runs.open(name);
    },
    text(text) {
      if (inValue && cell) cell.raw += text;
      else runs.append(text);
    },
    close(name) {
      if (name === 'v') inValue = false;
      else if (name === 'c' && cell) {
        const text = cellText(cell);
        if (column > MAX_COLUMN) wide = true;
        else {
          for (let i = values.length; i < column - 1; i++) values.push('');
          values[column - 1] = text;
          if (text !== '') {
            const isText = cell.inline || cell.type === 's' || cell.type === 'str' || cell.type === 'inlineStr';
            allText &&= isText;
            typed ||= cell.type === 'n' || cell.type === 'b' || cell.type === 'd';
          }
        }
        cell = null;
      } else if (name === 'row') {
        if (wide) table.skip(rowNumber, 'cells beyond column XFD left out');
        while (values.length > 0 && values[values.length - 1] === '') values.pop();
        if (values.length > 0) table.row({ values, number: rowNumber, allText: allText && !values.includes(''), typed });
      } else if (cell?.inline) runs.close(name);
    },
  });
}

async function readWorkbook(parts: Parts, path: string): Promise<{ book: Workbook; strings: string[]; styles: Styles }> {
  const root = relOfType(await relationships(parts, ''), 'officeDocument');
  const bookPart = root?.target ?? 'xl/workbook.xml';
  const entry = parts.get(bookPart);
  if (!entry) throw new IoError('READ', path, 'not an xlsx workbook (no workbook part)');
  const rels = await relationships(parts, bookPart);
  const book: Workbook = { date1904: false, sheets: [] };
  await parseXml(entry, {
    open(name, a) {
      if (name === 'workbookPr') book.date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name !== 'sheet') return;
      const rel = rels.get(Object.entries(a).find(([key]) => key.endsWith(':id'))?.[1] ?? '');
      if (!rel || rel.type.endsWith('/worksheet')) book.sheets.push({ name: a.name ?? '', part: rel?.target });
    },
  });
  const strings = await readSharedStrings(parts.get(relOfType(rels, 'sharedStrings')?.target ?? 'xl/sharedStrings.xml'));
  const styles = await readStyles(parts.get(relOfType(rels, 'styles')?.target ?? 'xl/styles.xml'));
  return { book, strings, styles };
}

async function startsWithCfb(input: ZipInput): Promise<boolean> {
  let head: Uint8Array = new Uint8Array(0);
  if (typeof input !== 'string') head = input.bytes;
  else {
    const file = await open(input).catch(() => null);
    if (file) head = (await file.read(Buffer.alloc(8), 0, 8, 0).finally(() => file.close())).buffer;
  }
  return CFB_MAGIC.every((b, i) => head[i] === b);
}

async function openWorkbook(input: ZipInput, limits?: ZipLimits): Promise<ZipArchive> {
  try {
    return await openZip(input, limits);
  } catch (err) {
    if (!(err instanceof IoError) || err.code !== 'READ') throw err;
    const why = (await startsWithCfb(input)) ? 'an encrypted workbook or a legacy .xls file, not supported' : err.reason;
    throw new IoError('READ', err.path, `not an xlsx workbook (${why})`);
  }
}

/**
 * Reads every worksheet of an .xlsx workbook (hidden ones too) into `sink`: `table(sheetName, header)`, then
 * `row(cells, rowNumber)` with each cell as text: numbers in plain decimal notation as written in the file
 * (padded for all-zeros formats like `00000`), dates as ISO 8601, booleans as TRUE/FALSE, formulas as their
 * cached result, error cells as their code (`#N/A`), empty cells as ''. Empty rows and trailing empty cells are
 * left out. A damaged or non-xlsx file throws an IoError naming the file or its part.
 */
export async function readXlsx(input: ZipInput, sink: RecordSink, options: XlsxOptions = {}): Promise<void> {
  const path = typeof input === 'string' ? input : input.path;
  const zip = await openWorkbook(input, options.limits);
  try {
    const items: ZipItem[] = [];
    for await (const item of zip.items()) items.push(item);
    const parts = new Parts(zip.path, items);
    const { book, strings, styles } = await readWorkbook(parts, path);
    for (const sheet of book.sheets) {
      const entry = sheet.part === undefined ? undefined : parts.get(sheet.part);
      if (!entry) throw new IoError('READ', path, `corrupt workbook (no worksheet part for sheet ${JSON.stringify(sheet.name)})`);
      const table = new SheetTable(sheet.name, sink, options.isHeader);
      await readSheet(entry, table, strings, styles, book.date1904);
      table.end();
    }
  } finally {
    zip.close();
  }
}

/**
 * Whether the start of a file is an .xlsx workbook: a zip archive with a local file header for an `xl/` part
 * in `head`. Excel and LibreOffice write such parts first; a caller that knows the name can also go by `.xlsx`.
 */
export function looksLikeXlsx(head: Uint8Array): boolean {
  if (!(head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)) return false;
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  for (let at = bytes.indexOf('PK\x03\x04'); at >= 0; at = bytes.indexOf('PK\x03\x04', at + 4)) {
    if (bytes.toString('latin1', at + 30, at + 33) === 'xl/') return true;
  }
  return false;
}
