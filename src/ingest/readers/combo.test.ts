import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COMBO_COLUMNS, COMBO_SKIPS, createComboParser, looksLikeComboList, parseComboLine, type ComboRow, type ComboSkip } from './combo.js';
import { readWith, type Call } from '../../../test/support/recording-sink.js';

function read(text: string, chunk = Math.max(text.length, 1)): Call[] {
  return readWith((sink) => createComboParser(sink), text, chunk);
}

/** Deterministic synthetic data: no real person's data. */
function random(seed: number): (n: number) => number {
  return (n) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
}

function digits(next: (n: number) => number, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += next(10);
  return out;
}

/** A combo list of every supported form, with notes, banners and blank lines; `dirty` adds binary and prose lines. */
function comboList(lines: number, seed = 7, dirty = true): string {
  const next = random(seed);
  const out: string[] = ['==== FRESH COMBO 2024 ====', 'Telegram: @combo_seller_example', '# checked, valid', ''];
  for (let i = 0; i < lines; i++) {
    const phone = `138${digits(next, 8)}`;
    const email = `user${i}@example.com`;
    const secret = `Pw${digits(next, 6)}!${'x:|;'[next(4)]}z`;
    const forms = [
      `${email}:${secret}`,
      `${phone}----${secret}`,
      `user${i}|${secret}`,
      `user${i};${secret}`,
      `${email}:${secret}:extra${i}`,
      `${email}\t${secret}`,
      `user${i}----${secret}----${email}`,
      `https://site${i % 9}.example.com/login:${email}:${secret}`,
      `shop${i % 5}.com:user${i}:${secret}`,
      `// note ${i}`,
      '',
      `\x00\x01\x02${email}:junk`,
      `no separator here ${i}`,
    ];
    out.push(forms[next(dirty ? forms.length : forms.length - 2)]);
  }
  return `${out.join(next(2) ? '\n' : '\r\n')}\n`;
}

test('each line form becomes [login, password, extra, site] or a skip reason', () => {
  const cases: [string, ComboRow | ComboSkip][] = [
    ['user123@example.com:secret', ['user123@example.com', 'secret', null, null]],
    ['13812345678----Secret1', ['13812345678', 'Secret1', null, null]],
    ['13812345678-----dash-run', ['13812345678', 'dash-run', null, null]],
    ['alice|p@ss:word', ['alice', 'p@ss:word', null, null]],
    ['alice;p|w', ['alice', 'p|w', null, null]],
    ['alice\tpw\t10.0.0.1\tUS', ['alice', 'pw', '10.0.0.1\tUS', null]],
    ['user123@example.com:pw:extra', ['user123@example.com', 'pw', 'extra', null]],
    ['user123@example.com:pw:https://site.example.com/x', ['user123@example.com', 'pw', 'https://site.example.com/x', null]],
    ['alice----pw----user123@example.com', ['alice', 'pw', 'user123@example.com', null]],
    ['alice:pw:', ['alice', 'pw', null, null]],
    ['alice : pw', ['alice', 'pw', null, null]],
    ['user123@example.com | pw | Plan = US', ['user123@example.com', 'pw', 'Plan = US', null]],
    ['first-name.last_name:pw', ['first-name.last_name', 'pw', null, null]],
    ['张三:密码123', ['张三', '密码123', null, null]],
    ['https://site.com/login:user1:pw', ['user1', 'pw', null, 'https://site.com/login']],
    ['https://site.com:8443/login:user1:pw', ['user1', 'pw', null, 'https://site.com:8443/login']],
    ['https://site.com:13812345678:pw', ['13812345678', 'pw', null, 'https://site.com']],
    ['https://site.com/login user1:pw', ['user1', 'pw', null, 'https://site.com/login']],
    ['https://site.com/login | user1 | pw', ['user1', 'pw', null, 'https://site.com/login']],
    ['android://key==@com.example.app/:user1:pw', ['user1', 'pw', null, 'android://key==@com.example.app/']],
    ['site.com:user1:pw', ['user1', 'pw', null, 'site.com']],
    ['www.site.cn|user1|pw', ['user1', 'pw', null, 'www.site.cn']],
    ['site.com/login:user1:pw', ['user1', 'pw', null, 'site.com/login']],
    ['10.0.0.1:8080:admin:pw', ['admin', 'pw', null, '10.0.0.1:8080']],
    ['tom.li:pw:x', ['tom.li', 'pw', 'x', null]], // "li" is no site TLD here: a user name
    ['# comment', 'comment'],
    ['// comment', 'comment'],
    ['==== FRESH COMBO 2024 ====', 'banner'],
    ['━━━ Telegram ━━━', 'banner'],
    ['----------------', 'banner'],
    ['Telegram: @seller_example', 'label line'],
    ['Total lines: 5000', 'label line'],
    ['no separator here', 'no separator'],
    ['t.me/example_channel', 'no separator'],
    [':pw', 'no login'],
    ['two words:pw', 'not a login'],
    [`${'a'.repeat(300)}:pw`, 'not a login'],
    ['user123@example.com:', 'no password'],
    ['https://t.me/example_channel', 'url without credential'],
    ['https://u:p@host.example.com/path', 'url without credential'],
    ['\x00\x01\x02abc:def', 'binary content'],
  ];
  for (const [line, expected] of cases) assert.deepEqual(parseComboLine(line), expected, JSON.stringify(line));
});

test('rows go to one combo table declared before the first row; notes are skipped with their line', () => {
  const text = [
    '==== FRESH COMBO 2024 ====',
    'email:password',
    '',
    'user1@example.com:pw1',
    '   ',
    '13800000001----pw2',
    'email:password',
    'Telegram: @seller_example',
  ].join('\r\n');
  assert.deepEqual(read(text), [
    ['skip', 1, 'banner'],
    ['skip', 2, 'header'],
    ['table', 'combo', COMBO_COLUMNS],
    ['row', ['user1@example.com', 'pw1', null, null], 4],
    ['row', ['13800000001', 'pw2', null, null], 6],
    ['row', ['email', 'password', null, null], 7], // after the first row, a credential like any other
    ['skip', 8, 'label line'],
  ]);
});

test('the same calls for any chunking, CRLF or LF', () => {
  const text = comboList(2000);
  const expected = read(text);
  assert.ok(expected.filter((c) => c[0] === 'row').length > 1000);
  for (const chunk of [1, 2, 3, 7, 64]) assert.deepEqual(read(text, chunk), expected, `chunks of ${chunk}`);
  assert.deepEqual(read(text.replaceAll('\r\n', '\n')), expected);
});

test('a file cut anywhere: no throw, and every line before the cut comes out as in the whole file', () => {
  const text = comboList(40, 3);
  const whole = read(text);
  for (let cut = 0; cut <= text.length; cut++) {
    const part = text.slice(0, cut);
    const lastLine = part.split('\n').length; // the line the cut is in
    const before = (calls: Call[]) => calls.filter((c) => ((c[0] === 'skip' ? c[1] : c[2]) as number) < lastLine || c[0] === 'table');
    const got = before(read(part, 5));
    assert.deepEqual(got, before(whole).slice(0, got.length), `cut at ${cut}`);
    assert.equal(got.filter((c) => c[0] !== 'table').length, before(whole).filter((c) => c[0] !== 'table').length);
  }
});

test('a huge line is skipped once as too long, and reading goes on at the next line', () => {
  const text = `user1@example.com:pw1\n${'user2@example.com:'.padEnd(200_000, 'x')}\nuser3@example.com:pw3\n`;
  for (const chunk of [7, 4096, text.length]) {
    assert.deepEqual(read(text, chunk), [
      ['table', 'combo', COMBO_COLUMNS],
      ['row', ['user1@example.com', 'pw1', null, null], 1],
      ['skip', 2, 'line too long'],
      ['row', ['user3@example.com', 'pw3', null, null], 3],
    ]);
  }
});

test('hostile input: no throw, and skip reasons come from the fixed list, never from the content', () => {
  const next = random(42);
  const alphabet = 'ab:|;\t-\r\n\x00\x01#/=@. \ufffd😀\ud800';
  let text = '';
  for (let i = 0; i < 50_000; i++) text += alphabet[next(alphabet.length)];
  text += `\nSECRET_MARKER:${'SECRET_MARKER '.repeat(10_000)}\n`;
  const calls = read(text, 997);
  const reasons = new Set(calls.filter((c) => c[0] === 'skip').map((c) => c[2]));
  assert.ok(reasons.size >= 5);
  for (const reason of reasons) assert.ok((COMBO_SKIPS as readonly unknown[]).includes(reason), String(reason));
  assert.ok(reasons.has('line too long'));
});

test('looksLikeComboList: credential lists yes; tables, JSON, SQL, logs and prose no', () => {
  const combo = comboList(60, 7, false).split(/\r?\n/).slice(0, 50);
  const cases: [string[], boolean][] = [
    [combo, true],
    [['user1@example.com:pw1', 'user2@example.com:pw2', '13800000003----pw3'], true],
    [['==== COMBO ====', 'user1|pw1', 'user2|pw2', '', 'Telegram: @seller_example'], true],
    [['user1@example.com:pw1'], false], // one line proves nothing
    [['id,name,email', '1,Ann,ann@example.com', '2,Bob,bob@example.com'], false],
    [['id;name;email', '10;Ann;ann@example.com', '11;Bob;bob@example.com'], false],
    [['alice----pw1----alice@example.com', 'bob----pw2----bob@example.com'], true],
    [['admin:admin', 'test:test', 'user1@example.com:pw1'], true],
    [['id\tname\temail\tphone\tcity', '1\tAnn\tann@example.com\t13800000001\tX', '2\tBob\tbob@example.com\t13800000002\tY'], false],
    [['{"email":"ann@example.com"}', '{"email":"bob@example.com"}'], false],
    [['INSERT INTO users VALUES (1, \'ann\');', 'INSERT INTO users VALUES (2, \'bob\');'], false],
    [['2024-01-01 10:00:00 INFO started', '2024-01-01 10:00:01 WARN slow'], false],
    [['Dear customer: your order shipped.', 'Call us at: 400 800 1234.', 'Thanks'], false],
  ];
  for (const [lines, expected] of cases) assert.equal(looksLikeComboList(lines), expected, lines[0]);
});
