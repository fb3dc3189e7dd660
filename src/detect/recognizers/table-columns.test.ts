import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../scan-text.js';

function found(text: string, type: string): string[] {
  return scanText(text, { types: [type] }).map((f) => text.slice(f.start, f.end));
}

describe('cells under a column header', () => {
  const cases: [string, string, string[]][] = [
    ['user\torder_id\nnight_ghost43\t21101455214562\nxX_gamer_Xx\t442214525685', 'USERNAME', ['night_ghost43', 'xX_gamer_Xx']],
    ['姓名,电话,地址\n李秀兰,13800138000,铁岭市西丰县蓝湾半岛15栋1单元2204室', 'PERSON', ['李秀兰']],
    ['姓名,电话,地址\n李秀兰,13800138000,铁岭市西丰县蓝湾半岛15栋1单元2204室', 'ADDRESS', ['铁岭市西丰县蓝湾半岛15栋1单元2204室']],
    ['email|pwd\n"zw@example.com"|"Winter2016@3"', 'PASSWORD', ['Winter2016@3']],
    ['id;full_name;password_hash\n1;"Ann Lee";5f4dcc3b5aa765d61d8327deb882cf99', 'PERSON', ['Ann Lee']],
    ['id;full_name;password_hash\n1;"Ann Lee";5f4dcc3b5aa765d61d8327deb882cf99', 'PASSWORD', ['5f4dcc3b5aa765d61d8327deb882cf99']],
    ['样本如下\n账号\t密码\nqwe_88\t123123\n\n其他', 'PASSWORD', ['123123']],
    // CRLF line ends after a quoted last cell
    ['"ssn"|"pwd"\r\n"524712345"|"x1"\r\n"536221847"|"y2"\r\n', 'US_SSN', ['524712345', '536221847']],
    // a labelled header, and a line between it and the rows
    ['US fullz\nFormat: name|ssn|address\nSample:\nAnn Lee|524712345|12 Oak St, Austin, TX 78701', 'US_SSN', ['524712345']],
    ['数据字段：姓名,手机\n样本如下\n李秀兰,13800138000', 'PERSON', ['李秀兰']],
    ['[Fullz format]: name | ssn\n\nAnn Lee | 524712345', 'US_SSN', ['524712345']],
    // three typed columns among untyped ones: each row's cells in their own columns
    ['id\tname\tuser\tnote\tpwd\n1\tAnn Lee\tann_l\tok\tpw1x\n2\tBo Chen\tbo_c\t-\tpw2y', 'PASSWORD', ['pw1x', 'pw2y']],
    ['id\tname\tuser\tnote\tpwd\n1\tAnn Lee\tann_l\tok\tpw1x\n2\tBo Chen\tbo_c\t-\tpw2y', 'USERNAME', ['ann_l', 'bo_c']],
  ];
  for (const [text, type, expected] of cases) {
    it(`finds ${type} ${expected.join(', ')} in ${JSON.stringify(text)}`, () => assert.deepEqual(found(text, type), expected));
  }

  const negative = [
    'name,price\nApple iPhone 15,5999',
    'id,status\n1,active',
    'username: required, password: optional',
    'user\norder\nnight_ghost43',
    'username: required, password: optional\nname,ssn\n',
    'Format: name|ssn\nthe rows follow after a long introduction line\nAnn Lee|524712345',
    'Note: name|ssn\nAnn Lee|524712345',
    // Names of places and acronyms under a "name" column: a table of divisions, a table of tax numbers.
    '| code | name |\n|---|---|\n| 130100 | 石家庄市 |\n| 130111 | 栾城区 |\n| 152527 | 太仆寺旗 |',
    'country|name|digits\nDE|VAT|9\nES|NIF|9\nRS|JMBG|13\nIS|KENNITALA|10',
    // Code: a statement ending in ";" is no header, nor is one item of an array of codes.
    "switch (mode) {\n  case 'user':\n    userArgs = argv.slice(0);\n    break;\n}",
    "const CODES = [\n  'PW',\n  'MQ',\n  'NB',\n];",
    // Prose split at its commas: "pass it to MD5Init" names no column.
    ' * MD5Context structure, pass it to MD5Init, call MD5Update as\n * needed on buffers full of bytes, and then call MD5Final, which',
  ];
  for (const text of negative) {
    it(`stays quiet on ${JSON.stringify(text)}`, () => {
      const mine = scanText(text).filter((f) => f.recognizer === 'table-columns');
      assert.deepEqual(mine, []);
    });
  }

  it('finishes quickly on hostile input', { timeout: 10000 }, () => {
    for (const unit of ['name,', 'user\t\n', '"', 'pwd|pwd\n']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const started = Date.now();
      scanText(text);
      assert.ok(Date.now() - started < 5000, `${JSON.stringify(unit)} took too long`);
    }
  });
});
