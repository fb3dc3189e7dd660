import { isBinaryLine, splitLines } from './lines.js';
import type { RecordParser, RecordSink } from './types.js';

/**
 * Combo lists: one credential per line, `login SEP password [SEP extra]`. The separator is found per line: the first
 * of ":", "|", ";", tab or a run of four or more "-", since logins (e-mail, phone, user name) hold none of them and
 * passwords may hold anything. Rows go to one table with the columns below; the caller classifies `login` and runs
 * detection over `extra`. `site` is where the credential is used (a URL or host before it), context only.
 */
export const COMBO_TABLE = 'combo';
export const COMBO_COLUMNS = ['login', 'password', 'extra', 'site'] as const;

/** Why a line is not a credential; never quotes the line. */
export const COMBO_SKIPS = [
  'comment',
  'banner',
  'label line',
  'header',
  'no separator',
  'no login',
  'not a login',
  'no password',
  'url without credential',
  'binary content',
  'line too long',
] as const;
export type ComboSkip = (typeof COMBO_SKIPS)[number];

export type ComboRow = [login: string, password: string, extra: string | null, site: string | null];

const LONGEST_LOGIN = 256;
/** Repeated three times at a line start, these make a banner ("==== FRESH COMBO ====", "━━━ Telegram ━━━"). */
const BANNER_CHARS = new Set('=-*~_+#<>!.[]()★☆•●♦─━═');
const LOGIN_WORDS = new Set(
  ['login', 'user', 'username', 'email', 'mail', 'e-mail', 'phone', 'account', '账号', '用户名', '邮箱', '手机'],
);
const PASSWORD_WORDS = new Set(['password', 'pass', 'passwd', 'pwd', '密码']);
/** Top-level domains that make "host:user:pass" a site-first line; user names such as "tom.li" end in none of them. */
const SITE_TLDS = new Set(
  ('com net org info biz edu gov io co me tv cc app dev xyz top online site shop store club pro vip live ' +
    'ru su ua by kz cn hk tw jp kr in id vn th my sg ph de fr uk it es pl nl be ch at se no dk fi cz sk hu ro ' +
    'bg gr pt tr ir br ar mx cl pe ca us au nz za eg ng').split(' '),
);
const HOST = /^(?:www\.)?(?:[a-z0-9-]+\.)+([a-z]{2,})$/i;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const PORT = /^\d{1,5}$/;
/** "https://site/login | user:pass": what sits between a URL and the credential. */
const LEADING_SEPARATORS = /^[ \t|;]+/;

const COLON = 58;
const DASH = 45;

/** The first separator in `text` from `from`: [index, separator text], or undefined. */
function findSeparator(text: string, from: number): [number, string] | undefined {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === COLON || c === 124 || c === 59 || c === 9) return [i, text[i]];
    if (c === DASH && text.startsWith('---', i + 1)) {
      let end = i + 4;
      while (text.charCodeAt(end) === DASH) end++;
      return [i, text.slice(i, end)];
    }
  }
  return undefined;
}

/** A host name with a known TLD or an IPv4 address, maybe followed by a path ("site.com/login"). */
function isSite(field: string): boolean {
  if (field.length > LONGEST_LOGIN || field.indexOf('.') === -1 || field.indexOf('@') !== -1) return false;
  const slash = field.indexOf('/');
  const host = slash === -1 ? field : field.slice(0, slash);
  if (IPV4.test(host)) return true;
  const tld = HOST.exec(host)?.[1];
  return tld !== undefined && SITE_TLDS.has(tld.toLowerCase());
}

/** A login never holds whitespace or a control character. */
function hasSpaceOrControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) <= 32) return true;
  return false;
}

/** `login SEP password [SEP extra]`, where SEP may be padded with spaces ("a@b.com | pass"). */
function splitCredential(text: string, site: string | null): ComboRow | ComboSkip {
  const found = findSeparator(text, 0);
  if (!found) return 'no separator';
  const [at, sep] = found;
  const rawLogin = text.slice(0, at);
  const login = rawLogin.trimEnd();
  const padded = login.length < rawLogin.length;
  let rest = text.slice(at + sep.length);
  if (sep === ':' && !padded && rest.charCodeAt(0) === 32) return 'label line'; // "Telegram: @seller", "Total: 5000"
  if (padded) rest = rest.trimStart();
  if (login === '') return 'no login';
  if (login.length > LONGEST_LOGIN || hasSpaceOrControl(login)) return 'not a login';
  const next = rest.indexOf(sep.length > 4 ? '----' : sep);
  if (site === null && next !== -1 && isSite(login)) {
    // "site.com:user:pass", "1.2.3.4:8080:user:pass"
    const port = rest.slice(0, next);
    const afterPort = rest.indexOf(sep, next + sep.length);
    if (PORT.test(port) && afterPort !== -1) return splitCredential(rest.slice(next + sep.length), `${login}:${port}`);
    return splitCredential(rest, login);
  }
  let password = next === -1 ? rest : rest.slice(0, next);
  let extra = next === -1 ? null : rest.slice(next + sep.length);
  if (padded) {
    password = password.trimEnd();
    extra = extra?.trimStart() ?? null;
  }
  if (password === '') return 'no password';
  return [login, password, extra === '' ? null : extra, site];
}

/** "email:password", "账号----密码": a header, read only before the first row ("user:pass" later is a credential). */
function isHeader([login, password]: ComboRow): boolean {
  return LOGIN_WORDS.has(login.toLowerCase()) && PASSWORD_WORDS.has(password.toLowerCase());
}

/** Where a leading "scheme://" URL ends: its first ":" after the host (and port), space, tab or "|"; -1: at the end. */
function urlEnd(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); i < text.length && c !== 47 && c !== 63 && c !== 35 && !isUrlEnd(c); ) c = text.charCodeAt(++i);
  if (text.charCodeAt(i) === COLON) {
    let d = i + 1;
    while (isDigit(text.charCodeAt(d))) d++;
    if (d === i + 1 || d - i > 6 || text[d] !== '/') return i; // not a port: the credential starts here
    i = d;
  }
  for (; i < text.length; i++) if (isUrlEnd(text.charCodeAt(i))) return i;
  return -1;
}

/** ":", space, tab or "|". */
function isUrlEnd(c: number): boolean {
  return c === COLON || c === 32 || c === 9 || c === 124;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Length of a leading "scheme://" (a letter, then up to 15 of letters, digits, "+", "." and "-"), or 0. */
function schemeLength(text: string): number {
  if (!isLetter(text.charCodeAt(0))) return 0;
  for (let i = 1; i < 16; i++) {
    const c = text.charCodeAt(i);
    if (c === COLON) return text.startsWith('//', i + 1) ? i + 3 : 0;
    if (!isLetter(c) && !isDigit(c) && c !== 43 && c !== 46 && c !== DASH) return 0;
  }
  return 0;
}

function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/** A trimmed, non-empty line as a credential row, or why it is not one. */
export function parseComboLine(text: string): ComboRow | ComboSkip {
  const first = text.charCodeAt(0);
  if (first === 35 || (first === 47 && text.charCodeAt(1) === 47)) return 'comment'; // "#", "//"
  if (text.charCodeAt(1) === first && text.charCodeAt(2) === first && BANNER_CHARS.has(text[0])) return 'banner';
  if (isBinaryLine(text)) return 'binary content';
  const scheme = schemeLength(text);
  if (scheme === 0) return splitCredential(text, null);
  const end = urlEnd(text, scheme);
  if (end === -1) return 'url without credential';
  let rest = text.slice(end + 1);
  if (text[end] !== ':') rest = rest.replace(LEADING_SEPARATORS, '');
  const row = splitCredential(rest, text.slice(0, end));
  if (typeof row === 'string') return row === 'no separator' ? 'url without credential' : row;
  return row[0].includes('/') ? 'url without credential' : row;
}

/** Lines that say nothing about the format: decoration and notes around the list. */
const NOISE: ReadonlySet<ComboSkip> = new Set(['comment', 'banner', 'label line']);
const EMAIL = /^[^\s@:]+@[^\s@:]+\.[A-Za-z]{2,}$/;
const PHONE_OR_NUMBER = /^\+?\d{5,15}$/;
const USER_NAME = /^[\p{L}\p{N}._-]{2,64}$/u;
/** More fields than this make a line a table row (TSV, a log line), not a credential. */
const MOST_FIELDS = 4;
/** A column name: letters, digits after the first letter, "_", "-" or spaces. */
const COLUMN_NAME = /^\p{L}[\p{L}\p{N}_ -]*$/u;

/** All fields of a row: `extra` split again at each separator. */
function fields([login, password, extra]: ComboRow): string[] {
  const out = [login, password];
  if (extra === null) return out;
  let from = 0;
  for (let found = findSeparator(extra, 0); found; found = findSeparator(extra, from)) {
    out.push(extra.slice(from, found[0]));
    from = found[0] + found[1].length;
  }
  out.push(extra.slice(from));
  return out;
}

function isComboRow(row: ComboRow): boolean {
  const login = row[0];
  return fields(row).length <= MOST_FIELDS && (EMAIL.test(login) || PHONE_OR_NUMBER.test(login) || USER_NAME.test(login));
}

/** "id;name;email": three or more column names start a table; "admin:admin" may well be a credential. */
function isTableHeader(row: ComboRow): boolean {
  const all = fields(row);
  return all.length >= 3 && all.every((field) => COLUMN_NAME.test(field));
}

/** At least two credential lines, four in five lines that are not notes or decoration, and no table header first. */
export function looksLikeComboList(headLines: readonly string[]): boolean {
  let rows = 0;
  let others = 0;
  for (const raw of headLines) {
    const text = raw.trim();
    if (text === '') continue;
    const row = parseComboLine(text);
    if (typeof row === 'string' ? NOISE.has(row) : isHeader(row)) continue;
    if (typeof row === 'string' || !isComboRow(row)) others++;
    else if (rows === 0 && others === 0 && isTableHeader(row)) return false;
    else rows++;
  }
  return rows >= 2 && rows >= 4 * others;
}

/**
 * Reads a combo list. Blank lines are not records and are passed over without a skip; a header line is only
 * recognised before the first row; a line over 64 Ki characters is skipped once as too long.
 */
export function createComboParser(sink: RecordSink): RecordParser {
  let started = false;
  let longLine = 0;
  return splitLines((raw, line, window) => {
    if (window) {
      if (longLine !== line) sink.skip(line, 'line too long');
      longLine = line;
      return;
    }
    const text = raw.trim();
    if (text === '') return;
    const row = parseComboLine(text);
    if (typeof row === 'string') return sink.skip(line, row);
    if (!started && isHeader(row)) return sink.skip(line, 'header');
    if (!started) sink.table(COMBO_TABLE, COMBO_COLUMNS);
    started = true;
    sink.row(row, line);
  });
}
