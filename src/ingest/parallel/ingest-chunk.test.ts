import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rng, cnMobile, cnResidentId, cnResidentIdBadCheck, cnUnallocatedMobile, email, zhAddress, zhName } from '../../../test/synth/index.js';
import { Keyer } from '../../identity/prf.js';
import { emptyReport } from '../report.js';
import { IngestSink, type ColumnSpec } from '../table-sink.js';
import { KeyBatch } from '../keying.js';
import { readByteRows } from './byte-rows.js';
import { CollectingWriter } from './collecting-writer.js';
import { ingestChunk } from './ingest-chunk.js';
import type { WorkerSetup } from './protocol.js';

const keyer = new Keyer(Buffer.alloc(32, 3));

const column = (name: string, type: ColumnSpec['type'], kind: ColumnSpec['kind'], extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ name, type, kind, scan: false, account: false, ...extra });

/** name, ID number, phone, e-mail, address: the columns of a typical dump. */
const PEOPLE: ColumnSpec[] = [
  column('姓名', 'PERSON', null),
  column('身份证号', 'CN_RESIDENT_ID', 'id'),
  column('手机号', 'PHONE_NUMBER', 'phone'),
  column('邮箱', 'EMAIL_ADDRESS', 'email'),
  column('地址', 'ADDRESS', null),
];
/** An ignored column, an account column, and free text scanned for identifiers. */
const MIXED: ColumnSpec[] = [column('id', null, null), column('login', 'USERNAME', 'username', { account: true }), column('note', null, null, { scan: true })];

function setup(columns: ColumnSpec[], delimiter = ','): WorkerSetup {
  return { serverKey: new Uint8Array(32), encoding: 'utf-8', delimiter, width: columns.length, columns };
}

/** The chunk ingested from its bytes and as decoded text alone: the two must agree in every count, line and key. */
function assertSame(bytes: Uint8Array, columns: ColumnSpec[], delimiter = ','): ReturnType<typeof ingestChunk> {
  const text = ingestChunk(bytes, setup(columns, delimiter), keyer, new CollectingWriter(), false);
  const fromBytes = ingestChunk(bytes, setup(columns, delimiter), keyer, new CollectingWriter(), true);
  assert.deepEqual(fromBytes, text);
  return fromBytes;
}

function row(rng: Rng): string {
  return [zhName(rng).name, cnResidentId(rng), cnMobile(rng), email(rng), zhAddress(rng)].join(',');
}

/** How far the byte reader reads a chunk by itself before it hands over to the text parser. */
function bytesRead(text: string | Buffer, columns = PEOPLE): number {
  const bytes = Buffer.from(text);
  const sink = new IngestSink(new KeyBatch(keyer, new CollectingWriter()), emptyReport(''), new Map());
  sink.adopt(columns);
  return readByteRows(bytes, sink, { delimiter: 44, width: columns.length, maxRecord: 1024 * 1024 }).stop / bytes.length;
}

describe('ingestChunk: rows read from bytes', () => {
  it('reads plain rows from their bytes alone, with the same counts and keys as the text parser', () => {
    const rng = new Rng(5);
    const text = `${Array.from({ length: 500 }, () => row(rng)).join('\n')}\n`;
    const result = assertSame(Buffer.from(text), PEOPLE);
    assert.equal(result.counts.records, 500);
    assert.equal(result.count, 1500);
    assert.deepEqual(result.counts.dataClasses, { PERSON: 500, CN_RESIDENT_ID: 500, PHONE_NUMBER: 500, EMAIL_ADDRESS: 500, ADDRESS: 500 });
    assert.equal(bytesRead(text), 1);
  });

  it('agrees on line ends, blank lines, wrong field counts and a last line without a line end', () => {
    const rng = new Rng(6);
    const rows = Array.from({ length: 6 }, () => row(rng));
    const cases = [
      `${rows[0]}\r\n${rows[1]}\r\n`,
      `\n\n${rows[0]}\n\r\n\n${rows[1]}`,
      `${rows[0]},\n${rows[1]},,\n${rows[2]},x\n`,
      `a,b\n${rows[0]}\nonly one\n\n${rows[1]}\n,,,,,,\n,,,,\n`,
      `${rows[0]}\n${rows[1]}\r`,
    ];
    for (const text of cases) assertSame(Buffer.from(text), PEOPLE);
    const counted = assertSame(Buffer.from(cases[3]), PEOPLE).counts;
    assert.deepEqual(counted.skipSamples.map((s) => s.line), [1, 3]); // ',,,,,,' is a row: trailing delimiters go
    assert.equal(counted.records, 4);
    assert.equal(bytesRead(cases[3]), 1);
  });

  it('hands the rest of a chunk to the text parser at a quote or a NUL byte, with line numbers that go on', () => {
    const rng = new Rng(7);
    const rows = Array.from({ length: 8 }, () => row(rng));
    const quoted = `${rows[0]}\n${rows[1]}\nbad\n"${zhName(rng).name}","${cnResidentId(rng)}",${cnMobile(rng)},"a\nb",x\n${rows[2]}\nbad again\n`;
    const result = assertSame(Buffer.from(quoted), PEOPLE);
    assert.deepEqual(result.counts.skipSamples.map((s) => s.line), [3, 7]);
    assert.ok(bytesRead(quoted) > 0 && bytesRead(quoted) < 1);
    assertSame(Buffer.from(`${rows[3]}\n${rows[4]}\u0000\n${rows[5]}\n`), PEOPLE);
  });

  it('decodes what is not ASCII: full-width digits, spaced numbers, blank-looking and broken cells', () => {
    const rng = new Rng(8);
    const id = cnResidentId(rng);
    const phone = cnMobile(rng);
    const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const lines = [
      `张三,${fullWidth(id)},${fullWidth(phone)},${email(rng).toUpperCase()},北京市`,
      `\u3000\u3000,${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)},+86 ${phone},<${email(rng)}>,\u00a0`,
      ` , ${id} ,${phone.slice(0, 3)}-${phone.slice(3)},mailto:${email(rng)},\u3000x`,
      `\u2003李四,not an id,${email(rng)},13800138000,\ufeff`,
      `${cnResidentId(rng)}${cnMobile(rng)} 王五 ${email(rng)},12345678901234567890123,1,2,3`,
    ];
    const broken = Buffer.concat([Buffer.from(`${lines.join('\n')}\n`), Buffer.from([0xff, 0x2c, 0x80, 0xe5, 0x2c, 0x31, 0x2c, 0xc2, 0x2c, 0xe3, 0x80, 0x0a])]);
    const result = assertSame(broken, PEOPLE);
    assert.equal(result.counts.records, 6);
    assert.equal(bytesRead(broken), 1);
  });

  it('agrees on ignored, account and scanned columns, and other delimiters', () => {
    const rng = new Rng(9);
    const lines = Array.from({ length: 60 }, (_, i) => [String(i), i % 3 === 0 ? email(rng) : i % 3 === 1 ? cnMobile(rng) : `user_${i}`, `call ${cnMobile(rng)} or mail ${email(rng)}`]);
    assertSame(Buffer.from(`${lines.map((l) => l.join(',')).join('\n')}\n`), MIXED);
    assertSame(Buffer.from(`${lines.map((l) => l.join('\t')).join('\n')}\n`), MIXED, '\t');
    assertSame(Buffer.from(`${lines.map((l) => l.join('|')).join('\n')}\n`), MIXED, '|');
  });

  it('agrees on random mixes of rows, fragments, quotes, separators and bytes that are not UTF-8', () => {
    const rng = new Rng(10);
    const fragments = [
      () => cnResidentId(rng),
      () => cnMobile(rng),
      () => email(rng),
      () => cnResidentIdBadCheck(rng),
      () => cnUnallocatedMobile(rng),
      () => email(rng).toUpperCase(),
      () => zhName(rng).name,
      () => ',',
      () => '\n',
      () => '\r\n',
      () => '"',
      () => ' ',
      () => '\u3000',
      () => 'x',
      () => '',
      () => '\u0000',
    ];
    for (let n = 0; n < 300; n++) {
      const parts: Buffer[] = [];
      for (let i = rng.int(60); i >= 0; i--) {
        if (rng.chance(0.3)) parts.push(Buffer.from(`${row(rng)}\n`));
        else if (rng.chance(0.05)) parts.push(Buffer.from([0x80 + rng.int(128)]));
        else parts.push(Buffer.from(fragments[rng.int(fragments.length)]()));
      }
      assertSame(Buffer.concat(parts), rng.chance(0.5) ? PEOPLE : MIXED);
    }
  });
});
