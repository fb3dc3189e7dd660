import { SETTING_KEYS, SETTING_VALUES } from '../data/credential-terms.js';
import { headerType } from '../header-names.js';
import type { Recognizer, ScanState } from '../types.js';
import { holds, isWhiteSpace } from './code-at.js';
import { isEmail, isPhone, isPlaceholder } from './credential-values.js';
import { tablesOf } from './delimited-tables.js';
import { type TextIndex, textIndex } from './text-index.js';

const NAME = 'credential-pair';

/**
 * Combo-list lines: `login SEP secret`, where SEP is one of "----", tab, ":", ";", "|" or "," with nothing around it
 * ("Host: example.com" and "title: Hello", headers and YAML, put a space after the colon). A line may carry more
 * fields after the secret ("a@b.com\tpass\t10.0.0.1") or metadata ("a@b.com:pass | Plan = US"), and stealer logs put
 * the site first ("https://site/login:a@b.com:pass").
 */
const LOGIN_TOKEN = /[A-Za-z0-9._%+@]+(?:-(?!--)[A-Za-z0-9._%+@]+)*/y;
const SEPARATOR = /----|---|\t|:|;|\||,/y;
const SITE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S+$/;
const METADATA = /^[ \t]+\|/;
/** Credentials inside a URL: scheme://user:secret@host. Tried at the scheme before each "://". */
const URL_USERINFO = /\b[A-Za-z][A-Za-z0-9+.\-]{1,15}:\/\/([^\s:@/?#]{1,64}):([^\s@/?#]{1,128})@(?=[A-Za-z0-9[])/y;
const LONGEST_SCHEME = 16;
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9._\-]{2,63}$/;
const QQ = /^[1-9]\d{4,10}$/;
const NUMERIC = /^\d+(?:[.:]\d+)*$/;
/** A crypt-style password hash ("$2a$10$...", "$6$salt$..."), which may hold "/". */
const CRYPT_HASH = /^\$(?:2[abxy]?|[156]|y)\$[^\s:]{8,}$/;
/** A second field holding a path ("org/repo", a URL's "/path") rather than a secret; a crypt hash may hold "/". */
const holdsPath = (secret: string) => secret.includes('/') && !CRYPT_HASH.test(secret);
/** A second field that is a port, a time or a version ("8080", "12:30", "1.2.3"); six digits or more may be a secret. */
const isShortNumber = (secret: string) => NUMERIC.test(secret) && (secret.length < 6 || !/^\d+$/.test(secret));
/** Lines of one shape in a text make it a combo list, where even weak secrets ("user:secret") count. */
const LIST_LINES = 3;

type Login = 'email' | 'phone' | 'qq' | 'name';

interface Line {
  login: string;
  loginStart: number;
  sep: string;
  secret: string;
  secretStart: number;
  kind: Login;
  /** More fields follow the secret. */
  fields: boolean;
}

function loginKind(login: string): Login | undefined {
  if (isEmail(login)) return 'email';
  if (isPhone(login)) return 'phone';
  if (QQ.test(login)) return 'qq';
  if (LOGIN.test(login) && /[A-Za-z]/.test(login)) return 'name';
  return undefined;
}

/** "https://site/login:user:pass": the last two colon-separated parts after a URL. */
function siteLine(line: string, offset: number): Line | undefined {
  if (!SITE.test(line)) return undefined;
  const secretAt = line.lastIndexOf(':');
  const loginAt = line.lastIndexOf(':', secretAt - 1);
  if (loginAt <= line.indexOf('://') + 2) return undefined;
  const login = line.slice(loginAt + 1, secretAt);
  const kind = loginKind(login);
  const secret = line.slice(secretAt + 1);
  // "scheme://user:pass@host:port/path" carries its credentials inside the URL (read by fromUrls), not after it.
  if (!kind || secret.length === 0 || holdsPath(secret) || line.lastIndexOf('@', loginAt) >= 0) return undefined;
  return { login, loginStart: offset + loginAt + 1, sep: ':', secret, secretStart: offset + secretAt + 1, kind, fields: false };
}

function parseLine(line: string, offset: number): Line | undefined {
  const lead = line.length - line.trimStart().length;
  if (line.includes('://')) return siteLine(line.trim(), offset + lead);
  LOGIN_TOKEN.lastIndex = lead;
  const login = LOGIN_TOKEN.exec(line)?.[0];
  if (!login) return undefined;
  SEPARATOR.lastIndex = lead + login.length;
  const sep = SEPARATOR.exec(line)?.[0];
  if (!sep) return undefined;
  const secretStart = SEPARATOR.lastIndex;
  let secretEnd = secretStart;
  while (secretEnd < line.length && line.charCodeAt(secretEnd) > 32 && line.charCodeAt(secretEnd) < 127) secretEnd++;
  let secret = line.slice(secretStart, secretEnd);
  let fields = false;
  if (sep.length === 1 && sep !== ':' && secret.includes(sep)) {
    secret = secret.slice(0, secret.indexOf(sep)); // "a@b.com;pass;more"
    fields = true;
  }
  const rest = line.slice(secretStart + secret.length);
  if (sep === '\t' && rest.startsWith('\t')) fields = true;
  else if (!fields && rest.trim() !== '' && !METADATA.test(rest)) return undefined; // prose after the pair
  if (sep === ':' && secret.includes(':')) return undefined; // "12:30:45"
  if (sep.length > 1 && secret.includes('---')) return undefined;
  const kind = loginKind(login);
  if (!kind || secret.length === 0) return undefined;
  return { login, loginStart: offset + lead, sep, secret, secretStart: offset + secretStart, kind, fields };
}

/** A header line of field names ("passport_no;iban"): the rows under it are a table, not a combo list. */
const HEADER_CELL = /^[A-Za-z_\u4e00-\u9fff][A-Za-z_ \u4e00-\u9fff]{0,30}$/;
function headerSeparator(line: string): string | undefined {
  for (const sep of ['\t', ',', ';', '|', ':']) {
    if (line.includes(sep) && fieldNames(line, sep) !== undefined) return sep; // no sep: one cell
  }
  return undefined;
}

/**
 * The cells of `line` split at `sep`, trimmed and unquoted, when every one is a field name (HEADER_CELL); else
 * undefined. Read cell by cell, to the first that is not: the line above a combo list is mostly prose, and splitting
 * it all cost more.
 */
function fieldNames(line: string, sep: string): string[] | undefined {
  const names: string[] = [];
  for (let start = 0; ; ) {
    const end = line.indexOf(sep, start);
    const name = line.slice(start, end < 0 ? line.length : end).trim().replace(/^"|"$/g, '');
    if (!HEADER_CELL.test(name)) return undefined;
    names.push(name);
    if (end < 0) return names;
    start = end + 1;
  }
}

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** /^[A-Za-z_]+$/, read without a regex call: most logins fail at their first digit, dot or "@". */
function allWord(value: string): boolean {
  for (let at = 0; at < value.length; at++) {
    const code = value.charCodeAt(at);
    if (!isLetter(code) && code !== 95) return false;
  }
  return value.length > 0;
}
/** /^[A-Za-z]*$/, as allWord reads it. */
function allLetters(value: string): boolean {
  for (let at = 0; at < value.length; at++) if (!isLetter(value.charCodeAt(at))) return false;
  return true;
}
const isWordCode = (code: number) => isLetter(code) || (code >= 48 && code <= 57) || code === 95;
const isSchemeChar = (code: number) => isLetter(code) || (code >= 48 && code <= 57) || code === 43 || code === 46 || code === 45;
/** Characters of LOGIN_TOKEN: [A-Za-z0-9._%+@]. */
const LOGIN_CHAR = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+@') LOGIN_CHAR[ch.charCodeAt(0)] = 1;
const isLoginChar = (code: number) => code < 128 && LOGIN_CHAR[code] === 1;
/** Whether [from, to) holds only white space (as `trim` reads it). */
function blank(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!isWhiteSpace(text.charCodeAt(at))) return false;
  return true;
}

/**
 * `parseLine` for a line [start, end) without a URL, read in place: most lines of prose, JSON and logs fail at the
 * first characters, and only the login and secret of a combo line are ever copied out.
 */
function comboLine(text: string, start: number, end: number): Line | undefined {
  let at = start;
  while (at < end && isWhiteSpace(text.charCodeAt(at))) at++;
  const loginStart = at;
  // LOGIN_TOKEN: token characters, and "-" where a token character follows ("-(?!--)" then one or more of them).
  for (;;) {
    while (at < end && isLoginChar(text.charCodeAt(at))) at++;
    if (at > loginStart && at + 1 < end && text.charCodeAt(at) === 45 && isLoginChar(text.charCodeAt(at + 1))) at++;
    else break;
  }
  if (at === loginStart || at >= end) return undefined;
  const loginEnd = at;
  // SEPARATOR: "----", "---", tab, ":", ";", "|" or ",".
  const code = text.charCodeAt(at);
  let sep: string;
  if (code === 45) {
    if (!(at + 2 < end && text.charCodeAt(at + 1) === 45 && text.charCodeAt(at + 2) === 45)) return undefined;
    sep = at + 3 < end && text.charCodeAt(at + 3) === 45 ? '----' : '---';
  } else if (code === 9) sep = '\t';
  else if (code === 58) sep = ':';
  else if (code === 59) sep = ';';
  else if (code === 124) sep = '|';
  else if (code === 44) sep = ',';
  else return undefined;
  const secretStart = at + sep.length;
  let secretEnd = secretStart;
  while (secretEnd < end && text.charCodeAt(secretEnd) > 32 && text.charCodeAt(secretEnd) < 127) secretEnd++;
  let fields = false;
  if (code === 59 || code === 124 || code === 44) {
    for (let cut = secretStart; cut < secretEnd; cut++) {
      if (text.charCodeAt(cut) === code) {
        secretEnd = cut; // "a@b.com;pass;more"
        fields = true;
        break;
      }
    }
  }
  // What follows the secret: more fields after a tab, metadata after " |", or nothing but white space.
  if (code === 9 && secretEnd < end && text.charCodeAt(secretEnd) === 9) fields = true;
  else if (!fields && !blank(text, secretEnd, end)) {
    let gap = secretEnd;
    while (gap < end && (text.charCodeAt(gap) === 32 || text.charCodeAt(gap) === 9)) gap++;
    if (gap === secretEnd || gap >= end || text.charCodeAt(gap) !== 124) return undefined; // prose after the pair
  }
  if (code === 58 && holds(text, secretStart, secretEnd, 58)) return undefined; // "12:30:45"
  // A quoted second field is a key's value in code or JSON ("groupId:\"OTP\"", "IDValidator:'path/to/x',"): labels
  // decide those (the password recognizer), not the shape of a combo line.
  const opening = text.charCodeAt(secretStart);
  if (opening === 34 || opening === 39) return undefined;
  if (sep.length > 1 && text.slice(secretStart, secretEnd).includes('---')) return undefined;
  if (secretEnd === secretStart) return undefined;
  const login = text.slice(loginStart, loginEnd);
  const kind = loginKind(login);
  if (!kind) return undefined;
  return { login, loginStart, sep, secret: text.slice(secretStart, secretEnd), secretStart, kind, fields };
}

/**
 * A combo-shaped first line of a block that is a header: both fields are words that name a kind of field
 * ("passport_no;iban", "username:password"). "yao_zhang:princess" or "admin:password" is a credential, and a header
 * is never in the middle of a list: taking such a line for one used to drop every line of the list below it.
 */
function namesFields(line: Line): boolean {
  return allWord(line.login) && allWord(line.secret) && headerType(line.login) !== null && headerType(line.secret) !== null;
}

/**
 * A combo-shaped first line of a block with more than two fields, each a field name and one naming a kind of field
 * ("phone|order_no|plate", "Email,app_version,balance"): a header, though "order_no" names no kind of personal data.
 */
function namesColumns(text: string, start: number, end: number, line: Line): boolean {
  if (!line.fields || !allWord(line.login) || !allWord(line.secret)) return false;
  return fieldNames(text.slice(start, end), line.sep)?.some((name) => headerType(name) !== null) ?? false;
}

function readLines(text: string, breaks: readonly number[], schemes: readonly number[]): Line[] {
  const lines: Line[] = [];
  let tableSep: string | undefined;
  let previous = -1; // start of the previous line when it was not a combo line
  let blockStart = true; // no combo line since the text's start or the last line that was none
  let scheme = 0; // the next "://" to pass
  for (let k = 0; k <= breaks.length; k++) {
    const start = k === 0 ? 0 : breaks[k - 1] + 1;
    if (start >= text.length) break;
    const end = k < breaks.length ? breaks[k] : text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    while (scheme < schemes.length && schemes[scheme] < start) scheme++;
    const hasScheme = scheme < schemes.length && schemes[scheme] + 3 <= lineEnd;
    const line =
      lineEnd - start < 5 || lineEnd - start > 400
        ? undefined
        : hasScheme
          ? parseLine(text.slice(start, lineEnd), start)
          : comboLine(text, start, lineEnd);
    if (!line) {
      // A row of the table above that is not combo-shaped ("+34 658 95 24 69\t578110", a cell with a space) is still
      // one of its rows: the table goes on.
      if (tableSep !== undefined && tableSep.length === 1 && holds(text, start, lineEnd, tableSep.charCodeAt(0))) continue;
      previous = start;
      tableSep = undefined;
      blockStart = true;
    } else {
      if (previous >= 0) {
        // The first combo-shaped line of a block: is the line above it a header naming fields?
        const above = text.slice(previous, start - 1);
        tableSep = above.length <= 200 ? headerSeparator(above) : undefined;
        previous = -1;
      }
      if (blockStart && (namesFields(line) || namesColumns(text, start, lineEnd, line))) tableSep = line.sep; // "passport_no;iban"
      else if (line.sep !== tableSep) lines.push(line);
      blockStart = false;
    }
  }
  return lines;
}

/**
 * A second field that is some other kind of value: an address, a number with punctuation (a date, a phone number
 * written in groups, "+86-177-4016-0199"), an IPv6 address, a UUID, a URL.
 */
const NOT_SECRET =
  /^(?:\+?\d{1,4}(?:[-/.: ]\d{1,4}){1,5}|\d+(?:\.\d+)+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-|[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}$|https?:|www\.)/i;

/** What is never a credential's second field: too short, a placeholder, "//" (a comment or URL), an e-mail or phone. */
function notASecret(secret: string): boolean {
  return secret.length < 3 || isPlaceholder(secret) || secret.startsWith('//') || isEmail(secret) || isPhone(secret);
}

/** Whether `line`'s second field is a secret; `list` says the text is a combo list. */
function isCredential(line: Line, list: boolean): boolean {
  const { secret, sep, kind } = line;
  if (notASecret(secret)) return false;
  if (line.fields) {
    // More fields on the line: only an e-mail or phone login, and a second field shaped like a secret.
    if ((kind !== 'email' && kind !== 'phone') || NOT_SECRET.test(secret)) return false;
    return sep === '\t' || /[^A-Za-z]/.test(secret);
  }
  if (kind === 'email' || kind === 'phone') return !NOT_SECRET.test(secret) || sep.length > 1;
  if (sep === ',') return false; // CSV rows: only an e-mail or phone login makes one a credential
  if (SETTING_KEYS.has(line.login.toLowerCase()) || SETTING_VALUES.has(secret.toLowerCase())) return false;
  if (isShortNumber(secret)) return false;
  if (list || sep.startsWith('---')) return true;
  const digit = /\d/.test(secret);
  const letter = /[A-Za-z]/.test(secret);
  const symbol = /[^A-Za-z0-9]/.test(secret);
  return secret.length >= 4 && ((digit && letter) || symbol || (digit && secret.length >= 6));
}

function fromLines(scan: ScanState, index: TextIndex): void {
  const tables = tablesOf(scan);
  // Rows of a table with a header are left to the header: "user\torder_id" rows are not combos.
  const read = readLines(scan.text, index.lineBreaks, index.schemeMarks);
  const lines = tables.length === 0 ? read : read.filter((l) => !tables.some((t) => l.loginStart >= t.start && l.loginStart <= t.end));
  if (lines.length === 0) return;
  const strong = lines.filter((l) => (l.kind === 'email' || l.kind === 'phone') && !l.fields).length;
  const bySep = new Map<string, number>();
  for (const l of lines) bySep.set(l.sep, (bySep.get(l.sep) ?? 0) + 1);
  for (const line of lines) {
    const list = strong >= 2 || (bySep.get(line.sep) ?? 0) >= LIST_LINES;
    if (!isCredential(line, list)) continue;
    const score = line.kind === 'email' || line.kind === 'phone' || list ? 0.9 : 0.75;
    if (line.kind === 'qq' || line.kind === 'name') {
      scan.add('USERNAME', line.loginStart, line.loginStart + line.login.length, score, NAME);
    }
    scan.add('PASSWORD', line.secretStart, line.secretStart + line.secret.length, score, NAME);
  }
}

/** Labels of a sample from a dump, in a sale post or chat line: "sample: a@b.com:secret". */
const SAMPLE_LABEL = /(?:^|[^A-Za-z])(?:samples?|example|proof|test|demo|样本|样例|示例|测试)[ \t]*[:：][ \t]*$/i;
const isDomainChar = (code: number) => isLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 46;

/**
 * "… sample: a@b.com:secret" inside a line, as chat and forum posts quote a line of a dump: an e-mail address, a colon
 * and a secret that ends the line. A secret of letters alone ("superman") counts after a sample label only; a path
 * ("git@host:org/repo"), a port or a time does not count.
 */
function fromInlinePairs(scan: ScanState, index: TextIndex): void {
  const { text } = scan;
  let next = 0;
  for (const at of index.atSigns) {
    if (at < next) continue;
    // The domain and a colon first: most addresses are followed by something else.
    let colon = at + 1;
    while (colon < text.length && isDomainChar(text.charCodeAt(colon))) colon++;
    if (text.charCodeAt(colon) !== 58) continue;
    let start = at; // the local part: login characters but "@", so that each is read once
    while (start > 0 && isLoginChar(text.charCodeAt(start - 1)) && text.charCodeAt(start - 1) !== 64) start--;
    // Not where a line starts: combo lines are read whole by fromLines.
    let before = start;
    while (before > 0 && (text.charCodeAt(before - 1) === 32 || text.charCodeAt(before - 1) === 9)) before--;
    if (before === 0 || text.charCodeAt(before - 1) === 10 || start === at || !isEmail(text.slice(start, colon))) continue;
    const secretStart = colon + 1;
    let secretEnd = secretStart;
    while (secretEnd < text.length && text.charCodeAt(secretEnd) > 32 && text.charCodeAt(secretEnd) < 127) secretEnd++;
    next = secretEnd; // an "@" inside the secret starts no pair of its own
    let lineEnd = secretEnd;
    while (lineEnd < text.length && (text.charCodeAt(lineEnd) === 32 || text.charCodeAt(lineEnd) === 9 || text.charCodeAt(lineEnd) === 13)) lineEnd++;
    if (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10) continue; // more text after the pair
    const secret = text.slice(secretStart, secretEnd);
    if (notASecret(secret) || holdsPath(secret) || NOT_SECRET.test(secret) || isShortNumber(secret)) continue;
    // The label ends right before the address, so a window that reaches into the line above finds no other one.
    const sample = SAMPLE_LABEL.test(text.slice(Math.max(0, before - 16), before));
    if (!sample && allLetters(secret)) continue;
    scan.add('PASSWORD', secretStart, secretEnd, sample ? 0.9 : 0.8, NAME);
  }
}

/** A URL's credentials as documentation writes them ("uri://user:pass@example.com"), not anyone's. */
const DOC_USERS = new Set(['user', 'username', 'usr', 'login', 'name']);
const DOC_SECRETS = new Set(['pass', 'password', 'passwd', 'pwd', 'pw', 'secret']);

function fromUrls(scan: ScanState, index: TextIndex): void {
  const { text } = scan;
  let next = 0; // where the next match may start, as a global regex would go on
  for (const mark of index.schemeMarks) {
    // The scheme: a letter after a word edge, then scheme characters up to "://", at most 16 in all.
    let from = mark;
    while (from > 0 && mark - from < LONGEST_SCHEME && isSchemeChar(text.charCodeAt(from - 1))) from--;
    let start = Math.max(from, next);
    while (start <= mark - 2 && !(isLetter(text.charCodeAt(start)) && (start === 0 || !isWordCode(text.charCodeAt(start - 1))))) start++;
    if (start > mark - 2) continue;
    URL_USERINFO.lastIndex = start;
    const m = URL_USERINFO.exec(text);
    if (!m) continue;
    next = start + m[0].length;
    const [, user, secret] = m;
    if (isPlaceholder(secret) || (DOC_USERS.has(user.toLowerCase()) && DOC_SECRETS.has(secret.toLowerCase()))) continue;
    const userStart = mark + 3;
    const secretStart = userStart + user.length + 1;
    if (!isEmail(user) && !isPhone(user)) scan.add('USERNAME', userStart, userStart + user.length, 0.85, NAME);
    scan.add('PASSWORD', secretStart, secretStart + secret.length, 0.9, NAME);
  }
}

/** Login and secret pairs: combo-list lines and credentials inside URLs. */
export const credentialPairRecognizer: Recognizer = {
  name: NAME,
  types: ['PASSWORD', 'USERNAME'],
  find(scan) {
    if (!scan.wants('PASSWORD') && !scan.wants('USERNAME')) return;
    const index = textIndex(scan);
    fromLines(scan, index);
    fromInlinePairs(scan, index);
    fromUrls(scan, index);
  },
  examples: {
    positive: [
      { text: 'alice@example.com:Summer2024!', type: 'PASSWORD', value: 'Summer2024!' },
      { text: '13800138000----abc123456', type: 'PASSWORD', value: 'abc123456' },
      { text: 'gamer_x|p@ssw0rd', type: 'USERNAME', value: 'gamer_x' },
      { text: 'gamer_x|p@ssw0rd', type: 'PASSWORD', value: 'p@ssw0rd' },
      { text: 'mysql://app:Xy7pQ2mk@db.internal:3306/shop', type: 'PASSWORD', value: 'Xy7pQ2mk' },
      { text: 'bob@example.org;letmein\ncarol@example.org;dragon99', type: 'PASSWORD', value: 'letmein' },
    ],
    negative: ['12:30:45', 'http://x:8080', '3:2', 'level:info', 'status----ok', 'localhost:8080', 'Note: see below'],
  },
};
