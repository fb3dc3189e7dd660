import type { SqlContext } from './sql-context.js';

/** Lexing pieces the SQL dump lexers share: character classes, runs, comments and statement keywords. */

/** Longest word a lexer waits for across chunks; longer ones are no keyword. */
export const MAX_WORD = 64;

export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xfeff || c === 0xa0;
}

export function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 128 && c !== 0xfeff && c !== 0xa0);
}

function isWordChar(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57) || c === 36;
}

/** The end of the word (letters, digits, _ and $) that starts at `i`. */
export function wordEnd(text: string, i: number): number {
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return i;
}

export function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/**
 * The next position of one character in the text being read: found with indexOf (much faster than a loop over
 * characters) and kept until reading passes it, so each occurrence is searched for once.
 */
export class NextOf {
  private chunk = -1;
  private at = 0;

  constructor(private readonly char: string) {}

  /** The first position from `i` of the character in `text`, the `chunk`-th text read; text.length when none. */
  find(text: string, i: number, chunk: number): number {
    if (this.at < i || this.chunk !== chunk) {
      const at = text.indexOf(this.char, i);
      this.at = at < 0 ? text.length : at;
      this.chunk = chunk;
    }
    return this.at;
  }
}

export const LINE_COMMENT = 1;
export const BLOCK_COMMENT = 2;

/** Whether `--` or `/*` starts at `i`: 0 no, LINE_COMMENT, BLOCK_COMMENT, or -1 when the chunk ends too soon to tell. */
export function commentAt(text: string, i: number, final: boolean): number {
  if (i + 1 >= text.length) return final ? 0 : -1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  if (c === 45 && d === 45) return LINE_COMMENT;
  if (c === 47 && d === 42) return BLOCK_COMMENT;
  return 0;
}

/** Reads a comment to its end across chunks, counting its lines. */
export class CommentSkip {
  /** 0 when no comment is open. */
  kind = 0;

  /** Consumes comment text from `i`; returns where reading goes on (`kind` is 0 again when the comment closed). */
  skip(text: string, i: number, final: boolean, ctx: SqlContext): number {
    const n = text.length;
    if (this.kind === LINE_COMMENT) {
      const j = text.indexOf('\n', i);
      if (j < 0) return n;
      ctx.line++;
      this.kind = 0;
      return j + 1;
    }
    const j = text.indexOf('*/', i);
    if (j >= 0) {
      ctx.line += countLines(text, i, j);
      this.kind = 0;
      return j + 2;
    }
    // A '*' at the end may be the first half of the closing '*/'.
    const end = !final && text.charCodeAt(n - 1) === 42 ? n - 1 : n;
    if (end < n) ctx.stalled = true;
    ctx.line += countLines(text, i, end);
    return end;
  }
}

export type StatementKind = 'insert' | 'create' | 'copy' | 'set' | 'pragma' | 'line' | 'other';

const KINDS: ReadonlyMap<string, StatementKind> = new Map<string, StatementKind>([
  ['INSERT', 'insert'],
  ['REPLACE', 'insert'],
  ['CREATE', 'create'],
  ['COPY', 'copy'],
  ['SET', 'set'],
  ['PRAGMA', 'pragma'],
  // mysql's client command: the statement is its line, as the delimiter it sets is not ';'
  ['DELIMITER', 'line'],
  // SQL Server scripts' batch separator, on a line of its own
  ['GO', 'line'],
  ...(
    'ALTER ANALYZE BEGIN CALL CHECKPOINT CLUSTER COMMENT COMMIT DEALLOCATE DECLARE DELETE DO DROP END EXECUTE FLUSH GRANT ' +
    'LOAD LOCK OPTIMIZE REFRESH REINDEX RENAME RESET REVOKE ROLLBACK SAVEPOINT SECURITY SELECT SHOW START TRUNCATE UNLOCK ' +
    'UPDATE USE VACUUM WITH'
  )
    .split(' ')
    .map((word): [string, StatementKind] => [word, 'other']),
]);

/**
 * The kind of statement the word text[from, to) starts, or undefined when it starts none. Dumps write keywords in
 * upper or lower case; a capitalised word ("Update:", "Set up ...") is prose, not SQL.
 */
export function statementKind(text: string, from: number, to: number): StatementKind | undefined {
  if (to - from > 16) return undefined;
  let word = text.slice(from, to);
  const dollar = word.indexOf('$'); // END$$ under DELIMITER $$
  if (dollar > 0) word = word.slice(0, dollar);
  const upper = word.toUpperCase();
  if (word !== upper && word !== word.toLowerCase()) return undefined;
  return KINDS.get(upper);
}
