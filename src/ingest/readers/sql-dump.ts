import { Mode, SqlContext } from './sql-context.js';
import { CopyLexer } from './sql-copy.js';
import { StatementLexer } from './sql-statement.js';
import { ValuesLexer } from './sql-values.js';
import type { RecordParser, RecordSink } from './types.js';

/**
 * Reads SQL dumps: mysqldump (and MariaDB, SQLite .dump) INSERT statements, and pg_dump's COPY ... FROM stdin data
 * or INSERT statements. Every tuple becomes a row of its table, named after the INSERT's column list, else the
 * COPY's, else the CREATE TABLE seen earlier. The rest of the dump (DDL, SET, comments) is passed over; text that is
 * not SQL, and tuples that cannot be read, are skipped with a reason and reading goes on with the next one.
 *
 * A character-level state machine over each chunk: a statement of any size streams through in bounded memory, as
 * tuples are emitted as they close and each value and row has a size bound (past it the row is skipped).
 */
export function createSqlDumpParser(sink: RecordSink): RecordParser {
  const ctx = new SqlContext(sink);
  const values = new ValuesLexer(ctx, () => statement.ignoreRest());
  const copy = new CopyLexer(ctx);
  const statement = new StatementLexer(ctx, values, copy);
  const lexers = { [Mode.Statement]: statement, [Mode.Values]: values, [Mode.Copy]: copy };
  /** Text a lexer could not decide on at the end of a chunk (a few characters: half an escape, a keyword). */
  let carry = '';
  let ended = false;

  function scan(text: string, final: boolean): void {
    ctx.chunk++;
    let i = 0;
    while (i < text.length) {
      i = lexers[ctx.mode].step(text, i, final);
      if (ctx.stalled) {
        ctx.stalled = false;
        break;
      }
    }
    carry = text.slice(i);
  }

  return {
    write(chunk: string): void {
      if (ended || chunk.length === 0) return;
      scan(carry === '' ? chunk : carry + chunk, false);
    },
    end(): void {
      if (ended) return;
      ended = true;
      scan(carry, true);
      lexers[ctx.mode].finish();
    },
  };
}

/** Signs of an SQL dump in its first KB; bounded text, so the patterns cannot run away. */
const DUMP_MARKERS: readonly RegExp[] = [
  /^-- (?:MySQL|MariaDB) dump/m,
  /^-- PostgreSQL database dump/m,
  /^-- phpMyAdmin SQL Dump/m,
  /^\s*Navicat\b.*Data Transfer/m,
  /\b(?:INSERT|REPLACE)\s+(?:IGNORE\s+)?INTO\s/i,
  /\bCREATE\s+TABLE\s/i,
  /\bCOPY\s+[^\s(]+\s*(?:\([^)]*\)\s*)?FROM\s+stdin\b/i,
];

/** Whether text that starts a file reads as an SQL dump (a cheap check to pick this reader). */
export function looksLikeSqlDump(head: string): boolean {
  const start = head.slice(0, 1024);
  return DUMP_MARKERS.some((marker) => marker.test(start));
}
