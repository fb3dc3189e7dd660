import { MAX_ROW, MAX_VALUE, Mode, type SqlContext } from './sql-context.js';
import { NextOf } from './sql-lex.js';
import { Escape, Escapes, TextAccumulator } from './sql-text.js';

const REST = 0; // the rest of the COPY statement's line
const LINE_START = 1; // a data line or the `\.` that ends the data
const FIELD = 2; // in a line's fields

/**
 * Reads the data of `COPY ... FROM stdin;` in PostgreSQL's text format, as pg_dump writes it: a row per line, fields
 * separated by tabs, `\N` for NULL, backslash escapes, and a line `\.` at the end.
 */
export class CopyLexer {
  private state = REST;
  private readonly escape = new Escape();
  /** CSV or binary data: read to its end but not kept. */
  private ignore = false;
  private fields: (string | null)[] = [];
  private readonly field = new TextAccumulator();
  private readonly tabs = new NextOf('\t');
  private readonly newlines = new NextOf('\n');
  private readonly backslashes = new NextOf('\\');
  private readonly returns = new NextOf('\r');
  /** The field so far is `\N`. */
  private fieldNull = false;
  private rowLine = 0;
  private rowChars = 0;
  /** Past a size bound: the row was reported and the rest of it is read but not kept. */
  private discarding = false;

  constructor(private readonly ctx: SqlContext) {}

  start(name: string, columns: readonly string[] | null, textFormat: boolean): void {
    this.ctx.rows.begin(name, columns);
    this.ignore = !textFormat;
    if (this.ignore) this.ctx.sink.skip(this.ctx.line, 'unsupported COPY format');
    this.state = REST;
  }

  step(text: string, i: number, final: boolean): number {
    if (this.state === FIELD) return this.fieldText(text, i, final);
    if (this.state === LINE_START) return this.lineStart(text, i, final);
    const end = text.indexOf('\n', i);
    if (end < 0) return text.length;
    this.ctx.line++;
    this.state = LINE_START;
    return end + 1;
  }

  /** The input ended: a line without its end is skipped, as a dump cut there may have cut its last field. */
  finish(): void {
    if (this.state === FIELD && !this.discarding && !this.ignore) this.ctx.sink.skip(this.rowLine, 'unterminated row');
    this.resetRow();
    this.state = REST;
  }

  private lineStart(text: string, i: number, final: boolean): number {
    const ctx = this.ctx;
    const n = text.length;
    if (text.charCodeAt(i) === 92) {
      if (i + 3 >= n && !final) {
        ctx.stalled = true; // `\.` needs up to two more characters to know the line ends with it
        return i;
      }
      if (text.charCodeAt(i + 1) === 46) {
        const after = text.charCodeAt(i + 2) === 13 && text.charCodeAt(i + 3) === 10 ? i + 3 : i + 2;
        if (after >= n || text.charCodeAt(after) === 10) {
          ctx.mode = Mode.Statement;
          if (after >= n) return n;
          ctx.line++;
          return after + 1;
        }
      }
    }
    this.rowLine = ctx.line;
    this.state = FIELD;
    return i;
  }

  private fieldText(text: string, i: number, final: boolean): number {
    const ctx = this.ctx;
    const n = text.length;
    const chunk = ctx.chunk;
    while (i < n) {
      const stop = Math.min(
        this.tabs.find(text, i, chunk),
        this.newlines.find(text, i, chunk),
        this.backslashes.find(text, i, chunk),
        this.returns.find(text, i, chunk),
      );
      this.add(text, i, stop);
      i = stop;
      if (i === n) break;
      const c = text.charCodeAt(i);
      if (c === 9) {
        this.endField();
        i++;
      } else if (c === 10 || (c === 13 && text.charCodeAt(i + 1) === 10)) {
        this.endField();
        this.endRow();
        ctx.line++;
        this.state = LINE_START;
        return c === 10 ? i + 1 : i + 2;
      } else if (c === 13) {
        if (i + 1 === n && !final) {
          ctx.stalled = true; // a CR before the LF that ends the line, or data
          return i;
        }
        this.add(text, i, ++i);
      } else {
        const length = this.escape.read(text, i, Escapes.Copy, final);
        if (length === 0) {
          ctx.stalled = true;
          return i;
        }
        if (text.charCodeAt(i + 1) === 10) ctx.line++;
        this.addEscape();
        i += length;
      }
    }
    return i;
  }

  private add(text: string, from: number, to: number): void {
    if (from === to || this.discarding) return;
    this.unNull();
    this.field.add(text.slice(from, to));
    if (this.field.length > MAX_VALUE) this.overflow('value over 1 MiB');
  }

  private addEscape(): void {
    const escape = this.escape;
    if (this.discarding) return;
    if (escape.nullMarker && this.field.length === 0 && !this.fieldNull) {
      this.fieldNull = true;
      return;
    }
    this.unNull();
    if (escape.byte >= 0) this.field.addByte(escape.byte);
    else this.field.add(escape.text);
    if (this.field.length > MAX_VALUE) this.overflow('value over 1 MiB');
  }

  /** `\N` followed by more text is not NULL but that text after an N. */
  private unNull(): void {
    if (!this.fieldNull) return;
    this.fieldNull = false;
    this.field.add('N');
  }

  private endField(): void {
    if (this.discarding) return;
    const value = this.fieldNull ? null : this.field.take();
    this.fieldNull = false;
    this.fields.push(value);
    if (value !== null && (this.rowChars += value.length) > MAX_ROW) this.overflow('row over 16 MiB');
  }

  private endRow(): void {
    if (!this.discarding && !this.ignore) {
      this.ctx.rows.emit(this.fields, this.rowLine);
      this.fields = [];
    }
    this.resetRow();
  }

  private overflow(reason: string): void {
    if (!this.ignore) this.ctx.sink.skip(this.rowLine, reason);
    this.discarding = true;
    this.fields = [];
    this.field.clear();
    this.fieldNull = false;
  }

  private resetRow(): void {
    if (this.fields.length > 0) this.fields = [];
    this.field.clear();
    this.fieldNull = false;
    this.rowChars = 0;
    this.discarding = false;
  }
}
