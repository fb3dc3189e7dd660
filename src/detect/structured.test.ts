import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanRecords } from './records.js';
import { CARD_STYLES, Rng, bankCard, cnResidentId, email, enName, formatCard, zhName } from '../../test/synth/index.js';
import { classifyColumns, createRowScanner, scanTable } from './structured.js';

// Synthetic values only: IDs with valid area code, birth date and check digit; phones from allocated ranges.
const ROWS = [
  ['张伟', '11010519491231002X', '13800138000', 'zhangwei@example.com', '北京市朝阳区建国路88号', 'hunter2'],
  ['李娜', '44030519900101123X', '13912345678', 'lina88@example.org', '广东省深圳市南山区科技园路1号', 'P@ssw0rd!'],
  ['欧阳修远', '310104198512120015', '+86 186-0000-1234', 'oyxy@example.net', '上海市徐汇区漕溪北路18号3栋201室', '123456'],
];

describe('structured mode', () => {
  it('classifies labelled columns by header and values', () => {
    const header = ['姓名', 'sfzh', 'mobile', 'email', '地址', 'pwd'];
    const columns = classifyColumns(header, ROWS);
    assert.deepEqual(
      columns.map((c) => c.type),
      ['PERSON', 'CN_RESIDENT_ID', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'ADDRESS', 'PASSWORD'],
    );
    for (const column of columns) {
      assert.equal(column.sampled, 3);
      assert.ok(column.confidence >= 0.5, `${column.column} confidence ${column.confidence}`);
    }
  });

  it('classifies unlabelled columns from their values alone', () => {
    const columns = classifyColumns(null, ROWS.map((row) => row.slice(1, 4)));
    assert.deepEqual(columns.map((c) => c.type), ['CN_RESIDENT_ID', 'PHONE_NUMBER', 'EMAIL_ADDRESS']);
    assert.deepEqual(columns.map((c) => c.column), ['column 1', 'column 2', 'column 3']);
  });

  it('a header that lies loses to the values', () => {
    const columns = classifyColumns(['phone'], [['zhangwei@example.com'], ['lina88@example.org']]);
    assert.equal(columns[0].type, 'EMAIL_ADDRESS');
  });

  it('columns of order numbers, amounts and timestamps hold no type', () => {
    const rows = [
      ['202311051230450001', '13800.00', '2023-11-05 12:30:45'],
      ['202311051230450002', '99.50', '2023-11-05 12:31:02'],
    ];
    assert.deepEqual(classifyColumns(['order_id', 'amount', 'created_at'], rows).map((c) => c.type), [null, null, null]);
  });

  it('reports every cell of a typed column with spans inside the cell', () => {
    const header = ['姓名', 'sfzh', 'mobile', 'email', '地址', 'pwd'];
    const { columns, findings } = scanTable(ROWS, header);
    assert.deepEqual(columns.map((c) => c.count), [3, 3, 3, 3, 3, 3]);
    for (const finding of findings) {
      const cell = ROWS[finding.row][finding.column];
      assert.ok(finding.end <= cell.length);
    }
    const password = findings.find((f) => f.row === 1 && f.column === 5);
    assert.deepEqual(password && [password.type, password.start, password.end], ['PASSWORD', 0, 'P@ssw0rd!'.length]);
    const phone = findings.find((f) => f.row === 2 && f.column === 2);
    assert.deepEqual(phone && [phone.type, phone.start, phone.end], ['PHONE_NUMBER', 0, '+86 186-0000-1234'.length]);
  });

  it('scans many rows a column at a time as it scans them row by row', () => {
    const rng = new Rng(23);
    const header = ['name', 'id', 'card', 'email', 'note', 'extra'];
    const rows = Array.from({ length: 600 }, (_, i) => {
      const row = [
        i % 2 ? zhName(rng).name : enName(rng).name,
        cnResidentId(rng),
        formatCard(bankCard(rng), CARD_STYLES[i % CARD_STYLES.length]),
        email(rng),
        i % 3 ? `call 138${String(10_000_000 + i).slice(-8)} or write` : '',
      ];
      return i % 5 === 0 ? [...row, 'ssn 536-22-1847'] : row; // ragged rows: a sixth cell now and then
    });
    const scanner = createRowScanner(classifyColumns(header, rows.slice(0, 200)));
    const many = scanner.scanRows(rows, 7);
    assert.equal(many.length, rows.length);
    let count = 0;
    rows.forEach((row, i) => {
      assert.deepEqual(many[i], scanner.scanRow(row, 7 + i), `row ${i}`);
      count += many[i].length;
    });
    assert.ok(count > 2000);
    assert.deepEqual(scanner.scanRows([], 0), []);
  });

  it('scans JSON records with key paths as context', () => {
    const records = [
      { user: { name: '张伟', phone: '13800138000' }, items: [{ sku: 'A1' }], pwd: 'hunter2' },
      { user: { name: '李娜', phone: 13912345678 }, items: [], pwd: 'qwerty' },
    ];
    const { columns, findings } = scanRecords(records);
    const byPath = Object.fromEntries(columns.map((c) => [c.column, c.type]));
    assert.equal(byPath['user.name'], 'PERSON');
    assert.equal(byPath['user.phone'], 'PHONE_NUMBER');
    assert.equal(byPath['pwd'], 'PASSWORD');
    assert.equal(byPath['items[].sku'], null);
    assert.equal(findings.filter((f) => f.type === 'PHONE_NUMBER').length, 2);
  });
});
