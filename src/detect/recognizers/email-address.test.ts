import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../scan-text.js';

function found(text: string): string[] {
  return scanText(text, { types: ['EMAIL_ADDRESS'] }).map((f) => text.slice(f.start, f.end));
}

describe('EMAIL_ADDRESS', () => {
  const positive: [string, string[]][] = [
    ['alice@example.com', ['alice@example.com']],
    ['邮箱：zhang.san@example.com。', ['zhang.san@example.com']],
    ['<alice+news@mail.example.co.uk>', ['alice+news@mail.example.co.uk']],
    ['mailto:bob@example.org', ['bob@example.org']],
    ["'j.doe@example-mail.com'", ['j.doe@example-mail.com']],
    ['"o\'neil@example.ie",', ["o'neil@example.ie"]],
    ['(test_123@qq.com)', ['test_123@qq.com']],
    ['[x.y-z%tag@sub.domain.example]', ['x.y-z%tag@sub.domain.example']],
    ['Contact: alice@example.com, bob@example.net.', ['alice@example.com', 'bob@example.net']],
    ['user@xn--fiqs8s.example.com', ['user@xn--fiqs8s.example.com']],
    ['ALICE@EXAMPLE.COM', ['ALICE@EXAMPLE.COM']],
    ['name=alice@example.com&x=1', ['alice@example.com']],
    ['.alice@example.com', ['alice@example.com']],
    ['王涛----13800138000----alice@example.com----上海', ['alice@example.com']],
    ['https://accounts.example.com/login:panda@sohu.com:Secret1', ['panda@sohu.com']],
  ];
  for (const [text, values] of positive) {
    it(`finds ${values.join(', ')} in "${text}"`, () => assert.deepEqual(found(text), values));
  }

  const negative = [
    'icon@2x.png',
    'user@localhost',
    'a..b@example.com',
    'alice.@example.com',
    'alice@example..com',
    'alice@-example.com',
    'alice@example.c0m',
    'alice@example.c',
    'alice@.com',
    'https://user:secret@example.com/path',
    'aaaa@aaaa@aaaa',
    'a@b@example.com',
    '@example.com',
    'alice@',
    'follow @handle on weibo',
    `${'a'.repeat(65)}@example.com`,
  ];
  for (const text of negative) {
    it(`stays quiet on "${text}"`, () => assert.deepEqual(found(text), []));
  }
});
