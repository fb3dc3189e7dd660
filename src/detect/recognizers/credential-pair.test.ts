import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../scan-text.js';

function found(text: string, type: string): string[] {
  return scanText(text, { types: [type] }).map((f) => text.slice(f.start, f.end));
}

describe('credential pairs', () => {
  const passwords: [string, string[]][] = [
    ['alice@example.com:Summer2024!', ['Summer2024!']],
    ['13800138000----abc123456', ['abc123456']],
    ['gamer_x|p@ssw0rd', ['p@ssw0rd']],
    ['bob@example.org;letmein\ncarol@example.org;dragon99', ['letmein', 'dragon99']],
    ['zhangsan:123456', ['123456']],
    ['xia.yi@example-health.org\tEric_994\t192.168.129.85', ['Eric_994']],
    ['gong_weibo90@163.com:Hello2016#3 | Balance = CNY 14,382.29', ['Hello2016#3']],
    ['https://login.example.com/login:keguo1991@example.cn:dragon', ['dragon']],
    ['mysql://app:Xy7pQ2mk@db.internal:3306/shop', ['Xy7pQ2mk']],
    ['alice@example.com,hunter22', ['hunter22']],
    ['user1:secret\nuser2:hello\nuser3:world', ['secret', 'hello', 'world']],
    // A crypt hash holds "/", which a URL's path after the credentials would too.
    ['https://login.example.com/signin:wja@ccb.com:$2a$10$bmYPS9m11amjR5Zzeu68klclhnRO22UOKHXNADicHhJWnKyH/eRgJ', ['$2a$10$bmYPS9m11amjR5Zzeu68klclhnRO22UOKHXNADicHhJWnKyH/eRgJ']],
  ];
  for (const [text, expected] of passwords) {
    it(`finds ${expected.join(', ')} in ${JSON.stringify(text)}`, () => assert.deepEqual(found(text, 'PASSWORD'), expected));
  }

  it('reads a line of two plain words as a credential, not a header, and goes on with the list', () => {
    // Common passwords are words ("princess"): such a line once read as a header hid every line of the list below it.
    const list = ['dengdan05:xuxin1981', 'yao_zhang:princess', 'tmiller08:Winter2022#7', 'lucky.dark:Sharon.679'];
    assert.deepEqual(found(list.join('\n'), 'PASSWORD'), ['xuxin1981', 'princess', 'Winter2022#7', 'Sharon.679']);
    assert.deepEqual(found(['Sample:', 'gbaker:baseball', ...list].join('\n'), 'USERNAME'), ['gbaker', 'dengdan05', 'yao_zhang', 'tmiller08', 'lucky.dark']);
    assert.deepEqual(found(['admin:password', 'root:toor', 'guest:guest123'].join('\n'), 'PASSWORD'), ['password', 'toor', 'guest123']);
    // A first line naming two kinds of field is a header: the rows under it are a table.
    assert.deepEqual(found('username:password\nkexinfang:huanglei1963\nruanhuang:dingjing1996\nwolftiger:yumin1982', 'PASSWORD'), []);
  });

  it('reads a first line of field names as a header when one of them names a kind of field', () => {
    // "order_no" names no kind of personal data, but the line is a header: its rows are no combo list.
    const table = ['phone|order_no|plate', '15215710238|PO-2019-013640|云C07106', '+8618633103752|DD20200708511470|辽VMP642', '19740812927|202308149829096853|陕S·77221'];
    assert.deepEqual(found(table.join('\n'), 'PASSWORD'), []);
    const csv = ['phone,user_id,balance,e_mail', '8619695040471,7543751,¥7817.76,benjamin.chen@example.com', '17636874151,3607316,¥2043.95,v4llo49lq9@foxmail.com'];
    assert.deepEqual(found(csv.join('\n'), 'PASSWORD'), []);
    // Rows that are not combo-shaped (a cell with a space, an empty first cell) do not end the table.
    const rows = ['e_mail|created_at|card_number', 'shuyan2005@sina.cn|1711217309|3528-8157-2022-4243', 'athompson@sina.cn|2024-06-22 14:32:42|4963601345884680', '|2023-01-01|4506931836123254', 'oqkcoh3@139.com|1735226277776|3730 012499 13176'];
    assert.deepEqual(found(rows.join('\n'), 'PASSWORD'), []);
    // A first line of plain words, none naming a kind of field, is no header: the list under it is read.
    const list = ['gamer|princess|vip', 'bob@example.org|dragon99|vip', 'carol@example.org|Summer2020|free'];
    assert.deepEqual(found(list.join('\n'), 'PASSWORD'), ['dragon99', 'Summer2020']);
  });

  it('finds an e-mail and secret quoted at the end of a chat or forum line', () => {
    const chat = '12:00:05 <leaks_shop> sample: gregory.gomez@aol.com:superman\n[25.08.21 11:56] @coder: sample: a.b@yahoo.com:Deborah@15';
    assert.deepEqual(found(chat, 'PASSWORD'), ['superman', 'Deborah@15']);
    assert.deepEqual(found('creds for the box: bob@example.com:Hunter2!', 'PASSWORD'), ['Hunter2!']);
    assert.deepEqual(found('样本：wang.li@163.com:qwerty', 'PASSWORD'), ['qwerty']);
    const quiet = [
      'clone git@github.com:org/repo.git', // a path
      'connect to admin@example.com:8080', // a port
      'login failed for bob@x.com:timeout', // a word, with no sample label
      'contact bob@example.com: thanks', // a space after the colon
      'mail bob@example.com:Hunter2! and call me', // more text after the pair
      'at bob@example.com:12:30:45', // a time
      'sample: bob@example.com:********', // a mask
    ];
    for (const text of quiet) assert.deepEqual(found(text, 'PASSWORD'), [], text);
  });

  it('leaves a phone number or IP address in the field after an e-mail to its own recognizer', () => {
    // Headerless dump rows: "email;phone;..." and "email,ipv6,...". The second field is no secret.
    const rows = [
      'ifb9gl74984k@126.com;+86-177-4016-0199;9525009f4ad4001eb4419d78e2dc05d1',
      'david.chavez@example.com;+1-213-321-5641;6efa746ed6fceeebf7d4e05f5defed31',
      'gu_ningning39@sohu.com,2a00:1450::6d0c:fa:75ed,20122152408238',
      'li.wei@example.cn,240E:C30E:EC1F:0:E069:430A:9D:7BEB,PO-2020-024988',
    ];
    for (const row of rows) {
      assert.deepEqual(found(row, 'PASSWORD'), [], row);
      const value = row.split(/[;,]/)[1];
      const findings = scanText(row).map((f) => [f.type, row.slice(f.start, f.end)]);
      assert.ok(findings.some(([type, text]) => (type === 'PHONE_NUMBER' || type === 'IP_ADDRESS') && text === value), `${row}: ${JSON.stringify(findings)}`);
    }
    // A secret after an e-mail, with more fields, is still one.
    assert.deepEqual(found('wang.fang@example.com;Tiger2019!;13800138000', 'PASSWORD'), ['Tiger2019!']);
  });

  it('reports a login that is not an e-mail or phone number as USERNAME', () => {
    assert.deepEqual(found('gamer_x|p@ssw0rd', 'USERNAME'), ['gamer_x']);
    assert.deepEqual(found('mysql://app:Xy7pQ2mk@db.internal:3306/shop', 'USERNAME'), ['app']);
    assert.deepEqual(found('alice@example.com:Summer2024!', 'USERNAME'), []);
  });

  const negative = [
    '12:30:45',
    'http://x:8080',
    '3:2',
    'level:info',
    'status----ok',
    'localhost:8080',
    'Note: see below',
    'version:v1.2.3',
    'title: Hello\nauthor: Me\ndate: 2024',
    'Host:example.com\nAccept:text/html\nConnection:keep-alive',
    'passport_no;iban\nED1562606;GB88LOYD08536379725837',
    'a@b.com,2024-01-01,x',
    'sha256:abcdef0123456789abcdef',
    // Code and documentation: quoted values of keys, a URL's credentials as an example writes them.
    "paths: {\n  IDValidator:'path/to/IDValidator',\n  GB2260:'path/to/GB2260'\n}",
    'timeWindow: "1 minute",\n  groupId:"OTP"',
    "uri.parse('uri://user:pass@example.com:123/one')",
  ];
  for (const text of negative) {
    it(`stays quiet on ${JSON.stringify(text)}`, () => {
      const mine = scanText(text).filter((f) => f.recognizer === 'credential-pair');
      assert.deepEqual(mine, []);
    });
  }

  it('finishes quickly on hostile input', { timeout: 10000 }, () => {
    for (const unit of [':', '----', 'a:', 'a@b.co:x\n', '|', 'http://a:b@', 'x a@b.co:', '@', 'a@', 'x a@b.co:x@']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const started = Date.now();
      scanText(text);
      assert.ok(Date.now() - started < 5000, `${JSON.stringify(unit)} took too long`);
    }
  });
});
