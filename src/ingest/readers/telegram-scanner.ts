import type { TelegramSkip } from './telegram.js';
import type { RecordParser } from './types.js';

/** What the scanner hands over: each message object's source text, and messages it could not read. */
export interface MessageSink {
  message(raw: string, line: number): void;
  skip(line: number, reason: TelegramSkip): void;
}

/** Containers outside messages: an object remembers its last key, an array whether it holds messages. */
interface Frame {
  array: boolean;
  messages: boolean;
  key: string;
  expectKey: boolean;
}

const OUTSIDE = 0;
const MESSAGE = 1;
/** After a broken message: waiting for a line that starts the next one. */
const RESYNC = 2;
/** Containers tracked outside messages; deeper nesting is only counted. */
const MAX_DEPTH = 64;
/** Keys longer than this are not remembered (they are not "messages"). */
const MAX_KEY = 64;

const NL = 10;
const QUOTE = 34;
const BACKSLASH = 92;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

/**
 * Finds the objects in every `messages` array of a JSON document fed in chunks and hands over each one's source
 * text as it completes, holding only the current message (up to `maxMessage` characters). Telegram pretty-prints
 * its exports, and JSON strings hold no raw newline, so a newline inside a string marks a broken message; the next
 * line that opens an object at the broken message's column starts the next message.
 */
export class MessageScanner implements RecordParser {
  private mode: number = OUTSIDE;
  private readonly stack: Frame[] = [];
  private deep = 0;
  private line = 1;
  private base = 0; // file offset of the current chunk
  private lineStart = 0; // file offset of the current line
  private blank = true; // the current line holds only whitespace so far
  private inString = false;
  private escaped = false;
  private collecting = false; // reading a key outside messages
  private keyText = '';
  private keyFrom = 0;
  // The current message:
  private parts: string[] = [];
  private size = 0;
  private from = 0; // where its text starts in the current chunk
  private depth = 0;
  private messageLine = 0;
  private column = -1; // column of its "{" when it starts a line, else -1
  private oversized = false;

  constructor(
    private readonly out: MessageSink,
    private readonly maxMessage: number,
  ) {}

  write(chunk: string): void {
    this.from = 0;
    this.keyFrom = 0;
    for (let i = 0; i < chunk.length; ) {
      if (this.inString) {
        i = this.string(chunk, i);
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === NL) {
        this.line++;
        this.lineStart = this.base + i + 1;
        this.blank = true;
      } else if (!isSpace(c)) {
        const lineStart = this.blank;
        this.blank = false;
        const column = lineStart ? this.base + i - this.lineStart : -1;
        let outside = this.mode === OUTSIDE;
        if (this.mode === MESSAGE) outside = this.inMessage(chunk, i, c, column);
        else if (this.mode === RESYNC) outside = this.resync(i, c, column);
        if (outside) this.outside(i, c, column);
      }
      i++;
    }
    if (this.mode === MESSAGE && !this.oversized) {
      this.parts.push(chunk.slice(this.from));
      this.size += chunk.length - this.from;
      if (this.size > this.maxMessage) {
        // Too large while still open: skip it now and stop holding its text, but keep following its brackets.
        this.out.skip(this.messageLine, 'message too large');
        this.oversized = true;
        this.parts = [];
      }
    }
    if (this.collecting) {
      this.keyText += chunk.slice(this.keyFrom);
      if (this.keyText.length > MAX_KEY) this.collecting = false;
    }
    this.base += chunk.length;
  }

  end(): void {
    if (this.mode === MESSAGE && !this.oversized) this.out.skip(this.messageLine, 'truncated message');
    this.mode = OUTSIDE;
    this.parts = [];
  }

  /** Reads string content from `i`; returns where to go on (after the closing quote, or at a raw newline). */
  private string(chunk: string, i: number): number {
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === NL) {
        this.inString = false;
        this.escaped = false;
        this.collecting = false;
        if (this.mode === MESSAGE) this.abandon(i);
        return i; // the newline is read again as structure
      }
      if (this.escaped) this.escaped = false;
      else if (c === BACKSLASH) this.escaped = true;
      else if (c === QUOTE) {
        this.inString = false;
        if (this.collecting) {
          this.collecting = false;
          const key = this.keyText + chunk.slice(this.keyFrom, i);
          if (key.length <= MAX_KEY) this.stack[this.stack.length - 1].key = key;
        }
        return i + 1;
      }
    }
    return i;
  }

  private outside(i: number, c: number, column: number): void {
    const top = this.deep === 0 ? this.stack[this.stack.length - 1] : undefined;
    if (top?.messages && c !== 44 && c !== 123 && c !== 93) {
      // Between messages only "," "{" or "]" may come: the previous message closed too early.
      this.out.skip(this.line, 'malformed message');
      this.mode = RESYNC;
      return;
    }
    switch (c) {
      case QUOTE:
        this.inString = true;
        if (top && !top.array && top.expectKey) {
          top.key = '';
          this.collecting = true;
          this.keyText = '';
          this.keyFrom = i + 1;
        }
        return;
      case 58: // ":"
        if (top && !top.array) top.expectKey = false;
        return;
      case 44: // ","
        if (top && !top.array) top.expectKey = true;
        return;
      case 123: // "{"
        if (top?.messages) return this.start(i, column);
        return this.push({ array: false, messages: false, key: '', expectKey: true });
      case 91: // "["
        const messages = top !== undefined && !top.array && top.key === 'messages';
        return this.push({ array: true, messages, key: '', expectKey: false });
      case 125: // "}"
      case 93: // "]"
        if (this.deep > 0) this.deep--;
        else this.stack.pop();
    }
  }

  private push(frame: Frame): void {
    if (this.deep > 0 || this.stack.length >= MAX_DEPTH) this.deep++;
    else this.stack.push(frame);
  }

  private start(i: number, column: number): void {
    this.mode = MESSAGE;
    this.parts = [];
    this.size = 0;
    this.from = i;
    this.depth = 1;
    this.messageLine = this.line;
    this.column = column;
    this.oversized = false;
  }

  /** Returns true when the character closes the array around the message and is to be read again outside. */
  private inMessage(chunk: string, i: number, c: number, column: number): boolean {
    if (c === QUOTE) this.inString = true;
    else if (c === 123 || c === 91) {
      // An object opening a line at the message's column: the message before it never closed.
      if (c === 123 && column >= 0 && column === this.column) {
        this.abandon(i);
        this.start(i, column);
      } else this.depth++;
    } else if (c === 125 || c === 93) {
      // A bracket opening a line left of the message's column closes the array around it: the message never closed.
      if (column >= 0 && column < this.column) {
        this.abandon(i);
        this.mode = OUTSIDE;
        return true;
      }
      if (--this.depth > 0) return false;
      if (c === 125) this.complete(chunk, i + 1);
      else this.abandon(i); // closed by "]"
    }
    return false;
  }

  /** Returns true when the character closes the array of messages and is to be read again outside. */
  private resync(i: number, c: number, column: number): boolean {
    if (column < 0) return false;
    if (c === 123 && (this.column < 0 || column === this.column)) this.start(i, column);
    else if ((c === 125 || c === 93) && column < this.column) {
      this.mode = OUTSIDE;
      return true;
    }
    return false;
  }

  private complete(chunk: string, end: number): void {
    this.mode = OUTSIDE;
    if (this.oversized) return;
    const tail = chunk.slice(this.from, end);
    if (this.size + tail.length > this.maxMessage) return this.out.skip(this.messageLine, 'message too large');
    const raw = this.parts.length === 0 ? tail : this.parts.join('') + tail;
    this.parts = [];
    this.out.message(raw, this.messageLine);
  }

  /** The message at `i` is broken: skip it (once) and look for the next one. */
  private abandon(i: number): void {
    const tooLarge = this.size + i - this.from > this.maxMessage;
    if (!this.oversized) this.out.skip(this.messageLine, tooLarge ? 'message too large' : 'malformed message');
    this.mode = RESYNC;
    this.parts = [];
  }
}
