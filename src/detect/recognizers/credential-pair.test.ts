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
