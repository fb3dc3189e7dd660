/** A piece of decoded text and where it sits in its file (UTF-16 offsets; 1-based line and column). */
export interface Located {
  text: string;
  offset: number;
  line: number;
  column: number;
}

/**
 * A piece of text to scan. Consecutive windows of one over-long line overlap; each owns the findings
 * that start in [ownFrom, ownTo) so a value on a cut is reported once (see `Ownership`).
 */
export interface Segment extends Located {
  ownFrom: number;
  ownTo: number;
  /** True when the segment is a window of a line longer than `maxLine`, not whole lines. */
  partial: boolean;
}

export interface SegmentOptions {
  /** Preferred segment size in characters; segments end at a line end (1: one line per segment). Default 64 Ki. */
  target?: number;
  /** Longest line kept whole; longer lines are cut into overlapping windows of this size. Default 1 Mi. */
  maxLine?: number;
  /** Characters shared by consecutive windows; a value shorter than half of it is never lost on a cut. Default 256. */
  overlap?: number;
  /** Where the text starts in its file, when it is the rest of a file. */
  start?: Omit<Located, 'text'>;
}

export const DEFAULT_TARGET = 64 * 1024;
export const DEFAULT_MAX_LINE = 1024 * 1024;
export const DEFAULT_OVERLAP = 256;

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Texts longer than this (long lines and their windows) are scanned in place, so that copies stay small. */
const LONGEST_COPIED = 256 * 1024;

/**
 * A segment's text copied into a string of its own for the scanner, unless it is longer than LONGEST_COPIED. In V8 a
 * slice of 13 or more characters keeps pointing into the string it was cut from, and every character read goes through
 * that pointer: the scanner, which reads each character several times, ran 11% slower over slices of a file's buffer
 * than over copies of them, the copying included. Joining two pieces builds a new string in one piece.
 */
export function ownCopy(text: string): string {
  if (text.length > LONGEST_COPIED) return text;
  const half = text.length >> 1;
  return [text.slice(0, half), text.slice(half)].join('');
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Splits text fed in chunks into segments at line ends, windowing over-long lines; holds at most about
 * `maxLine` characters. `push` and `end` return the segments completed so far.
 */
export class Segmenter {
  private readonly target: number;
  private readonly maxLine: number;
  private readonly overlap: number;
  private offset: number;
  private line: number;
  private column: number;
  private buf = '';
  private ownFrom = 0;
  private clean = 0; // buf[0, clean) is known to hold no newline
  private inLongLine = false; // buf starts inside a line already cut into windows

  constructor(options: SegmentOptions = {}) {
    this.maxLine = options.maxLine ?? DEFAULT_MAX_LINE;
    this.target = Math.min(options.target ?? DEFAULT_TARGET, this.maxLine);
    this.overlap = Math.min(options.overlap ?? DEFAULT_OVERLAP, this.maxLine >> 1);
    ({ offset: this.offset, line: this.line, column: this.column } = options.start ?? { offset: 0, line: 1, column: 1 });
  }

  *push(chunk: string): Generator<Segment> {
    this.buf += chunk;
    yield* this.drain(false);
  }

  *end(): Generator<Segment> {
    yield* this.drain(true);
  }

  private *drain(final: boolean): Generator<Segment> {
    const { target, maxLine, overlap } = this;
    while (this.buf.length > 0) {
      const buf = this.buf;
      if (!final && buf.length < target) return;
      let cut = -1;
      if (final && buf.length <= target) cut = buf.length;
      else {
        const before = buf.lastIndexOf('\n', target - 1);
        const nl = before >= 0 ? before : buf.indexOf('\n', this.clean);
        if (nl >= 0 && nl < maxLine) cut = nl + 1;
        else if (nl < 0) this.clean = buf.length;
      }
      if (cut < 0 && buf.length >= maxLine) {
        // Window: cut mid-line, keep `overlap` characters for the next window.
        let end = maxLine;
        if (isHighSurrogate(buf.charCodeAt(end - 1))) end--;
        let keep = end - overlap;
        if (isHighSurrogate(buf.charCodeAt(keep - 1))) keep--;
        const ownTo = end - (overlap >> 1);
        yield { text: buf.slice(0, end), offset: this.offset, line: this.line, column: this.column, ownFrom: this.ownFrom, ownTo, partial: true };
        this.buf = buf.slice(keep);
        this.offset += keep;
        this.column += keep;
        this.ownFrom = ownTo - keep;
        this.clean = Math.max(0, end - keep);
        this.inLongLine = true;
        continue;
      }
      if (cut < 0) {
        if (!final) return;
        cut = buf.length;
      }
      const text = buf.slice(0, cut);
      yield { text, offset: this.offset, line: this.line, column: this.column, ownFrom: this.ownFrom, ownTo: cut, partial: this.inLongLine };
      const newlines = countNewlines(text);
      if (newlines > 0) {
        this.line += newlines;
        this.column = 1 + cut - (text.lastIndexOf('\n') + 1);
      } else this.column += cut;
      this.buf = buf.slice(cut);
      this.offset += cut;
      this.ownFrom = 0;
      this.clean = 0;
      this.inLongLine = false;
    }
  }
}

/** Segments of streamed text (see `Segmenter`). */
export async function* segments(chunks: AsyncIterable<string>, options: SegmentOptions = {}): AsyncGenerator<Segment> {
  const segmenter = new Segmenter(options);
  for await (const chunk of chunks) yield* segmenter.push(chunk);
  yield* segmenter.end();
}

/** Drops findings a segment does not own, and any that overlap one already kept from the previous window. */
export class Ownership {
  private lastEnd = -1;

  keep(segment: Segment, start: number, end: number): boolean {
    if (start < segment.ownFrom || start >= segment.ownTo) return false;
    if (segment.offset + start < this.lastEnd) return false;
    this.lastEnd = segment.offset + end;
    return true;
  }
}

export interface Position {
  /** UTF-16 offset in the decoded file. */
  offset: number;
  line: number;
  column: number;
}

/** Maps indices into a located text to file positions; fastest when called with rising indices. */
export function createLocator(located: Located): (index: number) => Position {
  const { text } = located;
  let scanned = 0;
  let line = located.line;
  let lineStart = 1 - located.column; // column of index i is i - lineStart + 1
  return (index) => {
    if (index < scanned) [scanned, line, lineStart] = [0, located.line, 1 - located.column];
    for (let nl = text.indexOf('\n', scanned); nl !== -1 && nl < index; nl = text.indexOf('\n', nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    scanned = index;
    return { offset: located.offset + index, line, column: index - lineStart + 1 };
  };
}
