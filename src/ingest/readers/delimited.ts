import { sniffDelimiter } from '../../io/index.js';
import type { RecordParser, RecordSink } from './types.js';

export interface DelimitedOptions {
  /** Field delimiter; by default the commonest of , TAB ; | in the first line. */
  delimiter?: string;
  /** Table name given to the sink (the file's name). */
  name: string;
  /** Whether the first record is a header row (for example `isHeaderRow` with detection). */
  isHeader(cells: readonly string[]): boolean;
  /** Longest record, in characters; longer ones are skipped. Default 1 MiB. */
  maxRecord?: number;
  /** Lines a quoted field may span before it counts as broken quoting. Default 100. */
  maxRecordLines?: number;
  /**
   * Fields per record when known already (a chunk of a file whose start was read elsewhere): no header is looked
   * for and `table` is not called.
   */
  width?: number;
  /** The number of the first line (a chunk read on after lines that another reader took). Default 1. */
  firstLine?: number;
}

export interface DelimitedParser extends RecordParser {
  readonly delimiter: string;
  /** Fields per record (-1 before the first record). */
  readonly width: number;
  /** The number of the next line to read. */
  readonly line: number;
}

/** Longest record by default, in characters. */
export const MAX_RECORD = 1024 * 1024;
const QUOTE = 34;
const NEWLINE = 10;
const CR = 13;


/** Where a quoted record ended (index after its newline) with its fields, or why it cannot be read yet. */
type Framed = { end: number; fields: string[]; lines: number } | 'incomplete' | 'broken';

/**
 * A push parser for CSV, TSV and other delimited dumps: quoted fields holding delimiters, quotes and newlines,
 * CRLF, with or without a header. Lines without a quote (nearly all of a dump) take a fast path (split). A row
 * whose field count differs from the header's (or the first row's), an unclosed quote, a NUL byte or an
 * over-long record is skipped with its line number, and reading goes on at the next line.
 */
export function createDelimitedParser(sink: RecordSink, options: DelimitedOptions): DelimitedParser {
  const maxRecord = options.maxRecord ?? MAX_RECORD;
  const maxRecordLines = options.maxRecordLines ?? 100;
  let delimiter = options.delimiter ?? '';
  let delimiterCode = delimiter.charCodeAt(0);
  let pending = '';
  let line = options.firstLine ?? 1;
  let width = options.width ?? -1;
  let discarding = false;

  function frameQuoted(text: string, from: number, ending: boolean): Framed {
    const fields: string[] = [];
    let i = from;
    let lines = 0;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        let value = '';
        let start = i + 1;
        for (;;) {
          const close = text.indexOf('"', start);
          const limit = close === -1 ? text.length : close;
          for (let nl = text.indexOf('\n', start); nl !== -1 && nl < limit; nl = text.indexOf('\n', nl + 1)) {
            if (++lines > maxRecordLines) return 'broken';
          }
          if (close === -1) return ending || text.length - from > maxRecord ? 'broken' : 'incomplete';
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += text.slice(start, close + 1);
            start = close + 2;
            continue;
          }
          value += text.slice(start, close);
          i = close + 1;
          break;
        }
        // Text after the closing quote (`"a"b,`) is kept, as lenient parsers do.
        const next = nextBoundary(text, i);
        if (next === -1 && !ending) return 'incomplete';
        const stop = next === -1 ? text.length : next;
        fields.push(value + text.slice(i, stop).replace(/\r$/, ''));
        i = stop;
      } else {
        const next = nextBoundary(text, i);
        if (next === -1 && !ending) return 'incomplete';
        const stop = next === -1 ? text.length : next;
        fields.push(text.slice(i, stop).replace(/\r$/, ''));
        i = stop;
      }
      if (i >= text.length) return { end: i, fields, lines };
      if (text.charCodeAt(i) === NEWLINE) return { end: i + 1, fields, lines };
      i++; // the delimiter
    }
  }

  /** The next delimiter or newline at or after `from`, or -1. */
  function nextBoundary(text: string, from: number): number {
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === delimiterCode || c === NEWLINE) return i;
    }
    return -1;
  }

  /** The fields of text[from, to), which holds no quote (cheaper than slicing the line and splitting it). */
  function splitLine(text: string, from: number, to: number): string[] {
    const fields: string[] = [];
    for (let start = from; ; ) {
      const at = text.indexOf(delimiter, start);
      if (at === -1 || at >= to) {
        fields.push(text.slice(start, to));
        return fields;
      }
      fields.push(text.slice(start, at));
      start = at + delimiter.length;
    }
  }

  function emit(fields: string[], at: number): void {
    if (width === -1) {
      width = fields.length;
      const header = options.isHeader(fields);
      sink.table(options.name, header ? fields : null);
      if (header) return;
    }
    while (fields.length > width && fields[fields.length - 1] === '') fields.pop(); // a trailing delimiter
    if (fields.length !== width) sink.skip(at, `expected ${width} fields, found ${fields.length}`);
    else sink.row(fields, at);
  }

  function process(ending: boolean): void {
    const text = pending;
    let pos = 0;
    let nextNul = text.indexOf('\u0000');
    let nextQuote = text.indexOf('"');
    while (pos < text.length) {
      let nl = text.indexOf('\n', pos);
      if (discarding) {
        if (nl === -1) break;
        discarding = false;
        pos = nl + 1;
        line++;
        continue;
      }
      if (nl === -1 && !ending) {
        if (text.length - pos > maxRecord) {
          sink.skip(line, 'line too long');
          discarding = true;
          pos = text.length;
        }
        break;
      }
      if (nl === -1) nl = text.length;
      let lineEnd = nl;
      if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === CR) lineEnd--;
      if (lineEnd === pos) {
        pos = nl + 1;
        line++;
        continue;
      }
      if (delimiter === '') {
        delimiter = sniffDelimiter(text.slice(pos, lineEnd));
        delimiterCode = delimiter.charCodeAt(0);
      }
      // The next NUL and quote are looked up once and reused while lines lie before them.
      if (nextNul !== -1 && nextNul < pos) nextNul = text.indexOf('\u0000', pos);
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
      if (nextNul !== -1 && nextNul < lineEnd) {
        sink.skip(line, 'binary data');
      } else if (lineEnd - pos > maxRecord) {
        sink.skip(line, 'line too long');
      } else if (nextQuote === -1 || nextQuote >= lineEnd) {
        emit(splitLine(text, pos, lineEnd), line);
      } else {
        const framed = frameQuoted(text, pos, ending);
        if (framed === 'incomplete') break;
        if (framed !== 'broken') {
          emit(framed.fields, line);
          pos = framed.end;
          line += framed.lines + (framed.end > 0 && text.charCodeAt(framed.end - 1) === NEWLINE ? 1 : 0);
          continue;
        }
        sink.skip(line, 'unclosed quote');
      }
      pos = nl + 1;
      line++;
    }
    pending = text.slice(pos);
  }

  return {
    get delimiter() {
      return delimiter;
    },
    get width() {
      return width;
    },
    get line() {
      return line;
    },
    write(chunk: string): void {
      pending += chunk;
      process(false);
    },
    end(): void {
      process(true);
      pending = '';
      if (width === -1) sink.table(options.name, null);
    },
  };
}
