import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../scan-text.js';

function found(text: string): string[] {
  return scanText(text, { types: ['USERNAME'] }).map((f) => text.slice(f.start, f.end));
}

describe('USERNAME', () => {
  const positive: [string, string[]][] = [
    ['账号：zhang_wei88 密码：abc123', ['zhang_wei88']],
    ['DEBUG event=password.reset login=gamerstorm479 sha256=0781516eaa8081aeb58b795f', ['gamerstorm479']],
    ['加我QQ: 12345678 详聊', ['12345678']],
    ['QQ号码：987654321', ['987654321']],
    ['微信号是wxid_ab12cd34ef', ['wxid_ab12cd34ef']],
    ['vx：abc_12345', ['abc_12345']],
    ['login: jdoe42', ['jdoe42']],
    ['{"username": "alice.w", "id": 7}', ['alice.w']],
    ['user=bob action=login', ['bob']],
    ['Screen Name: cool_guy', ['cool_guy']],
    ['出售数据，联系TG @dataking01', ['dataking01']],
    ['昵称：小明同学，', ['小明同学']],
    ['联系：Q：43771656  非诚勿扰', ['43771656']],
    ['2022-10-06 03:53:18 @hunter_vip: @nightlady847 you there?', ['hunter_vip', 'nightlady847']],
    ['cc: @night_owl99 (see above)', ['night_owl99']],
    ['[12:00] @ann: hi @bob', ['ann', 'bob']],
    ['05:28:31 <lirui_wang07> cell: +44 7415 816511', ['lirui_wang07']],
    ['User dragon.sweet reports being unable to log in', ['dragon.sweet']],
    ['reset the password for your account dongxinyan758.', ['dongxinyan758']],
    ['12:01 <details_fan> anyone selling?', ['details_fan']],
  ];
  for (const [text, expected] of positive) {
    it(`finds ${expected.join(', ')} in ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), expected));
  }

  const negative = [
    'User: hello there, can you help?',
    '用户名或密码错误',
    '加入QQ群：123456789',
    'the account was closed',
    'username: required',
    '账号：13800138000',
    '账号：test@example.com',
    'account: 6222021234567890123',
    '@media screen and (max-width: 600px)',
    'mail me at a@b.com',
    'see the user guide.pdf',
    // Binary junk decoded as text: an "@" after a non-space character is no mention.
    'vO8XsqI;fFWN+8KbO+,C1&m&@CGAN#c+A~O;V',
    'x<@Dvm>k',
    '(\\)#]3C_=@ST2KIceD~4}NnVhk',
    // Nor is a three-character handle without a chat or words about handles around it.
    'see @Dvm tomorrow',
    // Code and documents: package scopes, CSS at-rules, JSDoc tags, HTML tags on their own line, type annotations.
    '"dependencies": { "@clickhouse/client": "1.23.1", "@fastify/rate-limit": "11.2.0" }',
    'represents a single CSS @container rule and a @layer block',
    '/** @typedef {Object} Options @template T */',
    '<details>\n\n<summary>Here is a full comparison</summary>',
    'interface Handle { handle: number; user: boolean; login: string }',
    'username: the same as the username function',
    'login: your e-mail address',
    '/**\n * Fetch all provinces\n * @author   someone\n * @datetime 2018-01-31 22:11\n */',
    'Copyright @copyright{} 2000, 2002 Free Software Foundation, Inc.\n\n@quotation\nPermission is granted to copy',
    'const flat = /* @__PURE__ */ new Map();\n// @internal_use_only',
  ];
  for (const text of negative) {
    it(`stays quiet on ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), []));
  }

  it('reads a cell under an account column as an account name', () => {
    assert.deepEqual(scanText('zhang_wei', { context: ['username'] }).map((f) => f.type), ['USERNAME']);
    assert.deepEqual(scanText('12345', { context: ['user_id'] }), []);
  });

  it('finishes quickly on hostile input', { timeout: 10000 }, () => {
    for (const unit of ['user:', 'QQ', '@a', '账号：', '<a>\n', 'user a.b ']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const started = Date.now();
      scanText(text);
      assert.ok(Date.now() - started < 5000, `${JSON.stringify(unit)} took too long`);
    }
  });
});
