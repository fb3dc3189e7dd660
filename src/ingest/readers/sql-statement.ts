import { MAX_HEAD, Mode, type SqlContext } from './sql-context.js';
import type { CopyLexer } from './sql-copy.js';
import { parseCopy, parseCreateTable, parseInsert, standardStrings, type TableHead } from './sql-head.js';
import {
  CommentSkip,
  commentAt,
  countLines,
  isSpace,
  isWordStart,
  LINE_COMMENT,
  MAX_WORD,
  statementKind,
  wordEnd,
  type StatementKind,
} from './sql-lex.js';
import type { ValuesLexer } from './sql-values.js';

const START = 0; // between statements
const BODY = 1; // in a statement, outside quotes and comments
const QUOTE = 2; // in a '...' string or a "..." or `...` name
const DOLLAR = 3; // in a PostgreSQL $tag$...$tag$ string (function bodies)
const COMMENT = 4;
const REST_OF_LINE = 5; // skipping a line: not SQL, a psql meta-command (\connect) or DELIMITER

/** Kinds whose text is kept to be read when the statement ends (or, for INSERT, when its tuples start). */
const READ_KINDS: ReadonlySet<StatementKind> = new Set(['insert', 'create', 'copy', 'set']);

/**
 * Reads statements up to their ';', quotes and comments respected. Keeps what CREATE TABLE, COPY and SET say, and
 * hands the tuples of INSERT ... VALUES and the data of COPY ... FROM stdin to their lexers. Text that starts no
 * statement is skipped a line at a time.
 */
export class StatementLexer {
  private state = START;
  private kind: StatementKind = 'other';
  private readonly comment = new CommentSkip();
  private afterComment = START;
  /** The line where the statement starts. */
  private line = 0;
  /** Keeping the statement's text in `head`, up to MAX_HEAD characters. */
  private collecting = false;
  private head = '';
  private headTooLong = false;
  private depth = 0;
  /** The last word read is VALUES: a '(' now starts the tuples. */
  private afterValues = false;
  /** At the first column of a line, where a statement that lost its ';' may be followed by the next one. */
  private atLineStart = false;
  private quote = 0;
  private escapes = false;
  private escaped = false;
  private delimiter = '';
  /** The last INSERT head read: dumps repeat the same one for every few rows. */
  private lastHead = '';
  private lastInsert: TableHead | undefined;

  constructor(
    private readonly ctx: SqlContext,
    private readonly values: ValuesLexer,
    private readonly copy: CopyLexer,
  ) {}

  step(text: string, i: number, final: boolean): number {
    const collecting = this.collecting;
    const j = this.dispatch(text, i, final);
    if (collecting && this.collecting) this.keep(text, i, j);
    return j;
  }

  /** A clause after INSERT tuples (ON DUPLICATE KEY UPDATE ...): read to the ';' and ignored. */
  ignoreRest(): void {
    this.kind = 'other';
    this.collecting = false;
    this.depth = 0;
    this.afterValues = false;
    this.atLineStart = false;
    this.state = BODY;
    this.ctx.mode = Mode.Statement;
  }

  /** The input ended: a statement without its ';' still counts (a CREATE TABLE's columns); its COPY data does not. */
  finish(): void {
    const state = this.state === COMMENT ? this.afterComment : this.state;
    if ((state === BODY || state === QUOTE || state === DOLLAR) && this.kind !== 'other') this.end(true);
    this.state = START;
  }

  private dispatch(text: string, i: number, final: boolean): number {
    switch (this.state) {
      case START:
        return this.start(text, i, final);
      case BODY:
        return this.body(text, i, final);
      case QUOTE:
        return this.quoted(text, i);
      case DOLLAR:
        return this.dollar(text, i, final);
      case COMMENT:
        i = this.comment.skip(text, i, final, this.ctx);
        if (this.comment.kind === 0) this.state = this.afterComment;
        return i;
      default: {
        const end = text.indexOf('\n', i);
        if (end < 0) return text.length;
        this.ctx.line++;
        this.state = START;
        return end + 1;
      }
    }
  }

  private start(text: string, i: number, final: boolean): number {
    const ctx = this.ctx;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        ctx.line++;
        i++;
      } else if (isSpace(c) || c === 59) {
        i++;
      } else if (c === 35) {
        return this.openComment(LINE_COMMENT, START, i + 1); // MySQL's # comment
      } else if (c === 45 || c === 47) {
        const kind = commentAt(text, i, final);
        if (kind < 0) {
          ctx.stalled = true;
          return i;
        }
        return kind > 0 ? this.openComment(kind, START, i + 2) : this.notSql(i);
      } else if (c === 92) {
        this.state = REST_OF_LINE; // a psql meta-command: \connect, \restrict
        return i + 1;
      } else if (isWordStart(c)) {
        const end = wordEnd(text, i);
        if (end === n && !final && end - i < MAX_WORD) {
          ctx.stalled = true;
          return i;
        }
        const kind = statementKind(text, i, end);
        if (kind === undefined) return this.notSql(i);
        this.begin(kind);
        return i;
      } else {
        return this.notSql(i);
      }
    }
    return i;
  }

  private notSql(i: number): number {
    this.ctx.sink.skip(this.ctx.line, 'not SQL');
    this.state = REST_OF_LINE;
    return i;
  }

  private begin(kind: StatementKind): void {
    this.kind = kind;
    this.line = this.ctx.line;
    this.head = '';
    this.headTooLong = false;
    this.collecting = READ_KINDS.has(kind);
    this.depth = 0;
    this.afterValues = false;
    this.atLineStart = false;
    this.state = kind === 'line' ? REST_OF_LINE : BODY;
    if (kind === 'pragma') {
      // SQLite's .dump: standard strings, and KEY is a fine column name
      this.ctx.dialect.backslashEscapes = false;
      this.ctx.dialect.inlineIndexes = false;
    }
  }

  private body(text: string, i: number, final: boolean): number {
    const ctx = this.ctx;
    const n = text.length;
    const from = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.atLineStart && isWordStart(c)) {
        const end = wordEnd(text, i);
        if (end === n && !final && end - i < MAX_WORD) {
          ctx.stalled = true;
          return i;
        }
        if (endsStatement(text, i, end)) {
          // the statement lost its ';' (a cut dump, a SQL Server script): it ends here, and what it said counts
          this.keep(text, from, i);
          this.end(true);
          return i;
        }
      }
      this.atLineStart = false;
      if (c === 10) {
        ctx.line++;
        this.atLineStart = true;
        i++;
      } else if (c <= 32 || isSpace(c)) {
        i++;
      } else if (isWordStart(c) || isDigit(c)) {
        const end = wordEnd(text, i);
        if (end === n && !final && end - i < MAX_WORD) {
          ctx.stalled = true;
          return i;
        }
        this.afterValues = end - i <= 6 && /^values?$/i.test(text.slice(i, end));
        i = end;
      } else if (c === 39 || c === 34 || c === 96) {
        this.quote = c;
        this.escapes = c !== 96 && ctx.dialect.backslashEscapes;
        this.state = QUOTE;
        this.afterValues = false;
        return i + 1;
      } else if (c === 45 || c === 47) {
        const kind = commentAt(text, i, final);
        if (kind < 0) {
          ctx.stalled = true;
          return i;
        }
        if (kind > 0) return this.openComment(kind, BODY, i + 2);
        this.afterValues = false;
        i++;
      } else if (c === 36) {
        const end = tagEnd(text, i + 1);
        if (end === n && !final && end - i < MAX_WORD) {
          ctx.stalled = true;
          return i;
        }
        this.afterValues = false;
        if (text.charCodeAt(end) === 36 && !isDigit(text.charCodeAt(i + 1))) {
          this.delimiter = text.slice(i, end + 1);
          this.state = DOLLAR;
          return end + 1;
        }
        i = end;
      } else if (c === 40) {
        if (this.depth === 0 && this.afterValues && this.kind === 'insert') {
          this.keep(text, from, i);
          return this.toValues(i);
        }
        this.depth++;
        this.afterValues = false;
        i++;
      } else if (c === 59) {
        this.keep(text, from, i);
        this.end(false);
        return i + 1;
      } else {
        if (c === 41 && this.depth > 0) this.depth--;
        this.afterValues = false;
        i++;
      }
    }
    return i;
  }

  private quoted(text: string, i: number): number {
    const ctx = this.ctx;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) ctx.line++;
      if (this.escaped) this.escaped = false;
      else if (c === this.quote) {
        this.state = BODY; // a doubled quote opens the next quote at once: the same thing
        return i + 1;
      } else if (c === 92 && this.escapes) this.escaped = true;
    }
    return i;
  }

  private dollar(text: string, i: number, final: boolean): number {
    const ctx = this.ctx;
    const delimiter = this.delimiter;
    for (;;) {
      const j = text.indexOf('$', i);
      if (j < 0) {
        ctx.line += countLines(text, i, text.length);
        return text.length;
      }
      ctx.line += countLines(text, i, j);
      if (j + delimiter.length > text.length && !final) {
        ctx.stalled = true;
        return j;
      }
      if (text.startsWith(delimiter, j)) {
        this.state = BODY;
        return j + delimiter.length;
      }
      i = j + 1;
    }
  }

  private openComment(kind: number, back: number, i: number): number {
    this.comment.kind = kind;
    this.afterComment = back;
    this.state = COMMENT;
    // a line comment ends with its line: what follows starts a line
    if (kind === LINE_COMMENT && back === BODY) this.atLineStart = true;
    return i;
  }

  private keep(text: string, from: number, to: number): void {
    if (!this.collecting || this.headTooLong || from === to) return;
    if (this.head.length + (to - from) > MAX_HEAD) this.headTooLong = true;
    else this.head += text.slice(from, to);
  }

  /** At the '(' after VALUES: reads the INSERT head and hands the tuples to the values lexer. */
  private toValues(i: number): number {
    this.collecting = false;
    this.state = START;
    const head = this.headTooLong ? undefined : this.readInsert(this.head);
    this.head = '';
    if (head === undefined) {
      this.ctx.sink.skip(this.line, this.headTooLong ? 'statement over 1 MiB' : 'unreadable INSERT');
      this.ignoreRest();
      this.depth = 1;
      return i + 1;
    }
    this.ctx.rows.begin(head.name, head.columns ?? this.ctx.columnsByTable.get(head.name.toLowerCase()) ?? null);
    this.values.start();
    this.ctx.mode = Mode.Values;
    return i;
  }

  private readInsert(head: string): TableHead | undefined {
    if (head !== this.lastHead) {
      this.lastHead = head;
      this.lastInsert = parseInsert(head, this.ctx.dialect);
    }
    return this.lastInsert;
  }

  /** The statement ended, at its ';' or (`implicit`) where the next one starts or the input ends. */
  private end(implicit: boolean): void {
    const { ctx, head } = this;
    this.collecting = false;
    this.state = START;
    this.head = '';
    if (this.headTooLong) {
      if (this.kind === 'copy') ctx.sink.skip(this.line, 'statement over 1 MiB');
      return;
    }
    if (this.kind === 'create') {
      const table = parseCreateTable(head, ctx.dialect);
      if (table) ctx.columnsByTable.set(table.name.toLowerCase(), table.columns);
    } else if (this.kind === 'set') {
      const standard = standardStrings(head);
      if (standard !== undefined) {
        ctx.dialect.backslashEscapes = !standard;
        ctx.dialect.inlineIndexes = false; // a PostgreSQL setting
      }
    } else if (this.kind === 'copy' && !implicit) {
      const copy = parseCopy(head, ctx.dialect);
      if (copy?.fromStdin) {
        this.copy.start(copy.name, copy.columns ?? ctx.columnsByTable.get(copy.name.toLowerCase()) ?? null, copy.textFormat);
        ctx.mode = Mode.Copy;
      }
    }
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The end of a dollar-quote tag (letters, digits, _) that starts at `i`. */
function tagEnd(text: string, i: number): number {
  for (let c = text.charCodeAt(i); isWordStart(c) || isDigit(c); c = text.charCodeAt(++i));
  return i;
}

/** A word at the start of a line that ends the statement before it: INSERT, REPLACE, COPY, GO or DELIMITER. */
function endsStatement(text: string, from: number, to: number): boolean {
  const kind = statementKind(text, from, to);
  return kind === 'insert' || kind === 'copy' || kind === 'line';
}
