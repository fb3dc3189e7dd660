/** Reading the text of SQL values: backslash escapes, escaped bytes, hex literals, and literals with their decorations. */

/** How backslashes read inside a string: not at all, MySQL's escapes, PostgreSQL's E'...' escapes, or COPY's. */
export const Escapes = { None: 0, MySql: 1, Postgres: 2, Copy: 3 } as const;
export type EscapeStyle = (typeof Escapes)[keyof typeof Escapes];

const MYSQL_ESCAPES: Readonly<Record<string, string>> = { 0: '\0', b: '\b', n: '\n', r: '\r', t: '\t', Z: '\x1a', '%': '\\%', _: '\\_' };
const POSTGRES_ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const COPY_ESCAPES: Readonly<Record<string, string>> = { ...POSTGRES_ESCAPES, v: '\v' };

function isOctal(c: number): boolean {
  return c >= 48 && c <= 55;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
}

/** Length of the run of at most `max` characters from `i` that pass `test`. */
function runOf(text: string, i: number, max: number, test: (c: number) => boolean): number {
  let j = i;
  while (j < text.length && j - i < max && test(text.charCodeAt(j))) j++;
  return j - i;
}

/** One backslash escape, read. */
export class Escape {
  /** The decoded text; '' when the escape is a byte. */
  text = '';
  /** A byte from an octal or \x escape, else -1; neighbouring bytes decode together as UTF-8. */
  byte = -1;
  /** COPY's \N: the field is NULL when this is all of it. */
  nullMarker = false;

  /** Reads the escape whose backslash is at `i`; returns its length, or 0 when the chunk ends too soon to know it. */
  read(text: string, i: number, style: EscapeStyle, final: boolean): number {
    this.text = '';
    this.byte = -1;
    this.nullMarker = false;
    const n = text.length;
    if (i + 1 >= n) {
      if (!final) return 0;
      this.text = '\\';
      return 1;
    }
    const c = text[i + 1];
    if (style === Escapes.MySql) {
      this.text = MYSQL_ESCAPES[c] ?? c;
      return 2;
    }
    const code = c.charCodeAt(0);
    if (isOctal(code) || c === 'x') {
      const from = c === 'x' ? i + 2 : i + 1;
      const max = c === 'x' ? 2 : 3;
      const digits = runOf(text, from, max, c === 'x' ? isHex : isOctal);
      if (digits < max && from + digits === n && !final) return 0;
      if (digits === 0) {
        this.text = c; // "\x" without digits is an x
        return 2;
      }
      this.byte = parseInt(text.slice(from, from + digits), c === 'x' ? 16 : 8) & 0xff;
      return from + digits - i;
    }
    if (style === Escapes.Postgres && (c === 'u' || c === 'U')) {
      const max = c === 'u' ? 4 : 8;
      const digits = runOf(text, i + 2, max, isHex);
      if (digits < max && i + 2 + digits === n && !final) return 0;
      const point = digits === max ? parseInt(text.slice(i + 2, i + 2 + max), 16) : -1;
      if (point < 0 || point > 0x10ffff) {
        this.text = c;
        return 2;
      }
      this.text = max === 4 ? String.fromCharCode(point) : String.fromCodePoint(point);
      return 2 + max;
    }
    if (style === Escapes.Copy && c === 'N') this.nullMarker = true;
    this.text = (style === Escapes.Copy ? COPY_ESCAPES : POSTGRES_ESCAPES)[c] ?? c;
    return 2;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes as UTF-8 text, or undefined when they are not UTF-8. */
function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Text built from slices of the input plus escaped bytes, which decode as UTF-8 (else one character per byte). */
export class TextAccumulator {
  text = '';
  private bytes: number[] = [];

  get length(): number {
    return this.text.length + this.bytes.length;
  }

  add(text: string): void {
    if (this.bytes.length !== 0) this.flush();
    this.text += text;
  }

  addByte(byte: number): void {
    this.bytes.push(byte);
  }

  take(): string {
    if (this.bytes.length !== 0) this.flush();
    const text = this.text;
    this.text = '';
    return text;
  }

  clear(): void {
    this.text = '';
    this.bytes = [];
  }

  private flush(): void {
    this.text += utf8Text(Uint8Array.from(this.bytes)) ?? latin1(this.bytes);
    this.bytes = [];
  }
}

function latin1(bytes: readonly number[]): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.slice(i, i + 8192));
  return text;
}

const HEX_DIGITS = /^(?:[0-9a-fA-F]{2})*$/;
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/** A hex literal's digits as text, when they are UTF-8 text; binary data (hashes, UUIDs) gives undefined. */
export function hexText(digits: string): string | undefined {
  if (!HEX_DIGITS.test(digits)) return undefined;
  const bytes = new Uint8Array(digits.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(digits.slice(2 * i, 2 * i + 2), 16);
  const text = utf8Text(bytes);
  return text === undefined || CONTROL.test(text) ? undefined : text;
}

const INTRODUCER = /^(?:_[A-Za-z0-9]+|[NnEe])$/;
const BARE_INTRODUCER = /^_[A-Za-z0-9]+\s*(?=0[xX])/;
const COLLATE = /^COLLATE\s/i;
/** SQL Server scripts write dates and decimals as CAST(N'...' AS type). */
const CAST_OPEN = /^CAST\s*\(\s*N?$/i;
const CAST_CLOSE = /^AS\s+[\w\s(),]*\)$/i;

/** A value without string literals: NULL, a number, a keyword (TRUE, DEFAULT), a hex literal or an expression. */
export function bareValue(text: string): string | null {
  const cast = text.indexOf('::'); // PostgreSQL: NULL::text, 1::integer
  if (cast > 0) text = text.slice(0, cast).trimEnd();
  if (text.length === 4 && (text.charCodeAt(0) | 32) === 110 && text.toUpperCase() === 'NULL') return null;
  const introducer = text.charCodeAt(0) === 95 ? BARE_INTRODUCER.exec(text) : null; // _binary 0x...
  const literal = introducer ? text.slice(introducer[0].length) : text;
  if (literal.length > 2 && literal.charCodeAt(0) === 48 && (literal.charCodeAt(1) | 32) === 120) return hexText(literal.slice(2)) ?? literal;
  return text;
}

/**
 * A value holding string literals: their text when the rest is an introducer (_utf8mb4, N, E), a cast (::text,
 * CAST(... AS type)) or a COLLATE clause; X'..' and B'..' literals read as hex and bits; anything else (a function
 * call) as its text, unquoted.
 */
export function literalValue(prefix: string, str: string, firstLength: number, tail: string, tailBare: string): string {
  const before = prefix.trim();
  const bareAfter = tailBare.trim();
  if (bareAfter === '' || bareAfter.startsWith('::') || COLLATE.test(bareAfter)) {
    if (before === '' || INTRODUCER.test(before)) return str;
    if (before === 'X' || before === 'x') return hexText(str) ?? `0x${str}`;
    if (before === 'B' || before === 'b') return str;
  }
  if (CAST_OPEN.test(before) && CAST_CLOSE.test(bareAfter)) return str;
  return before + str.slice(0, firstLength) + tail.trimEnd();
}
