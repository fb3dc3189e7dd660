import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText } from '../scan-text.js';

function found(text: string, type = 'PASSWORD'): string[] {
  return scanText(text, { types: [type] }).map((f) => text.slice(f.start, f.end));
}

describe('PASSWORD after a label', () => {
  const positive: [string, string[]][] = [
    ['账号：zhangwei 密码：Abc@123456，请妥善保管', ['Abc@123456']],
    ['db_password=s3cr3t!x&user=app', ['s3cr3t!x']],
    ['{"email":"a@example.com","password":"hunter2 two"}', ['hunter2 two']],
    ['password_hash: 5f4dcc3b5aa765d61d8327deb882cf99', ['5f4dcc3b5aa765d61d8327deb882cf99']],
    ['my password is Tr0ub4dor&3 now', ['Tr0ub4dor&3']],
    ['密码123456', ['123456']],
    ['初始密码统一为888888。', ['888888']],
    ['userPassword: Qwerty!1', ['Qwerty!1']],
    ['pass: 1234', ['1234']],
    ['password=PBDsVIXWfnMp&R4 order_id=DD20150118720488', ['PBDsVIXWfnMp&R4']],
    ['账号密码：tom2020/qwe456', ['qwe456']],
    ['user/pass: admin/admin123', ['admin123']],
    ['login ladyrider846 pass zxcvbnm', ['zxcvbnm']],
    ['Customer says the password Kenneth606 was leaked together with the account', ['Kenneth606']],
    ['the password 111111 was leaked', ['111111']],
    ['the password $2a$10$V//sVmRp9GMZzxoCb0xVs.0jnNCZ8FnWaFWammUJd6wTu0Y5kF92G was leaked', ['$2a$10$V//sVmRp9GMZzxoCb0xVs.0jnNCZ8FnWaFWammUJd6wTu0Y5kF92G']],
  ];
  for (const [text, expected] of positive) {
    it(`finds ${expected.join(', ')} in ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), expected));
  }

  it('reports the account of a pair label as USERNAME', () => {
    assert.deepEqual(found('账号密码：tom2020/qwe456', 'USERNAME'), ['tom2020']);
    assert.deepEqual(found('用户名/密码：root/toor', 'USERNAME'), ['root']);
  });

  const negative = [
    'change your password 2024 policy',
    'password v2.1 released',
    'password (8+ characters)',
    'enter your password 3 times',
    'students who pass 100% of the tests',
    'card_no\tpassword_hash\tpassport_no',
    '"password"\t"user"',
    '密码错误，请重试',
    '忘记密码了怎么办',
    '请输入密码',
    'password is incorrect',
    'the password was leaked together with the account',
    'Show your passport at the gate',
    'password: ********',
    'PASSWORD=${DB_PASS}',
    'password reset link',
    '密码：密码：密码：',
    'To configure a header, pass header-specific options:',
    'const db = { user: "app", password: process.env.DB_PASSWORD }',
    "PASSWORD = os.environ['DB_PASSWORD']",
    'Object.assign(this,{ready:p,password:un(e,t),signed:n})',
    'if (awf && (pw = this._pendingWrites.get(path3))) {',
    'ERR_INVALID_PASSWORD:()=>Mt,passwordVerification:O&&(_?m>>>8&255:p)',
  ];
  for (const text of negative) {
    it(`stays quiet on ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), []));
  }

  it('reads a cell under a password column as a password', () => {
    assert.deepEqual(scanText('hunter2', { context: ['pwd'] }).map((f) => f.type), ['PASSWORD']);
    assert.deepEqual(scanText('E12345678', { context: ['passport_no'] }).filter((f) => f.type === 'PASSWORD'), []);
  });

  it('finishes quickly on hostile input', { timeout: 10000 }, () => {
    for (const unit of ['密码：', 'password=', 'pass ', 'login a pass ', '账号密码：a/']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const started = Date.now();
      scanText(text);
      assert.ok(Date.now() - started < 5000, `${JSON.stringify(unit)} took too long`);
    }
  });
});
