import { PASSWORD_PROSE_WORDS } from '../data/credential-terms.js';
import type { Recognizer, ScanState } from '../types.js';
import { inColumn } from './column-context.js';
import { isEmailOrPhone, isPlaceholder, trimValue } from './credential-values.js';
import { CREDENTIAL_PAIR_LABEL, PASSWORD_LABEL, zhKeywords } from './zh-keywords.js';

const NAME = 'password';

/**
 * A Latin password label; group `pair` is a user-and-password label ("user/pass: a/b"). Word edges are checked in code,
 * so "passport" and "bypass" do not count. Chinese labels come from the shared keyword scan.
 */
const LATIN_LABEL =
  /(?<pair>(?:user(?:name)?|login|account)[ \t]*(?:\/|&|and)[ \t]*(?:password|pass|pwd))|password|passwd|passcode|pass|pwd|pw/gi;
/** What may follow "password" inside one key: "password_hash", "passwordConfirm", "pwd2". */
const KEY_TAIL = /(?:_[A-Za-z0-9]+|[A-Z][a-z]+|\d)?/y;
/** Separators: `mark` a colon or equals sign, `word` a verb ("is", "为"), `quote` an opening quote. */
const CN_SEPARATOR =
  /[ \t]*["'”]?[ \t]*(?:(?<mark>[:：=])|(?<word>是|为|均为|都是|统一为|改为|改成|设为|设置为|重置为))?[ \t]*(?<quote>["'“`]?)[ \t]*/y;
const EN_SEPARATOR =
  /[ \t]*["']?[ \t]*(?:(?<mark>[:=：])|[ \t](?<word>is|was|set to|changed to|reset to)[ \t])[ \t]*(?<quote>["'`]?)[ \t]*/y;
/** A secret runs to a space, quote or delimiter; "&" ends it only where a query parameter follows ("&user=x"). */
const SECRET = /(?:[A-Za-z0-9!#$%*+\-./:=?@^_~\\()[\]{}]|&(?![A-Za-z_][A-Za-z0-9_]*=)){1,128}/y;
const PAIR = /([A-Za-z0-9_.@+\-]{2,64})[ \t]*(?:\/|\||,|，|----|[ \t])[ \t]*([A-Za-z0-9!#$%*+\-./:=?@^_~\\()[\]{}]{3,64})/y;
const CJK_LABEL = /^[\u4e00-\u9fff]/;
/** "login bob pass hunter2": an account and its password in a chat line, without separators. */
const LOGIN_PASS = /(?:login|user(?:name)?|account|acct)[ \t]+([A-Za-z0-9_.@+\-]{2,64})[ \t]+(?:pass(?:word)?|pwd|pw)[ \t]+([\x21-\x7e]{3,128})/gi;

/** The quoted value starting at `start` up to the closing `quote` on the same line, or undefined. */
function quoted(text: string, start: number, quote: string): string | undefined {
  const close = quote === '“' ? '”' : quote;
  const end = text.indexOf(close, start);
  if (end < 0) return undefined;
  const value = text.slice(start, end);
  return value.length > 0 && value.length <= 128 && !/[\r\n]/.test(value) ? value : undefined;
}

function acceptable(secret: string, label: string, prose: boolean): boolean {
  const minimum = /^(?:pass|pw)$/i.test(label) ? 4 : 3;
  if (secret.length < minimum || isPlaceholder(secret)) return false;
  if (prose && (PASSWORD_PROSE_WORDS.has(secret.toLowerCase()) || /^(?:[a-z]+|[A-Z][a-z]+)$/.test(secret))) return false; // "was leaked"
  return !/^\/\//.test(secret);
}

function onWordEdge(text: string, at: number, label: string): boolean {
  const before = text[at - 1] ?? '';
  const camel = /[a-z]/.test(before) && /[A-Z]/.test(label[0]); // userPassword
  return !/[A-Za-z0-9]/.test(before) || before === '_' || camel;
}

function fromPair(scan: ScanState, at: number): number {
  PAIR.lastIndex = at;
  const m = PAIR.exec(scan.text);
  if (!m) return at;
  const user = m[1];
  const secret = trimValue(m[2]);
  if (isPlaceholder(secret)) return at;
  const userStart = at;
  const secretStart = at + m[0].length - m[2].length;
  if (!isEmailOrPhone(user)) scan.add('USERNAME', userStart, userStart + user.length, 0.9, NAME);
  scan.add('PASSWORD', secretStart, secretStart + secret.length, 0.9, NAME);
  return secretStart + secret.length;
}

/** Reads what follows a label that ends at `labelEnd`; returns where the reading stopped. */
function afterLabel(scan: ScanState, label: string, labelEnd: number, pair: boolean): number {
  const { text } = scan;
  const cjk = CJK_LABEL.test(label);
  let at = labelEnd;
  if (!cjk) {
    KEY_TAIL.lastIndex = at;
    at += KEY_TAIL.exec(text)![0].length;
    if (/[A-Za-z]/.test(text[at] ?? '')) return labelEnd; // "passport", "passenger"
  }
  const separator = cjk ? CN_SEPARATOR : EN_SEPARATOR;
  separator.lastIndex = at;
  const sep = separator.exec(text);
  if (!sep) return labelEnd;
  at = separator.lastIndex;
  if (pair) return fromPair(scan, at);
  const { mark, word, quote } = sep.groups ?? {};
  let secret: string | undefined;
  if (quote) secret = quoted(text, at, quote);
  else {
    SECRET.lastIndex = at;
    const found = SECRET.exec(text);
    secret = found ? trimValue(found[0]) : undefined;
  }
  if (secret === undefined || !acceptable(secret, label, !cjk && !quote && mark === undefined)) return labelEnd;
  scan.add('PASSWORD', at, at + secret.length, mark === undefined && word === undefined ? 0.8 : 0.9, NAME);
  return at + secret.length;
}

function fromLatin(scan: ScanState): void {
  const { text } = scan;
  LATIN_LABEL.lastIndex = 0;
  for (let m = LATIN_LABEL.exec(text); m !== null; m = LATIN_LABEL.exec(text)) {
    if (!onWordEdge(text, m.index, m[0])) continue;
    const end = afterLabel(scan, m[0], m.index + m[0].length, m.groups?.pair !== undefined);
    LATIN_LABEL.lastIndex = Math.max(LATIN_LABEL.lastIndex, end);
  }
}

function fromLoginPass(scan: ScanState): void {
  const { text } = scan;
  LOGIN_PASS.lastIndex = 0;
  for (let m = LOGIN_PASS.exec(text); m !== null; m = LOGIN_PASS.exec(text)) {
    if (/[A-Za-z]/.test(text[m.index - 1] ?? '')) continue; // "relogin", "superuser"
    const [whole, user, raw] = m;
    const secret = trimValue(raw);
    if (isPlaceholder(secret)) continue;
    const userStart = m.index + whole.indexOf(user, whole.search(/[ \t]/));
    const secretStart = m.index + whole.length - raw.length;
    if (!isEmailOrPhone(user)) scan.add('USERNAME', userStart, userStart + user.length, 0.9, NAME);
    scan.add('PASSWORD', secretStart, secretStart + secret.length, 0.9, NAME);
  }
}

const COLUMN_WORDS = ['password', 'passwd', 'pwd', '密码', '口令'];

/** A table cell under a password column: the structured mode passes the header as context for the whole text. */
function fromColumn(scan: ScanState): void {
  const value = scan.text.trim();
  if (value.length === 0 || value.length > 256 || /[\r\n]/.test(value) || isPlaceholder(value)) return;
  if (!inColumn(scan, COLUMN_WORDS)) return;
  const start = scan.text.indexOf(value);
  scan.add('PASSWORD', start, start + value.length, 0.85, NAME);
}

function fromChinese(scan: ScanState): void {
  let covered = 0;
  for (const { start, end, kind } of zhKeywords(scan)) {
    if (start < covered || (kind & (PASSWORD_LABEL | CREDENTIAL_PAIR_LABEL)) === 0) continue;
    covered = Math.max(end, afterLabel(scan, scan.text.slice(start, end), end, (kind & CREDENTIAL_PAIR_LABEL) !== 0));
  }
}

/** Passwords and password hashes after a label: "密码：abc123", "password=5f4dcc3b...", "账号密码：user/pass". */
export const passwordRecognizer: Recognizer = {
  name: NAME,
  types: ['PASSWORD', 'USERNAME'],
  find(scan) {
    if (!scan.wants('PASSWORD') && !scan.wants('USERNAME')) return;
    fromLatin(scan);
    fromLoginPass(scan);
    fromChinese(scan);
    fromColumn(scan);
  },
  examples: {
    positive: [
      { text: '账号：zhangwei 密码：Abc@123456，请妥善保管', type: 'PASSWORD', value: 'Abc@123456' },
      { text: 'db_password=s3cr3t!x&user=app', type: 'PASSWORD', value: 's3cr3t!x' },
      { text: '{"email":"a@example.com","password":"hunter2 two"}', type: 'PASSWORD', value: 'hunter2 two' },
      { text: '账号密码：tom2020/qwe456', type: 'PASSWORD', value: 'qwe456' },
      { text: '账号密码：tom2020/qwe456', type: 'USERNAME', value: 'tom2020' },
      { text: 'password_hash: 5f4dcc3b5aa765d61d8327deb882cf99', type: 'PASSWORD', value: '5f4dcc3b5aa765d61d8327deb882cf99' },
      { text: 'my password is Tr0ub4dor&3 now', type: 'PASSWORD', value: 'Tr0ub4dor&3' },
    ],
    negative: ['密码错误，请重试', '忘记密码了怎么办', '请输入密码', 'password is incorrect', 'Show your passport at the gate', 'password: ********'],
  },
};
