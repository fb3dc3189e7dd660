import { PASSWORD_PROSE_WORDS } from '../data/credential-terms.js';
import type { Recognizer, ScanState } from '../types.js';
import { inColumn } from './column-context.js';
import { stickyEnd } from './sticky.js';
import { isEmailOrPhone, isPlaceholder, trimValue } from './credential-values.js';
import { type TextIndex, textIndex } from './text-index.js';
import { CREDENTIAL_PAIR_LABEL, PASSWORD_LABEL, zhKeywords } from './zh-keywords.js';

const NAME = 'password';

/**
 * A Latin password label; group `pair` is a user-and-password label ("user/pass: a/b"). Word edges are checked in code,
 * so "passport" and "bypass" do not count. Tried only where the shared scan of Latin keywords found a word it can start
 * with; Chinese labels come from the shared keyword scan.
 */
const LATIN_LABEL =
  /(?<pair>(?:user(?:name)?|login|account)[ \t]*(?:\/|&|and)[ \t]*(?:password|pass|pwd))|password|passwd|passcode|pass|pwd|pw/iy;
/** What may follow "password" inside one key: "password_hash", "passwordConfirm", "pwd2". */
const KEY_TAIL = /(?:_[A-Za-z0-9]+|[A-Z][a-z]+|\d)?/y;
/** Separators: `mark` a colon or equals sign, `word` a verb ("is", "为"), `space` one space (English), `quote` a quote. */
const CN_SEPARATOR =
  /[ \t]*["'”]?[ \t]*(?:(?<mark>[:：=])|(?<word>是|为|均为|都是|统一为|改为|改成|设为|设置为|重置为))?[ \t]*(?<quote>["'“`]?)[ \t]*/y;
const EN_SEPARATOR =
  /[ \t]*["']?[ \t]*(?:(?<mark>[:=：])|[ \t](?<word>is|was|set to|changed to|reset to)[ \t]|(?<space> (?=[^ \t"'`])))[ \t]*(?<quote>["'`]?)[ \t]*/y;
/**
 * A secret right after "password" and one space, in prose ("the password Kenneth606 was leaked"; a tab separates
 * header cells): six digits or more, or a letter with a digit or a symbol other than "_" ("password_hash passport_no"),
 * and not a version ("password v2.1") or a parenthesis ("password (8+ chars)"). "pass 100%" is no secret.
 */
const BARE_SECRET = /^(?:\d{6,}|(?=.*[A-Za-z])(?=.*[\d!#$%*+\-.:=?@^~&])(?!v?\d+(?:\.\d+)+$)[^(].*)$/;
/** A secret runs to a space, quote or delimiter; "&" ends it only where a query parameter follows ("&user=x"). */
const SECRET = /(?:[A-Za-z0-9!#$%*+\-./:=?@^_~\\()[\]{}]|&(?![A-Za-z_][A-Za-z0-9_]*=)){1,128}/y;
const PAIR = /([A-Za-z0-9_.@+\-]{2,64})[ \t]*(?:\/|\||,|，|----|[ \t])[ \t]*([A-Za-z0-9!#$%*+\-./:=?@^_~\\()[\]{}]{3,64})/y;
const CJK_LABEL = /^[\u4e00-\u9fff]/;
/** "login bob pass hunter2": an account and its password in a chat line, without separators. */
const LOGIN_PASS = /(?:login|user(?:name)?|account|acct)[ \t]+([A-Za-z0-9_.@+\-]{2,64})[ \t]+(?:pass(?:word)?|pwd|pw)[ \t]+([\x21-\x7e]{3,128})/iy;
const LINE_BREAK = /[\r\n]/;
const SHORT_LABEL = /^(?:pass|pw)$/i;
const PROSE_WORD = /^(?:[a-z]+|[A-Z][a-z]+)$/;
const GAP = /[ \t]/;
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isLower = (code: number) => code >= 97 && code <= 122;
const isAlphanumeric = (code: number) => isLetter(code) || (code >= 48 && code <= 57);
/** Lower-cased first letters of the keywords a Latin label, or an account before "pass", starts with. */
const isLabelHead = (code: number) => code === 112 || code === 117 || code === 108 || code === 97; // p u l a
const isAccountHead = (code: number) => code === 117 || code === 108 || code === 97; // u l a

/** The quoted value starting at `start` up to the closing `quote` on the same line, or undefined. */
function quoted(text: string, start: number, quote: string): string | undefined {
  const close = quote === '“' ? '”' : quote;
  const end = text.indexOf(close, start);
  if (end < 0) return undefined;
  const value = text.slice(start, end);
  return value.length > 0 && value.length <= 128 && !LINE_BREAK.test(value) ? value : undefined;
}

/** Where code reads the secret from, not the secret: an environment variable (Node's, Python's os.environ, Java's). */
const SECRET_REFERENCE = /^(?:process\.env\b|os\.environ\b|System\.getenv\b|getenv\(|ENV\[)/;
/** A value that is code: a call or member call ("un(e,t)", "this.get(x)"), an arrow function, a logical expression. */
const CODE_VALUE = /^(?:\(\)|(?:this|self)\.|[a-z_$][\w$]*(?:\.[\w$]+)*\()|=>|&&|\|\|/;

function acceptable(secret: string, label: string, prose: boolean): boolean {
  const minimum = SHORT_LABEL.test(label) ? 4 : 3;
  if (secret.length < minimum || isPlaceholder(secret) || SECRET_REFERENCE.test(secret) || CODE_VALUE.test(secret)) return false;
  if (prose && (PASSWORD_PROSE_WORDS.has(secret.toLowerCase()) || PROSE_WORD.test(secret))) return false; // "was leaked"
  return !secret.startsWith('//');
}

function onWordEdge(text: string, at: number, label: string): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  const camel = isLower(before) && label.charCodeAt(0) >= 65 && label.charCodeAt(0) <= 90; // userPassword
  return !isAlphanumeric(before) || before === 95 || camel;
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
    at = stickyEnd(KEY_TAIL, text, at);
    if (isLetter(text.charCodeAt(at))) return labelEnd; // "passport", "passenger"
  }
  const separator = cjk ? CN_SEPARATOR : EN_SEPARATOR;
  separator.lastIndex = at;
  const sep = separator.exec(text);
  if (!sep) return labelEnd;
  at = separator.lastIndex;
  if (pair) return fromPair(scan, at);
  const { mark, word, quote, space } = sep.groups ?? {};
  let secret: string | undefined;
  if (quote) secret = quoted(text, at, quote);
  else {
    SECRET.lastIndex = at;
    const found = SECRET.exec(text);
    secret = found ? trimValue(found[0]) : undefined;
  }
  if (secret === undefined || !acceptable(secret, label, !cjk && !quote && mark === undefined)) return labelEnd;
  // After one space only "password" and its spellings: "pass" is a verb too ("pass header-specific options").
  if (space !== undefined && !quote && (!BARE_SECRET.test(secret) || label.toLowerCase() === 'pass')) return labelEnd;
  const score = mark !== undefined || word !== undefined ? 0.9 : space !== undefined ? 0.7 : 0.8;
  scan.add('PASSWORD', at, at + secret.length, score, NAME);
  return at + secret.length;
}

function fromLatin(scan: ScanState, index: TextIndex): void {
  const { text } = scan;
  let next = 0; // where the next label may start, as a global regex would go on
  for (const at of index.latinKeywords) {
    if (at < next || !isLabelHead(text.charCodeAt(at) | 32)) continue;
    LATIN_LABEL.lastIndex = at;
    const m = LATIN_LABEL.exec(text);
    if (!m) continue;
    next = at + m[0].length;
    if (!onWordEdge(text, at, m[0])) continue;
    next = Math.max(next, afterLabel(scan, m[0], next, m.groups?.pair !== undefined));
  }
}

function fromLoginPass(scan: ScanState, index: TextIndex): void {
  const { text } = scan;
  let next = 0;
  for (const at of index.latinKeywords) {
    if (at < next || !isAccountHead(text.charCodeAt(at) | 32)) continue;
    LOGIN_PASS.lastIndex = at;
    const m = LOGIN_PASS.exec(text);
    if (!m) continue;
    next = at + m[0].length;
    if (at > 0 && isLetter(text.charCodeAt(at - 1))) continue; // "relogin", "superuser"
    const [whole, user, raw] = m;
    const secret = trimValue(raw);
    if (isPlaceholder(secret)) continue;
    const userStart = at + whole.indexOf(user, whole.search(GAP));
    const secretStart = next - raw.length;
    if (!isEmailOrPhone(user)) scan.add('USERNAME', userStart, userStart + user.length, 0.9, NAME);
    scan.add('PASSWORD', secretStart, secretStart + secret.length, 0.9, NAME);
  }
}

const COLUMN_WORDS = ['password', 'passwd', 'pwd', '密码', '口令'];

/** A table cell under a password column: the structured mode passes the header as context for the whole text. */
function fromColumn(scan: ScanState): void {
  if (!inColumn(scan, COLUMN_WORDS)) return;
  const value = scan.text.trim();
  if (value.length === 0 || value.length > 256 || /[\r\n]/.test(value) || isPlaceholder(value)) return;
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
    const index = textIndex(scan);
    fromLatin(scan, index);
    fromLoginPass(scan, index);
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
