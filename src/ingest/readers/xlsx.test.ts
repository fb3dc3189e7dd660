import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ZipFile as ZipWriter } from 'yazl';
import { IoError } from '../../io/errors.js';
import type { RecordSink } from './types.js';
import { looksLikeXlsx, readXlsx, type XlsxOptions } from './xlsx.js';
import { plainNumber, serialDate } from './xlsx-values.js';

// Workbooks are hand-written SpreadsheetML zipped with yazl, so each test controls exactly what the file holds.
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

interface Book {
  sheets: { name: string; rows: string; prefix?: string }[];
  /** Inner XML of each `<si>`. */
  strings?: string[];
  /** `<numFmts>` and `<cellXfs>` XML. */
  styles?: string;
  date1904?: boolean;
  /** Put the shared strings after the sheets in the zip, as some writers do. */
  stringsLast?: boolean;
}

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leakhound-xlsx-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function zip(parts: [string, string][]): Promise<Buffer> {
  const writer = new ZipWriter();
  for (const [name, text] of parts) writer.addBuffer(Buffer.from(text), name, { mtime: new Date(Date.UTC(2024, 0, 1)) });
  writer.end();
  const chunks: Buffer[] = [];
  for await (const chunk of writer.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function workbookParts(book: Book): [string, string][] {
  const rels = book.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  rels.push(`<Relationship Id="rIdY" Type="${REL}/styles" Target="/xl/styles.xml"/>`);
  const sheets: [string, string][] = book.sheets.map((sheet, i) => {
    const p = sheet.prefix ? `${sheet.prefix}:` : '';
    const ns = sheet.prefix ? `xmlns:${sheet.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
    return [`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0"?><${p}worksheet ${ns}><${p}sheetData>${sheet.rows}</${p}sheetData></${p}worksheet>`];
  });
  const strings: [string, string] = ['xl/sharedStrings.xml', `<sst xmlns="${MAIN}">${(book.strings ?? []).map((s) => `<si>${s}</si>`).join('')}</sst>`];
  return [
    ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    ['_rels/.rels', `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${book.date1904 ? ' date1904="1"' : ''}/><sheets>${
      book.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`],
    ...(book.stringsLast ? [] : [strings]),
    ['xl/styles.xml', `<styleSheet xmlns="${MAIN}">${book.styles ?? '<cellXfs><xf numFmtId="0"/></cellXfs>'}</styleSheet>`],
    ...sheets,
    ...(book.stringsLast ? [strings] : []),
  ];
}

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

const workbook = async (name: string, book: Book) => file(name, await zip(workbookParts(book)));

/** The sink calls as lines: `table NAME header|-`, `row N a|b|c`, `skip N reason`. */
function recorder(): RecordSink & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    table: (name, columns) => void lines.push(`table ${name} ${columns ? columns.join('|') : '-'}`),
    row(values, line) {
      assert.ok(Array.from(values).every((v) => typeof v === 'string'), `row ${line} has a hole or a non-string cell`);
      lines.push(`row ${line} ${values.join('|')}`);
    },
    record: () => assert.fail('xlsx rows are positional'),
    text: () => assert.fail('xlsx has no free text'),
    skip: (line, reason) => void lines.push(`skip ${line} ${reason}`),
  };
}

async function read(path: string, options?: XlsxOptions): Promise<string[]> {
  const sink = recorder();
  await readXlsx(path, sink, options);
  return sink.lines;
}

async function failure(path: string): Promise<IoError> {
  try {
    await read(path);
  } catch (err) {
    assert.ok(err instanceof IoError, `expected an IoError, got ${err}`);
    return err;
  }
  assert.fail(`${path} was read`);
}

const s = (index: number, ref: string) => `<c r="${ref}" t="s"><v>${index}</v></c>`;
const n = (value: string, ref: string, style = 0) => `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;
const DATE_STYLES = '<numFmts><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd;@"/><numFmt numFmtId="165" formatCode="00000"/>'
  + '<numFmt numFmtId="166" formatCode="&quot;day&quot; 0.00"/></numFmts>'
  + '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>';

test('two sheets: a header over typed values, and a sheet of text rows without a header', async () => {
  const path = await workbook('two.xlsx', {
    strings: ['<t>name</t>', '<t>phone</t>', '<t>id</t>', '<t>born</t>', '<t>Ann Example</t>', '<t>110105194912310021</t>', '<t>order</t>', '<t>A-1</t>'],
    styles: DATE_STYLES,
    sheets: [
      { name: 'Users', rows: `<row r="1">${s(0, 'A1')}${s(1, 'B1')}${s(2, 'C1')}${s(3, 'D1')}</row>`
        + `<row r="2">${s(4, 'A2')}${n('13800138000', 'B2')}${s(5, 'C2')}${n('33010', 'D2', 1)}</row>` },
      { name: 'Orders', rows: `<row r="3">${s(6, 'A3')}</row><row r="4">${s(7, 'A4')}</row>` },
    ],
  });
  assert.deepEqual(await read(path), [
    'table Users name|phone|id|born',
    'row 2 Ann Example|13800138000|110105194912310021|1990-05-17',
    'table Orders -',
    'row 3 order',
    'row 4 A-1',
  ]);
});

test('the isHeader hook decides for a first row of text', async () => {
  const path = await workbook('hook.xlsx', {
    strings: ['<t>email</t>', '<t>a@example.com</t>'],
    sheets: [{ name: 'S', rows: `<row r="1">${s(0, 'A1')}</row><row r="2">${s(1, 'A2')}</row>` }],
  });
  const seen: string[][] = [];
  const lines = await read(path, { isHeader: (cells) => (seen.push([...cells]), cells[0] === 'email') });
  assert.deepEqual(lines, ['table S email', 'row 2 a@example.com']);
  assert.deepEqual(seen, [['email']]);
  assert.deepEqual(await read(path, { isHeader: () => false }), ['table S -', 'row 1 email', 'row 2 a@example.com']);
});

test('a first row with a number or a gap is data, never a header', async () => {
  const path = await workbook('no-header.xlsx', {
    strings: ['<t>Ann</t>', '<t>x</t>'],
    sheets: [{ name: 'S', rows: `<row r="1">${s(0, 'A1')}${n('7', 'B1')}</row><row r="2">${s(1, 'A2')}${n('8', 'B2')}</row>`
      + `<row r="5">${s(0, 'A5')}</row>` }],
  });
  assert.deepEqual(await read(path, { isHeader: () => true }), ['table S -', 'row 1 Ann|7', 'row 2 x|8', 'row 5 Ann']);
});

test('numbers come out as their digits, never in exponent notation', async () => {
  const values = ['13800138000', '123456789012345678', '1.23456789012345E+17', '5E-07', '-1.5E+3', '0.1', '1234', '-42'];
  const path = await workbook('numbers.xlsx', {
    styles: DATE_STYLES,
    sheets: [{ name: 'N', rows: `<row r="1">${values.map((v, i) => n(v, `${String.fromCharCode(65 + i)}1`, i === 6 ? 4 : 0)).join('')}</row>` }],
  });
  assert.deepEqual(await read(path), [
    'table N -',
    'row 1 13800138000|123456789012345678|123456789012345000|0.0000005|-1500|0.1|01234|-42',
  ]);
});

test('plainNumber and serialDate', () => {
  assert.equal(plainNumber('1E+21'), '1000000000000000000000');
  assert.equal(plainNumber('-0.000123E-2'), '-0.00000123');
  assert.equal(plainNumber('1.5E+0'), '1.5');
  assert.equal(plainNumber('0E+0'), '0');
  assert.equal(serialDate(1, false), '1900-01-01');
  assert.equal(serialDate(61, false), '1900-03-01');
  assert.equal(serialDate(45292.75, false), '2024-01-01T18:00:00');
  assert.equal(serialDate(0, true), '1904-01-01');
  assert.equal(serialDate(-1, false), null);
});

test('dates by built-in and custom formats, in both date systems; other formats stay numbers', async () => {
  const rows = `<row r="1">${n('45292', 'A1', 2)}${n('45292.5', 'B1', 3)}${n('45292', 'C1', 1)}${n('45292', 'D1', 5)}</row>`;
  const path = await workbook('dates.xlsx', { styles: DATE_STYLES, sheets: [{ name: 'D', rows }] });
  assert.deepEqual(await read(path), ['table D -', 'row 1 2024-01-01|2024-01-01T12:00:00|2024-01-01|45292']);
  const path1904 = await workbook('dates1904.xlsx', { styles: DATE_STYLES, date1904: true, sheets: [{ name: 'D', rows }] });
  assert.deepEqual((await read(path1904))[1], 'row 1 2028-01-02|2028-01-02T12:00:00|2028-01-02|45292');
});

test('empty cells keep the positions of the cells after them', async () => {
  const path = await workbook('gaps.xlsx', {
    strings: ['<t>a</t>', '<t></t>'],
    sheets: [{ name: 'G', rows: `<row r="1">${s(0, 'A1')}<c r="B1" s="0"/>${n('4', 'D1')}<c><v>5</v></c>${s(1, 'F1')}</row>`
      + `<row r="2"><c r="C2"><v>3</v></c>${n('6', 'XFE2')}</row><row r="3"><c r="A3" s="1"/></row><row>${n('9', 'B4')}</row>` }],
  });
  assert.deepEqual(await read(path), ['table G -', 'skip 2 cells beyond column XFD left out', 'row 1 a|||4|5', 'row 2 ||3', 'row 4 |9']);
});

test('shared, inline and rich strings, formulas, booleans and errors', async () => {
  const path = await workbook('kinds.xlsx', {
    strings: ['<r><rPr><b/></rPr><t>Ann </t></r><r><t>Example</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh>', '<t xml:space="preserve">a&amp;b_x000D_c</t>'],
    sheets: [{ name: 'K', rows: '<row r="1">'
      + `${s(0, 'A1')}${s(1, 'B1')}`
      + '<c r="C1" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c>'
      + '<c r="D1" t="str"><f>A1&amp;"x"</f><v>Ann Examplex</v></c>'
      + '<c r="E1"><f>1+1</f><v>2</v></c>'
      + '<c r="F1"><f>NOW()</f></c>'
      + '<c r="G1" t="b"><v>1</v></c><c r="H1" t="b"><f>FALSE()</f><v>0</v></c>'
      + '<c r="I1" t="e"><v>#N/A</v></c>'
      + '<c r="J1" t="d"><v>2024-02-03T00:00:00</v></c>'
      + `${s(99, 'K1')}</row>` }],
  });
  assert.deepEqual(await read(path), ['table K -', 'row 1 Ann Example|a&b\rc|inline|Ann Examplex|2||TRUE|FALSE|#N/A|2024-02-03']);
});

test('shared strings after the sheets in the zip, prefixed element names, and a workbook held in memory', async () => {
  const book: Book = {
    stringsLast: true,
    strings: ['<t>first</t>', '<t>second</t>'],
    sheets: [{ name: 'P', prefix: 'x', rows: `<x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><x:c r="B1" t="s"><x:v>0</x:v></x:c></x:row>` }],
  };
  assert.deepEqual(await read(await workbook('order.xlsx', book)), ['table P -', 'row 1 second|first']);
  const sink = recorder();
  await readXlsx({ path: 'upload.xlsx', bytes: await zip(workbookParts(book)) }, sink);
  assert.deepEqual(sink.lines, ['table P -', 'row 1 second|first']);
});

test('an empty sheet still announces its table', async () => {
  const path = await workbook('empty.xlsx', { sheets: [{ name: 'Blank', rows: '' }, { name: 'One', rows: `<row r="1">${n('1', 'A1')}</row>` }] });
  assert.deepEqual(await read(path), ['table Blank -', 'table One -', 'row 1 1']);
});

test('files that are not xlsx workbooks fail with a clear error naming the file', async () => {
  const whole = await zip(workbookParts({ sheets: [{ name: 'S', rows: '' }] }));
  const cases: [string, Uint8Array | string, string][] = [
    ['text.xlsx', 'name,phone\nAnn,13800138000\n', 'not an xlsx workbook (not a zip archive, or truncated)'],
    ['cut.xlsx', whole.subarray(0, whole.length >> 1), 'not an xlsx workbook (not a zip archive, or truncated)'],
    ['legacy.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'not an xlsx workbook (an encrypted workbook or a legacy .xls file, not supported)'],
    ['plain.xlsx', await zip([['readme.txt', 'hello']]), 'not an xlsx workbook (no workbook part)'],
  ];
  for (const [name, bytes, reason] of cases) {
    const path = await file(name, bytes);
    const err = await failure(path);
    assert.equal(err.message, `${path}: ${reason}`);
  }
});

test('a corrupt worksheet fails naming the part, after the rows before the damage', async () => {
  const path = await workbook('broken.xlsx', { sheets: [{ name: 'B', rows: `<row r="1">${n('1', 'A1')}</row><row r="2">${n('2', 'A2')}</row><row r="3"><c r="A3"><v>3</v></row>` }] });
  const sink = recorder();
  await assert.rejects(readXlsx(path, sink), (err) => err instanceof IoError && /^.*broken\.xlsx\/xl\/worksheets\/sheet1\.xml: corrupt XML at line 1, column \d+$/.test(err.message));
  assert.deepEqual(sink.lines, ['table B -', 'row 1 1', 'row 2 2']);
});

test('a worksheet the workbook lists but the archive lacks is a corrupt workbook', async () => {
  const parts = workbookParts({ sheets: [{ name: 'Gone', rows: '' }] }).filter(([name]) => !name.startsWith('xl/worksheets/'));
  const path = await file('missing.xlsx', await zip(parts));
  assert.equal((await failure(path)).message, `${path}: corrupt workbook (no worksheet part for sheet "Gone")`);
});

test('looksLikeXlsx: a zip with xl/ parts, not any zip and not text', async () => {
  const book = await zip(workbookParts({ sheets: [{ name: 'S', rows: '' }] }));
  assert.equal(looksLikeXlsx(book.subarray(0, 4096)), true);
  assert.equal(looksLikeXlsx(await zip([['data.csv', 'a,b'], ['xl.txt', 'x']])), false);
  assert.equal(looksLikeXlsx(Buffer.from('xl/workbook.xml')), false);
});
