import type { RecordParser } from './types.js';

/** Longest line handed over whole; longer lines come as windows of at most this many characters. */
export const MAX_LINE = 64 * 1024;

/**
 * Receives each line without its line end ("\n" or "\r\n"), with its 1-based number. A line longer than the limit
 * comes as consecutive windows with the same number and `window` true.
 */
export type LineHandler = (text: string, line: number, window: boolean) => void;

const SPACE = 32;
const TAB = 9;
const CR = 13;

/** Where to end a window that starts at `from`: after the last space or tab in its second half, else at the limit. */
function windowEnd(text: string, from: number, maxLine: number): number {
  const end = from + maxLine;
  for (let k = end - 1; k >= from + (maxLine >> 1); k--) {
    const c = text.charCodeAt(k);
    if (c === SPACE || c === TAB) return k + 1;
  }
  const last = text.charCodeAt(end - 1);
  return last >= 0xd800 && last <= 0xdbff ? end - 1 : end; // never split a surrogate pair
}

/**
 * Splits text fed in chunks into lines; holds at most about `maxLine` characters plus one chunk. Windows depend
 * only on the line's content, never on where the chunks split it.
 */
export function splitLines(onLine: LineHandler, maxLine = MAX_LINE): RecordParser {
  let pending = '';
  let line = 1;
  let windowed = false; // the current line was already cut

  /** Emits windows while more than `maxLine + slack` characters remain; returns the rest. */
  function cut(text: string, slack: number): string {
    let from = 0;
    while (text.length - from > maxLine + slack) {
      const end = windowEnd(text, from, maxLine);
      onLine(text.slice(from, end), line, true);
      windowed = true;
      from = end;
    }
    return from === 0 ? text : text.slice(from);
  }

  function finish(text: string): void {
    if (text.charCodeAt(text.length - 1) === CR) text = text.slice(0, -1);
    text = cut(text, 0);
    if (!windowed || text.length > 0) onLine(text, line, windowed);
    windowed = false;
    line++;
  }

  return {
    write(chunk: string): void {
      let start = 0;
      for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
        const text = chunk.slice(start, nl);
        finish(pending === '' ? text : pending + text);
        pending = '';
        start = nl + 1;
      }
      if (start === chunk.length) return;
      pending += start === 0 ? chunk : chunk.slice(start);
      // One character of slack: a pending line may end in the "\r" of a "\r\n" still to come.
      if (pending.length > maxLine + 1) pending = cut(pending, 1);
    },
    end(): void {
      if (pending !== '' || windowed) finish(pending);
      pending = '';
    },
  };
}

/** Control characters other than tab, CR, form feed and escape, and U+FFFD, the mark of bytes that did not decode. */
const ODD = /[\x00-\x08\x0a\x0b\x0e-\x1a\x1c-\x1f\x7f\ufffd]/;
const ODD_CHARS = new RegExp(ODD.source, 'g');

/**
 * A line of binary junk rather than text: it holds a NUL, or more than a tenth of it is odd characters (above).
 * Call it on one line (bounded); the regular expression scans about twice as fast as a loop over char codes.
 */
export function isBinaryLine(text: string): boolean {
  if (!ODD.test(text)) return false;
  if (text.includes('\0')) return true;
  let odd = 0;
  ODD_CHARS.lastIndex = 0;
  while (ODD_CHARS.exec(text) !== null) odd++;
  return odd * 10 > text.length;
}
