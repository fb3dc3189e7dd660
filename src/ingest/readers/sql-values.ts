import { MAX_ROW, MAX_VALUE, Mode, type SqlContext } from './sql-context.js';
import { CommentSkip, commentAt, isSpace, isWordStart, MAX_WORD, NextOf, statementKind, wordEnd } from './sql-lex.js';
import { bareValue, Escape, Escapes, literalValue, TextAccumulator, type EscapeStyle } from './sql-text.js';

const BEFORE = 0; // before a tuple: after VALUES or ','
const VALUE = 1; // in a tuple, outside string literals
const STRING = 2; // in a string literal
const AFTER = 3; // after a tuple's ')'
const RESYNC = 4; // after bad text between tuples, looking for the next '(' or ';'
const COMMENT = 5;

// Local copies of imported constants for the per-value paths: some loaders (tsx) turn imports into getter calls.
const STATEMENT = Mode.Statement;
const VALUES = Mode.Values;
const NO_ESCAPES = Escapes.None;
const MYSQL_ESCAPES = Escapes.MySql;
const POSTGRES_ESCAPES = Escapes.Postgres;
const VALUE_BOUND = MAX_VALUE;
const ROW_BOUND = MAX_ROW;

/** Clauses that may follow the tuples (ON DUPLICATE KEY UPDATE, ON CONFLICT, RETURNING, MySQL's row alias). */
const TAIL_WORDS = new Set(['ON', 'RETURNING', 'AS']);

/**
 * Reads the tuples of `INSERT ... VALUES (...), (...);` from the first '(' to the ';', emitting each tuple as it closes.
 * A value is kept as its bare text (numbers, keywords), or as its string literals' text when those are all it holds.
 */
export class ValuesLexer {
  private state = BEFORE;
  private afterComment = BEFORE;
  private readonly comment = new CommentSkip();
  private readonly escape = new Escape();
  /** After bad text between tuples; more of it is not reported again before the next tuple. */
  private resyncing = false;

  private values: (string | null)[] = [];
  private tupleLine = 0;
  private depth = 0;
  private rowChars = 0;
  /** Why the tuple is skipped when it closes. */
  private bad: string | undefined;
  /** Past a size bound: the tuple was reported and the rest of it is read but not kept. */
  private discarding = false;

  // The value being read: bare text before its first literal, the literals' text, everything after the first
  // literal, and the bare part of that.
  private prefix = '';
  private literals = 0;
  private str = '';
  private firstLength = 0;
  private tail = '';
  private tailBare = '';
  private valueChars = 0;

  private readonly literal = new TextAccumulator();
  private readonly singleQuotes = new NextOf("'");
  private readonly doubleQuotes = new NextOf('"');
  private readonly backslashes = new NextOf('\\');
  private readonly newlines = new NextOf('\n');
  private quote = 0;
  private style: EscapeStyle = NO_ESCAPES;

  constructor(
    private readonly ctx: SqlContext,
    /** Hands a clause after the tuples (ON DUPLICATE KEY UPDATE ...) back to the statement lexer. */
    private readonly onTail: () => void,
  ) {}

  /** Starts reading at the '(' of the first tuple. */
  start(): void {
    this.state = BEFORE;
    this.resyncing = false;
  }

  step(text: string, i: number, final: boolean): number {
    const ctx = this.ctx;
    do {
      switch (this.state) {
        case VALUE:
          i = this.value(text, i);
          break;
        case STRING:
          i = this.string(text, i, final);
          break;
        case RESYNC:
          i = this.resync(text, i);
          break;
        case COMMENT:
          i = this.comment.skip(text, i, final, ctx);
          if (this.comment.kind === 0) this.state = this.afterComment;
          break;
        default:
          i = this.between(text, i, final);
      }
    } while (i < text.length && ctx.mode === VALUES && !ctx.stalled);
    return i;
  }

  /** The input ended: a tuple still open is skipped. */
  finish(): void {
    if ((this.state === VALUE || this.state === STRING) && !this.discarding) {
      this.ctx.sink.skip(this.tupleLine, this.state === STRING ? 'unterminated string' : 'unterminated row');
    }
    this.resetTuple();
    this.state = BEFORE;
  }

  private between(text: string, i: number, final: boolean): number {
    const ctx = this.ctx;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        ctx.line++;
        i++;
      } else if (isSpace(c)) {
        i++;
      } else if (c === 40) {
        return this.openTuple(i); // also after a tuple without a comma: nothing is lost by reading it
      } else if (c === 59) {
        ctx.mode = STATEMENT;
        return i + 1;
      } else if (c === 44 && this.state === AFTER) {
        this.state = BEFORE;
        i++;
      } else if (c === 45 || c === 47) {
        const kind = commentAt(text, i, final);
        if (kind < 0) {
          ctx.stalled = true;
          return i;
        }
        if (kind === 0) return this.badText(i);
        this.comment.kind = kind;
        this.afterComment = this.state;
        this.state = COMMENT;
        return i + 2;
      } else if (isWordStart(c)) {
        const end = wordEnd(text, i);
        if (end === n && !final && end - i < MAX_WORD) {
          ctx.stalled = true;
          return i;
        }
        if (this.state === AFTER && end - i <= 9 && TAIL_WORDS.has(text.slice(i, end).toUpperCase())) {
          this.onTail();
          return i;
        }
        // a statement without its ';' (a dump cut and resumed): the tuples end here
        if (statementKind(text, i, end) !== undefined) {
          ctx.mode = STATEMENT;
          return i;
        }
        return this.badText(i);
      } else {
        return this.badText(i);
      }
    }
    return i;
  }

  private badText(i: number): number {
    if (!this.resyncing) this.ctx.sink.skip(this.ctx.line, 'unexpected text between rows');
    this.resyncing = true;
    this.state = RESYNC;
    return i;
  }

  /** Skips to the next '(' (a tuple), ';' (the statement's end) or line (which may start either). */
  private resync(text: string, i: number): number {
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 40) return this.openTuple(i);
      if (c === 59) {
        this.ctx.mode = STATEMENT;
        return i + 1;
      }
      if (c === 10) {
        this.ctx.line++;
        this.state = BEFORE;
        return i + 1;
      }
    }
    return i;
  }

  private openTuple(i: number): number {
    this.tupleLine = this.ctx.line;
    this.depth = 1;
    this.resyncing = false;
    this.state = VALUE;
    return i + 1;
  }

  private value(text: string, i: number): number {
    const ctx = this.ctx;
    const n = text.length;
    let depth = this.depth;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 39 || c === 34) {
        this.depth = depth;
        return this.openLiteral(c, i);
      }
      if (depth === 1 && c === 44) {
        this.endValue(false);
        i++;
        continue;
      }
      if (depth === 1 && c === 41) {
        this.endValue(true);
        this.endTuple();
        this.state = AFTER;
        return i + 1;
      }
      if (c === 59) {
        // No ';' stands outside a string inside a valid tuple: this one never closed.
        if (!this.discarding) ctx.sink.skip(this.tupleLine, 'unterminated row');
        this.resetTuple();
        ctx.mode = STATEMENT;
        return i + 1;
      }
      // Bare text (numbers, NULL, function calls), nested parentheses and ARRAY[...] brackets included.
      let j = i;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === 40 || d === 91) depth++;
        else if (d === 41 || d === 93) {
          if (depth === 1) {
            if (d === 41) break;
          } else depth--;
        } else if (d === 44) {
          if (depth === 1) break;
        } else if (d === 39 || d === 34 || d === 59) break;
        else if (d === 10) ctx.line++;
      }
      this.addBare(text.slice(i, j));
      i = j;
    }
    this.depth = depth;
    return i;
  }

  private openLiteral(quote: number, i: number): number {
    const prefix = this.literals === 0 && this.prefix !== '' && this.prefix.length < 16 ? this.prefix.trim() : '';
    // PostgreSQL's E'...' reads escapes whatever standard_conforming_strings says
    if (prefix === 'E' || prefix === 'e') this.style = POSTGRES_ESCAPES;
    else this.style = this.ctx.dialect.backslashEscapes ? MYSQL_ESCAPES : NO_ESCAPES;
    this.quote = quote;
    this.state = STRING;
    return i + 1;
  }

  private string(text: string, i: number, final: boolean): number {
    const ctx = this.ctx;
    const n = text.length;
    const chunk = ctx.chunk;
    const quote = this.quote;
    const quotes = quote === 39 ? this.singleQuotes : this.doubleQuotes;
    const escapes = this.style !== NO_ESCAPES;
    while (i < n) {
      let stop = quotes.find(text, i, chunk);
      if (escapes) stop = Math.min(stop, this.backslashes.find(text, i, chunk));
      for (let at = this.newlines.find(text, i, chunk); at < stop; at = this.newlines.find(text, at + 1, chunk)) ctx.line++;
      this.addLiteral(text, i, stop);
      i = stop;
      if (i === n) break;
      if (text.charCodeAt(i) === quote) {
        if (i + 1 === n && !final) {
          ctx.stalled = true; // a doubled quote or the end of the literal
          return i;
        }
        const next = text.charCodeAt(i + 1);
        if (next !== quote) return this.closeLiteral(next, i + 1);
        if (!this.discarding) {
          this.literal.add(text[i]);
          this.grow(1);
        }
        i += 2;
      } else {
        const length = this.escape.read(text, i, this.style, final);
        if (length === 0) {
          ctx.stalled = true;
          return i;
        }
        if (text.charCodeAt(i + 1) === 10) ctx.line++;
        if (!this.discarding) {
          if (this.escape.byte >= 0) this.literal.addByte(this.escape.byte);
          else this.literal.add(this.escape.text);
          this.grow(1);
        }
        i += length;
      }
    }
    return i;
  }

  private addLiteral(text: string, from: number, to: number): void {
    if (from === to || this.discarding) return;
    this.literal.add(text.slice(from, to));
    this.grow(to - from);
  }

  private addBare(text: string): void {
    if (this.discarding) return;
    if (this.literals === 0) this.prefix += text;
    else {
      this.tail += text;
      this.tailBare += text;
    }
    this.grow(text.length);
  }

  /** Counts `count` more characters of the value; past the bound, the tuple is skipped. */
  private grow(count: number): void {
    if ((this.valueChars += count) > VALUE_BOUND) this.overflow('value over 1 MiB');
  }

  /** The literal ended at `i`, before the character `next`. */
  private closeLiteral(next: number, i: number): number {
    const text = this.literal.take();
    this.state = VALUE;
    if (this.discarding) return i;
    if (this.literals === 0 && this.depth === 1 && (next === 44 || next === 41) && isBlank(this.prefix)) {
      // the common value, a literal and nothing else: kept without the general case's bookkeeping
      this.values.push(text);
      this.prefix = '';
      this.valueChars = 0;
      if ((this.rowChars += text.length) > ROW_BOUND) this.overflow('row over 16 MiB');
      if (next === 44) return i + 1;
      this.endTuple();
      this.state = AFTER;
      return i + 1;
    }
    if (this.literals === 0) {
      this.str = text;
      this.firstLength = text.length;
    } else {
      this.str += text;
      this.tail += text;
    }
    this.literals++;
    return i;
  }

  private endValue(closesTuple: boolean): void {
    if (this.discarding) return;
    let value: string | null;
    if (this.literals > 0) {
      value = literalValue(this.prefix, this.str, this.firstLength, this.tail, this.tailBare);
    } else {
      const bare = this.prefix.trim();
      if (bare === '') {
        // `()` holds no values; an empty value elsewhere, as in `(1,,2)`, is malformed
        if (!closesTuple || this.values.length > 0) this.bad ??= 'empty value';
        this.clearValue();
        return;
      }
      value = bareValue(bare);
    }
    this.clearValue();
    this.values.push(value);
    if (value !== null && (this.rowChars += value.length) > ROW_BOUND) this.overflow('row over 16 MiB');
  }

  private endTuple(): void {
    if (!this.discarding) {
      if (this.bad !== undefined) this.ctx.sink.skip(this.tupleLine, this.bad);
      else if (this.values.length > 0) {
        this.ctx.rows.emit(this.values, this.tupleLine);
        this.values = [];
      }
    }
    this.resetTuple();
  }

  private overflow(reason: string): void {
    this.ctx.sink.skip(this.tupleLine, reason);
    this.discarding = true;
    this.values = [];
    this.clearValue();
    this.literal.clear();
  }

  private clearValue(): void {
    this.prefix = '';
    this.literals = 0;
    this.str = '';
    this.firstLength = 0;
    this.tail = '';
    this.tailBare = '';
    this.valueChars = 0;
  }

  private resetTuple(): void {
    if (this.values.length > 0) this.values = [];
    this.bad = undefined;
    this.discarding = false;
    this.rowChars = 0;
    this.clearValue();
    this.literal.clear();
  }
}

function isBlank(text: string): boolean {
  return text === '' || (text.length < 16 && text.trim() === '');
}
