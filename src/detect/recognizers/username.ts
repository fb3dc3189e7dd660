import { CN_USERNAME_LABELS, CODE_AT_WORDS, EN_USERNAME_LABELS } from '../data/credential-terms.js';
import type { Recognizer, ScanState } from '../types.js';
import { inColumn } from './column-context.js';
import { isEmailOrPhone, isPlaceholder, trimValue } from './credential-values.js';
import { labelBefore } from './label-before.js';
import { USERNAME_LABEL, zhKeywords } from './zh-keywords.js';

const NAME = 'username';

/** What a label says the handle is, which decides its shape. */
type Kind = 'qq' | 'wechat' | 'telegram' | 'account' | 'nickname' | 'generic';

function kinds(labels: Record<string, readonly string[]>): Map<string, Kind> {
  return new Map(Object.entries(labels).flatMap(([kind, words]) => words.map((word) => [word, kind as Kind] as const)));
}
const CJK_KINDS = kinds(CN_USERNAME_LABELS);
const LATIN_KINDS = kinds(EN_USERNAME_LABELS);

/** What follows the separator after a Latin label ("username: x", "user=x", `"login": "x"`) up to the value. */
const SEPARATOR_TAIL = /[ \t]*["'“]?[ \t]*@?(?=[A-Za-z0-9_\u4e00-\u9fff])/y;
/**
 * Chat-app abbreviations, often written without a separator: "QQ123456", "vx abc_123", "Q：4377165", "V：wxid_x".
 * Word edges here and below are checked in code: a leading lookbehind would be tested at every position of the text.
 */
const CHAT_LABEL = /(?:(QQ|qq|Qq|[Qq](?=[ \t]*[:：]))|(VX|vx|Vx|WX|wx|Wx|[Vv](?=[ \t]*[:：]))|(TG|tg|Tg))(?![A-Za-z])/g;
const isAlphanumeric = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9]/.test(ch);
/** A handle after a word that names an account, with no separator: "User dragon.sweet reports", "account xX_crazy_Xx." */
const NAMED_HANDLE = /(?:[Uu]ser|USER|[Aa]ccount|[Ll]ogin|[Hh]andle|[Uu]sername) ([A-Za-z0-9][A-Za-z0-9_.\-]{2,31})(?![\w@-])/g;
/** What a file name or domain ends with: "user guide.pdf" names no account. */
const EXTENSION = /\.(?:pdf|txt|com|net|org|cn|html?|js|ts|json|csv|xml|docx?|xlsx?|png|jpe?g|zip|exe|log)$/i;
/** Chat lines: "@handle: text" or "<handle> text" after an optional time stamp. */
const SPEAKER = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?[ \t]+|` +
    String.raw`\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?(?:@([A-Za-z0-9_.\-]{2,32})[ \t]*[:：]|<([A-Za-z0-9_.\-]{2,32})>)`,
  'g',
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
/** After a generic label ("user: bob"), the value must end the phrase, else "User: hello there" would count. */
const PHRASE_END = /[ \t]*(?:$|[\r\n,;&|)}\]"'，；。]|[\u4e00-\u9fff]|[A-Za-z_]+[:=]|pass|pwd|密码)/y;
/** "@handle" anywhere; an e-mail's "@domain" is excluded by the character before it. */
const HANDLE = /@(?<![\w@.]@)([A-Za-z0-9_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_])(?![\w@-]|\.[A-Za-z])/g;
const HANDLE_CONTEXT = ['telegram', 'tg', '电报', '飞机', 'twitter', '推特', 'instagram', 'ins', 'dm', '私聊', '私信', '联系', 'contact'];
const NOT_HANDLES = new Set(['username', 'password', 'pass', 'pwd', 'account', 'email', 'login', 'handle', 'user', 'name']);

/** Reads the handle a label of `kind` announces, starting at `at`; `explicit` says a separator came before it. */
function readValue(scan: ScanState, kind: Kind, at: number, explicit: boolean): void {
  const { text } = scan;
  const pattern = VALUES[kind];
  pattern.lastIndex = at;
  const found = pattern.exec(text);
  if (!found) return;
  const value = trimValue(found[0]);
  const end = at + value.length;
  if (value.length < 2 || isPlaceholder(value) || NOT_HANDLES.has(value.toLowerCase())) return;
  if (kind !== 'qq' && isEmailOrPhone(value)) return; // reported as EMAIL_ADDRESS or PHONE_NUMBER
  if (/^\d{12,}$/.test(value)) return; // a bank account number, not a login
  if (kind === 'nickname' && (!explicit || /^[\p{P}\p{S}]+$/u.test(value))) return;
  if (kind === 'generic') {
    PHRASE_END.lastIndex = end;
    if (!PHRASE_END.test(text)) return;
  }
  scan.add('USERNAME', at, end, kind === 'generic' ? 0.85 : 0.9, NAME);
}

/** Separators are found with indexOf, which is much faster than a regex over text full of JSON and key=value pairs. */
function fromSeparators(scan: ScanState): void {
  const { text } = scan;
  for (const separator of [':', '=', '：']) {
    for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 1)) {
      const kind = labelBefore(text, at).map((w) => LATIN_KINDS.get(w)).find((k) => k !== undefined);
      if (!kind) continue;
      SEPARATOR_TAIL.lastIndex = at + 1;
      const tail = SEPARATOR_TAIL.exec(text);
      if (tail) readValue(scan, kind, at + 1 + tail[0].length, true);
    }
  }
}

function afterLabel(scan: ScanState, kind: Kind, labelEnd: number): void {
  const { text } = scan;
  if (kind === 'qq' && text[labelEnd] === '群') return; // a QQ group, not an account
  LABEL_TAIL.lastIndex = labelEnd;
  const tail = LABEL_TAIL.exec(text)!;
  readValue(scan, kind, labelEnd + tail[0].length, tail[1] !== undefined);
}

function fromChatLabels(scan: ScanState): void {
  const { text } = scan;
  CHAT_LABEL.lastIndex = 0;
  for (let m = CHAT_LABEL.exec(text); m !== null; m = CHAT_LABEL.exec(text)) {
    if (isAlphanumeric(text[m.index - 1])) continue;
    afterLabel(scan, m[1] ? 'qq' : m[2] ? 'wechat' : 'telegram', m.index + m[0].length);
  }
}

function fromChinese(scan: ScanState): void {
  for (const { start, end, kind } of zhKeywords(scan)) {
    if (kind & USERNAME_LABEL) afterLabel(scan, CJK_KINDS.get(scan.text.slice(start, end).toLowerCase())!, end);
  }
}

/** "@handle" mentions; surer in a chat or where the text speaks of Telegram, Twitter or direct messages. */
function fromHandles(scan: ScanState, chat: boolean): void {
  const { text } = scan;
  if (!text.includes('@')) return;
  HANDLE.lastIndex = 0;
  for (let m = HANDLE.exec(text); m !== null; m = HANDLE.exec(text)) {
    const start = m.index + 1;
    const end = start + m[1].length;
    if (CODE_AT_WORDS.has(m[1].toLowerCase()) || /^\d+$/.test(m[1])) continue;
    const sure = chat || scan.hasContext(m.index, end, HANDLE_CONTEXT);
    scan.add('USERNAME', start, end, sure ? 0.85 : 0.6, NAME);
  }
}

/** Chat speakers ("[12:00] @handle: hi", "12:00:01 <handle> hi"); says whether the text is a chat. */
function fromSpeakers(scan: ScanState): boolean {
  const { text } = scan;
  let chat = false;
  SPEAKER.lastIndex = 0;
  for (let m = SPEAKER.exec(text); m !== null; m = SPEAKER.exec(text)) {
    const handle = m[1] ?? m[2];
    const start = m.index + m[0].lastIndexOf(handle);
    scan.add('USERNAME', start, start + handle.length, 0.85, NAME);
    chat = true;
    SPEAKER.lastIndex = start + handle.length;
  }
  return chat;
}

function fromNamedHandles(scan: ScanState): void {
  const { text } = scan;
  NAMED_HANDLE.lastIndex = 0;
  for (let m = NAMED_HANDLE.exec(text); m !== null; m = NAMED_HANDLE.exec(text)) {
    if (/[A-Za-z]/.test(text[m.index - 1] ?? '')) continue;
    const value = trimValue(m[1]);
    if (!/[A-Za-z]/.test(value) || !/[\d_.]/.test(value) || EXTENSION.test(value) || isEmailOrPhone(value)) continue;
    const start = m.index + m[0].length - m[1].length;
    scan.add('USERNAME', start, start + value.length, 0.8, NAME);
  }
}

const COLUMN_WORDS = ['user', 'login', 'account', 'nick', 'handle', 'qq', 'wechat', '账号', '帐号', '用户名', '昵称', '微信'];

/** A table cell under an account column: the structured mode passes the header as context for the whole text. */
function fromColumn(scan: ScanState): void {
  const value = scan.text.trim();
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.\-@]{1,63}$/.test(value) || !/[A-Za-z]/.test(value) || isEmailOrPhone(value)) return;
  if (isPlaceholder(value) || !inColumn(scan, COLUMN_WORDS)) return;
  const start = scan.text.indexOf(value);
  scan.add('USERNAME', start, start + value.length, 0.85, NAME);
}

/** Account names, QQ numbers, WeChat IDs and Telegram handles, from their labels. */
export const usernameRecognizer: Recognizer = {
  name: NAME,
  types: ['USERNAME'],
  find(scan) {
    if (!scan.wants('USERNAME')) return;
    fromSeparators(scan);
    fromChatLabels(scan);
    fromChinese(scan);
    fromNamedHandles(scan);
    fromHandles(scan, fromSpeakers(scan));
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
