import { CN_USERNAME_LABELS, CODE_AT_WORDS, EN_USERNAME_LABELS } from '../data/credential-terms.js';
import type { Recognizer, ScanState } from '../types.js';
import { inColumn } from './column-context.js';
import { isEmailOrPhone, isPlaceholder, trimValue } from './credential-values.js';
import { LabelSet } from './label-before.js';
import { codeAt } from './code-at.js';
import { stickyEnd } from './sticky.js';
import { type TextIndex, textIndex } from './text-index.js';
import { USERNAME_LABEL, zhKeywords } from './zh-keywords.js';

const NAME = 'username';

/** What a label says the handle is, which decides its shape. */
type Kind = 'qq' | 'wechat' | 'telegram' | 'account' | 'nickname' | 'generic';

function kinds(labels: Record<string, readonly string[]>): Map<string, Kind> {
  return new Map(Object.entries(labels).flatMap(([kind, words]) => words.map((word) => [word, kind as Kind] as const)));
}
const CJK_KINDS = kinds(CN_USERNAME_LABELS);
const LATIN_KINDS = new LabelSet(kinds(EN_USERNAME_LABELS));

/** What follows the separator after a Latin label ("username: x", "user=x", `"login": "x"`) up to the value. */
const SEPARATOR_TAIL = /[ \t]*["'“]?[ \t]*@?(?=[A-Za-z0-9_\u4e00-\u9fff])/y;
/**
 * Chat-app abbreviations, often written without a separator: "QQ123456", "vx abc_123", "Q：4377165", "V：wxid_x".
 * Tried only where one can start (see `chatLabelStarts`); the word edge before it is checked in code.
 */
const CHAT_LABEL = /(?:(QQ|qq|Qq|[Qq](?=[ \t]*[:：]))|(VX|vx|Vx|WX|wx|Wx|[Vv](?=[ \t]*[:：]))|(TG|tg|Tg))(?![A-Za-z])/y;
const isAlphanumeric = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** A handle after a word that names an account, with no separator: "User dragon.sweet reports", "account xX_crazy_Xx." */
const NAMED_HANDLE = /(?:[Uu]ser|USER|[Aa]ccount|[Ll]ogin|[Hh]andle|[Uu]sername) ([A-Za-z0-9][A-Za-z0-9_.\-]{2,31})(?![\w@-])/y;
/** What a file name or domain ends with: "user guide.pdf" names no account. */
const EXTENSION = /\.(?:pdf|txt|com|net|org|cn|html?|js|ts|json|csv|xml|docx?|xlsx?|png|jpe?g|zip|exe|log)$/i;
/**
 * Chat lines: "@handle: text" or "<handle> text" after an optional time stamp; tried at each line start. An HTML tag on
 * its own line or before markup ("<details>", "<summary>Text") is no speaker.
 */
const SPEAKER = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?[ \t]+|` +
    String.raw`\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?(?:@([A-Za-z0-9_.\-]{2,32})[ \t]*[:：]|<([A-Za-z0-9_.\-]{2,32})>(?=[ \t]+[^\s<]))`,
  'y',
);
/** What may follow a label; group 1 is an explicit separator. */
const LABEL_TAIL = /(?:号码|号)?[ \t]*["'”]?[ \t]*(?:([:：=]|是|为)[ \t]*)?["'“]?[ \t]*@?/y;
const VALUES: Record<Kind, RegExp> = {
  qq: /[1-9]\d{4,10}(?!\d)/y,
  wechat: /(?:wxid_[a-z0-9]{6,20}|[A-Za-z][-_A-Za-z0-9]{5,19}|[1-9]\d{4,10})(?![\w-])/y,
  telegram: /[A-Za-z][A-Za-z0-9_]{4,31}(?!\w)/y,
  account: /[A-Za-z0-9_][A-Za-z0-9_.\-]{1,31}(?![\w@-])/y,
  nickname: /[^\s"'`<>,，;；。：:|]{1,20}/y,
  generic: /[A-Za-z0-9_][A-Za-z0-9_.\-]{1,31}(?![\w@-])/y,
};
/**
 * After a generic label ("user: bob"), the value must end the phrase, else "User: hello there" would count; the next
 * key of a log line ("sha256=") ends it too.
 */
const PHRASE_END = /[ \t]*(?:$|[\r\n,;&|)}\]"'，；。]|[\u4e00-\u9fff]|[A-Za-z_][A-Za-z0-9_.\-]*[:=]|pass|pwd|密码)/y;
/**
 * The handle after an "@" (see MENTION_LEAD for what may stand before it); "@scope/package" and a Texinfo command
 * ("@copyright{}") are none.
 */
const HANDLE = /[A-Za-z0-9_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_](?![\w@/{-]|\.[A-Za-z])/y;
/**
 * What may stand before the "@" of a mention: the start of the text, a space, or punctuation that opens or separates
 * ("(@bob", "cc: @bob", "，@bob"). Not a word character, so an e-mail's "@domain" is no mention; and junk such as
 * binary decoded as text ("<@Dvm") has none of these.
 */
const MENTION_LEAD = new Uint8Array(65536);
for (const ch of ' \t\n\r\f\v\u00a0\u3000([{"\',;:!?“‘、，。；：！？（【「『《') MENTION_LEAD[ch.charCodeAt(0)] = 1;
/** A handle of three characters counts only in a chat or beside words about handles; elsewhere it needs four. */
const SHORT_HANDLE = 3;
const ALL_DIGITS = /^\d+$/;
const LONG_NUMBER = /^\d{12,}$/;
const ONLY_PUNCTUATION = /^[\p{P}\p{S}]+$/u;
const HAS_LETTER = /[A-Za-z]/;
const HAS_DIGIT_OR_MARK = /[\d_.]/;
const HANDLE_CONTEXT = ['telegram', 'tg', '电报', '飞机', 'twitter', '推特', 'instagram', 'ins', 'dm', '私聊', '私信', '联系', 'contact'];
/** Words after a label that are the label's own words or prose ("username: the same as ..."), not handles. */
const NOT_HANDLES = new Set(
  (
    'username password pass pwd account email login handle user name the an and or not is are was were be to of in on ' +
    'at for with from by this that these those it its your my our their his her same as if no yes all any some each ' +
    'every default'
  ).split(' '),
);

/** Reads the handle a label of `kind` announces, starting at `at`; `explicit` says a separator came before it. */
function readValue(scan: ScanState, kind: Kind, at: number, explicit: boolean): void {
  const { text } = scan;
  const found = stickyEnd(VALUES[kind], text, at);
  if (found < 0) return;
  const value = trimValue(text.slice(at, found));
  const end = at + value.length;
  if (value.length < 2 || isPlaceholder(value) || NOT_HANDLES.has(value.toLowerCase())) return;
  if (kind !== 'qq' && isEmailOrPhone(value)) return; // reported as EMAIL_ADDRESS or PHONE_NUMBER
  if (LONG_NUMBER.test(value)) return; // a bank account number, not a login
  if (kind === 'nickname' && (!explicit || ONLY_PUNCTUATION.test(value))) return;
  if (kind === 'generic') {
    PHRASE_END.lastIndex = end;
    if (!PHRASE_END.test(text)) return;
  }
  scan.add('USERNAME', at, end, kind === 'generic' ? 0.85 : 0.9, NAME);
}

/** Labels before the separators of the text ("username: x", "user=x", `"login": "x"`), shared with other recognizers. */
function fromSeparators(scan: ScanState, index: TextIndex): void {
  const { text } = scan;
  for (const at of index.separators) {
    const kind = LATIN_KINDS.before(text, at);
    if (!kind) continue;
    const tail = stickyEnd(SEPARATOR_TAIL, text, at + 1);
    if (tail >= 0) readValue(scan, kind, tail, true);
  }
}

function afterLabel(scan: ScanState, kind: Kind, labelEnd: number): void {
  const { text } = scan;
  if (kind === 'qq' && text[labelEnd] === '群') return; // a QQ group, not an account
  LABEL_TAIL.lastIndex = labelEnd;
  const tail = LABEL_TAIL.exec(text)!;
  readValue(scan, kind, labelEnd + tail[0].length, tail[1] !== undefined);
}

/**
 * Where a chat label can start: "qq", "vx", "wx" or "tg" in any case (from the shared keyword scan), or a "Q" or "V"
 * before spaces and a colon. In text order.
 */
function chatLabelStarts(text: string, keywords: readonly number[], colons: readonly number[]): number[] {
  const words: number[] = [];
  for (const at of keywords) {
    const code = text.charCodeAt(at) | 32;
    if (code === 113 || code === 118 || code === 119 || code === 116) words.push(at); // q v w t
  }
  const letters: number[] = [];
  for (const colon of colons) {
    if (text.charCodeAt(colon) === 61) continue; // "="
    let at = colon;
    while (at > 0 && (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 9)) at--;
    const code = text.charCodeAt(at - 1) | 32;
    if (at > 0 && (code === 113 || code === 118)) letters.push(at - 1);
  }
  if (letters.length === 0) return words;
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < words.length || j < letters.length) {
    merged.push(j >= letters.length || (i < words.length && words[i] <= letters[j]) ? words[i++] : letters[j++]);
  }
  return merged;
}

function fromChatLabels(scan: ScanState, index: TextIndex): void {
  const { text } = scan;
  let next = 0; // where the next label may start, as a global regex would go on
  for (const at of chatLabelStarts(text, index.latinKeywords, index.separators)) {
    if (at < next) continue;
    CHAT_LABEL.lastIndex = at;
    const m = CHAT_LABEL.exec(text);
    if (!m) continue;
    next = at + m[0].length;
    if (at > 0 && isAlphanumeric(text.charCodeAt(at - 1))) continue;
    afterLabel(scan, m[1] ? 'qq' : m[2] ? 'wechat' : 'telegram', next);
  }
}

function fromChinese(scan: ScanState): void {
  for (const { start, end, kind } of zhKeywords(scan)) {
    if (kind & USERNAME_LABEL) afterLabel(scan, CJK_KINDS.get(scan.text.slice(start, end).toLowerCase())!, end);
  }
}

/** Whether only white space and a comment's "*" or "//" stand between the line's start and `at`. */
function startsCommentLine(text: string, at: number): boolean {
  let p = at - 1;
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p--;
  if (p < 0) return false;
  const mark = text.charCodeAt(p);
  if (mark === 47 && p > 0 && text.charCodeAt(p - 1) === 47) p -= 2; // "//"
  else if (mark === 42) p--; // "*", of "/**" or a comment's inner line
  else return false;
  while (p >= 0 && text.charCodeAt(p) === 42) p--; // "/**"
  if (p >= 0 && text.charCodeAt(p) === 47) p--;
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p--;
  return p < 0 || text.charCodeAt(p) === 10;
}

/** "@handle" mentions; surer in a chat or where the text speaks of Telegram, Twitter or direct messages. */
function fromHandles(scan: ScanState, index: TextIndex, chat: boolean): void {
  const { text } = scan;
  for (const at of index.atSigns) {
    if (at > 0 && MENTION_LEAD[text.charCodeAt(at - 1)] !== 1) continue; // "<@Dvm": junk, not a mention
    if (startsCommentLine(text, at)) continue; // " * @datetime 2018-01-31": a documentation tag
    HANDLE.lastIndex = at + 1;
    const m = HANDLE.exec(text);
    if (!m) continue;
    const handle = m[0];
    const start = at + 1;
    const end = start + handle.length;
    if (CODE_AT_WORDS.has(handle.toLowerCase()) || ALL_DIGITS.test(handle)) continue;
    const sure = chat || scan.hasContext(at, end, HANDLE_CONTEXT);
    if (!sure && handle.length <= SHORT_HANDLE) continue;
    scan.add('USERNAME', start, end, sure ? 0.85 : 0.6, NAME);
  }
}

/** Chat speakers ("[12:00] @handle: hi", "12:00:01 <handle> hi"); says whether the text is a chat. */
function fromSpeakers(scan: ScanState, index: TextIndex): boolean {
  const { text } = scan;
  let chat = false;
  if (index.atSigns.length === 0 && !text.includes('<')) return chat; // a speaker is "@handle:" or "<handle>"
  let next = 0;
  const lines = index.lineBreaks;
  for (let k = -1; k < lines.length; k++) {
    const line = k < 0 ? 0 : lines[k];
    if (line < next) continue;
    // A cheap look first: after the line break and spaces, "@", "<", "[" or a time ("12:00", "2022-10-06 ...").
    let at = k < 0 ? 0 : line + 1;
    while (codeAt(text, at) === 32 || codeAt(text, at) === 9) at++;
    const lead = codeAt(text, at);
    if (lead >= 48 && lead <= 57) {
      const date = codeAt(text, at + 4);
      if (codeAt(text, at + 1) !== 58 && codeAt(text, at + 2) !== 58 && date !== 45 && date !== 47 && date !== 46) continue;
    } else if (lead !== 91 && lead !== 64 && lead !== 60) continue;
    SPEAKER.lastIndex = line;
    const m = SPEAKER.exec(text);
    if (!m) continue;
    const handle = m[1] ?? m[2];
    const start = m.index + m[0].lastIndexOf(handle);
    scan.add('USERNAME', start, start + handle.length, 0.85, NAME);
    chat = true;
    next = start + handle.length;
  }
  return chat;
}

function fromNamedHandles(scan: ScanState, index: TextIndex): void {
  const { text } = scan;
  let next = 0; // where the next match may start, as a global regex would go on
  for (const at of index.latinKeywords) {
    const code = text.charCodeAt(at) | 32;
    if (at < next || (code !== 117 && code !== 97 && code !== 108 && code !== 104)) continue; // u a l h
    NAMED_HANDLE.lastIndex = at;
    const m = NAMED_HANDLE.exec(text);
    if (!m) continue;
    next = at + m[0].length;
    if (at > 0 && isLetter(text.charCodeAt(at - 1))) continue;
    const value = trimValue(m[1]);
    if (!HAS_LETTER.test(value) || !HAS_DIGIT_OR_MARK.test(value) || EXTENSION.test(value) || isEmailOrPhone(value)) continue;
    const start = next - m[1].length;
    scan.add('USERNAME', start, start + value.length, 0.8, NAME);
  }
}

const COLUMN_WORDS = ['user', 'login', 'account', 'nick', 'handle', 'qq', 'wechat', '账号', '帐号', '用户名', '昵称', '微信'];

/** A table cell under an account column: the structured mode passes the header as context for the whole text. */
function fromColumn(scan: ScanState): void {
  if (!inColumn(scan, COLUMN_WORDS)) return;
  const value = scan.text.trim();
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.\-@]{1,63}$/.test(value) || !/[A-Za-z]/.test(value) || isEmailOrPhone(value)) return;
  if (isPlaceholder(value)) return;
  const start = scan.text.indexOf(value);
  scan.add('USERNAME', start, start + value.length, 0.85, NAME);
}

/** Account names, QQ numbers, WeChat IDs and Telegram handles, from their labels. */
export const usernameRecognizer: Recognizer = {
  name: NAME,
  types: ['USERNAME'],
  find(scan) {
    if (!scan.wants('USERNAME')) return;
    const index = textIndex(scan);
    fromSeparators(scan, index);
    fromChatLabels(scan, index);
    fromChinese(scan);
    fromNamedHandles(scan, index);
    fromHandles(scan, index, fromSpeakers(scan, index));
    fromColumn(scan);
  },
  examples: {
    positive: [
      { text: '账号：zhang_wei88 密码：abc123', type: 'USERNAME', value: 'zhang_wei88' },
      { text: '加我QQ: 12345678 详聊', type: 'USERNAME', value: '12345678' },
      { text: '微信号是wxid_ab12cd34ef', type: 'USERNAME', value: 'wxid_ab12cd34ef' },
      { text: 'login: jdoe42', type: 'USERNAME', value: 'jdoe42' },
      { text: '{"username": "alice.w", "id": 7}', type: 'USERNAME', value: 'alice.w' },
      { text: '出售数据，联系TG @dataking01', type: 'USERNAME', value: 'dataking01' },
    ],
    negative: ['User: hello there, can you help?', '用户名或密码错误', '加入QQ群：123456789', 'the account was closed', 'username: required'],
  },
};
