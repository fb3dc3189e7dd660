import type { Dialect } from './sql-context.js';
import { isSpace, isWordStart, wordEnd } from './sql-lex.js';

/** Reads the statements a dump reader needs from their (bounded) text: INSERT and COPY headers, CREATE TABLE, SET. */

/** A bare word (keyword, unquoted name, number), a quoted name, a string literal or one punctuation character. */
interface Token {
  kind: 'word' | 'name' | 'string' | 'punct';
  text: string;
}

/** Tokens of one statement, read on demand so a parser that gives up early does not lex the rest. */
class Tokens {
  private i = 0;
  private peeked: Token | undefined;

  constructor(
    private readonly sql: string,
    private readonly backslashEscapes: boolean,
  ) {}

  peek(): Token | undefined {
    this.peeked ??= this.read();
    return this.peeked;
  }

  next(): Token | undefined {
    const token = this.peek();
    this.peeked = undefined;
    return token;
  }

  /** Takes the next token when it is the keyword `word` (any case). */
  accept(word: string): boolean {
    const token = this.peek();
    if (token?.kind !== 'word' || token.text.toUpperCase() !== word) return false;
    this.next();
    return true;
  }

  acceptPunct(char: string): boolean {
    const token = this.peek();
    if (token?.kind !== 'punct' || token.text !== char) return false;
    this.next();
    return true;
  }

  private read(): Token | undefined {
    const sql = this.sql;
    const n = sql.length;
    while (this.i < n) {
      const i = this.i;
      const c = sql.charCodeAt(i);
      if (isSpace(c) || c < 32) {
        this.i++;
      } else if (sql.startsWith('--', i)) {
        const end = sql.indexOf('\n', i);
        this.i = end < 0 ? n : end + 1;
      } else if (sql.startsWith('/*', i)) {
        const end = sql.indexOf('*/', i + 2);
        this.i = end < 0 ? n : end + 2;
      } else if (isWordStart(c) || (c >= 48 && c <= 57)) {
        this.i = wordEnd(sql, i);
        return { kind: 'word', text: sql.slice(i, this.i) };
      } else if (c === 96 || c === 34 || c === 91) {
        return { kind: 'name', text: this.quoted(c === 91 ? ']' : sql[i], false) };
      } else if (c === 39) {
        return { kind: 'string', text: this.quoted("'", this.backslashEscapes) };
      } else {
        this.i++;
        return { kind: 'punct', text: sql[i] };
      }
    }
    return undefined;
  }

  /** Reads a quoted name or string from its opening quote at `i`; a doubled quote stands for itself. */
  private quoted(quote: string, backslashEscapes: boolean): string {
    const sql = this.sql;
    let text = '';
    let from = this.i + 1;
    for (let j = from; j < sql.length; j++) {
      const c = sql[j];
      if (c === '\\' && backslashEscapes) {
        text += sql.slice(from, j) + (sql[j + 1] ?? '');
        from = ++j + 1;
      } else if (c === quote) {
        text += sql.slice(from, j);
        if (sql[j + 1] !== quote) {
          this.i = j + 1;
          return text;
        }
        from = ++j;
      }
    }
    this.i = sql.length;
    return text + sql.slice(from);
  }
}

/** A possibly qualified name (`db`.`t`, public.t): its last part, or undefined when no name comes next. */
function readName(tokens: Tokens): string | undefined {
  let token = tokens.peek();
  if (token?.kind !== 'word' && token?.kind !== 'name') return undefined;
  let name = token.text;
  tokens.next();
  while (tokens.acceptPunct('.')) {
    token = tokens.next();
    if (token?.kind !== 'word' && token?.kind !== 'name') return undefined;
    name = token.text;
  }
  return name;
}

/** A parenthesised list of (possibly qualified) names, after its '('; undefined when it holds anything else. */
function readNameList(tokens: Tokens): string[] | undefined {
  const names: string[] = [];
  for (;;) {
    const name = readName(tokens);
    if (name === undefined) return undefined;
    names.push(name);
    if (tokens.acceptPunct(')')) return names;
    if (!tokens.acceptPunct(',')) return undefined;
  }
}

/** Skips tokens to the ')' that closes a '(' already read. */
function skipParens(tokens: Tokens): void {
  for (let depth = 1; depth > 0; ) {
    const token = tokens.next();
    if (token === undefined) return;
    if (token.kind === 'punct') depth += token.text === '(' ? 1 : token.text === ')' ? -1 : 0;
  }
}

export interface TableHead {
  /** The table's name without schema or quotes. */
  name: string;
  /** The statement's own column list; null when it has none. */
  columns: string[] | null;
}

const INSERT_MODIFIERS = ['LOW_PRIORITY', 'DELAYED', 'HIGH_PRIORITY', 'IGNORE', 'INTO'];

/** `INSERT|REPLACE [modifiers] [INTO] name [PARTITION (...)] [AS alias] [(columns)] ... VALUES`. */
export function parseInsert(sql: string, dialect: Dialect): TableHead | undefined {
  const tokens = new Tokens(sql, dialect.backslashEscapes);
  if (!tokens.accept('INSERT') && !tokens.accept('REPLACE')) return undefined;
  while (INSERT_MODIFIERS.some((word) => tokens.accept(word)));
  const name = readName(tokens);
  if (name === undefined || name.toUpperCase() === 'VALUES') return undefined;
  if (tokens.accept('PARTITION') && tokens.acceptPunct('(')) skipParens(tokens);
  if (tokens.accept('AS')) tokens.next();
  const columns = tokens.acceptPunct('(') ? readNameList(tokens) : null;
  return columns === undefined ? undefined : { name, columns };
}

export interface CopyHead extends TableHead {
  /** Whether the data follows the statement (FROM stdin) rather than sitting in a server-side file. */
  fromStdin: boolean;
  /** Whether the data is in the text format this reader reads (pg_dump's; CSV and binary are not read). */
  textFormat: boolean;
}

const NON_TEXT_OPTIONS = new Set(['CSV', 'BINARY', 'DELIMITER', 'NULL']);

/** `COPY name [(columns)] FROM stdin [options]`. */
export function parseCopy(sql: string, dialect: Dialect): CopyHead | undefined {
  const tokens = new Tokens(sql, dialect.backslashEscapes);
  if (!tokens.accept('COPY')) return undefined;
  const name = readName(tokens);
  if (name === undefined) return undefined;
  const columns = tokens.acceptPunct('(') ? readNameList(tokens) : null;
  if (columns === undefined || !tokens.accept('FROM')) return undefined;
  const fromStdin = tokens.accept('STDIN');
  let textFormat = true;
  for (let token = tokens.next(); token !== undefined; token = tokens.next()) {
    const word = token.kind === 'word' ? token.text.toUpperCase() : '';
    if (NON_TEXT_OPTIONS.has(word)) textFormat = false;
    if (word === 'FORMAT' && !tokens.accept('TEXT')) textFormat = false;
  }
  return { name, columns, fromStdin, textFormat };
}

const TABLE_MODIFIERS = ['OR', 'REPLACE', 'GLOBAL', 'LOCAL', 'TEMPORARY', 'TEMP', 'UNLOGGED'];
/** Words that start a constraint rather than a column in CREATE TABLE; all are reserved words where they mean this. */
const CONSTRAINTS = new Set(['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'FOREIGN', 'CHECK', 'LIKE']);
const INLINE_INDEXES = new Set(['KEY', 'INDEX', 'FULLTEXT', 'SPATIAL']);

/** `CREATE [modifiers] TABLE [IF NOT EXISTS] name (definitions)`: the names of its columns, not of its keys. */
export function parseCreateTable(sql: string, dialect: Dialect): { name: string; columns: string[] } | undefined {
  const tokens = new Tokens(sql, dialect.backslashEscapes);
  if (!tokens.accept('CREATE')) return undefined;
  while (TABLE_MODIFIERS.some((word) => tokens.accept(word)));
  if (!tokens.accept('TABLE')) return undefined;
  if (tokens.accept('IF')) {
    tokens.accept('NOT');
    tokens.accept('EXISTS');
  }
  const name = readName(tokens);
  if (name === undefined || !tokens.acceptPunct('(')) return undefined;
  const columns: string[] = [];
  let depth = 1;
  let definitionStart = true;
  for (let token = tokens.next(); token !== undefined && depth > 0; token = tokens.next()) {
    if (definitionStart && (token.kind === 'name' || (token.kind === 'word' && !startsConstraint(token.text, tokens, dialect)))) {
      columns.push(token.text);
    }
    definitionStart = false;
    if (token.kind !== 'punct') continue;
    if (token.text === '(') depth++;
    else if (token.text === ')') depth--;
    else if (token.text === ',' && depth === 1) definitionStart = true;
  }
  return depth === 0 && columns.length > 0 ? { name, columns } : undefined;
}

function startsConstraint(word: string, tokens: Tokens, dialect: Dialect): boolean {
  const upper = word.toUpperCase();
  if (CONSTRAINTS.has(upper) || (dialect.inlineIndexes && INLINE_INDEXES.has(upper))) return true;
  // PostgreSQL's EXCLUDE [USING method] (...) constraint; "exclude" is otherwise a fine column name there
  const next = tokens.peek();
  return upper === 'EXCLUDE' && (next?.text === '(' || next?.text.toUpperCase() === 'USING');
}

/** The value a SET statement gives standard_conforming_strings (PostgreSQL), or undefined when it sets something else. */
export function standardStrings(sql: string): boolean | undefined {
  const tokens = new Tokens(sql, false);
  if (!tokens.accept('SET')) return undefined;
  if (!tokens.accept('SESSION')) tokens.accept('LOCAL');
  if (!tokens.accept('STANDARD_CONFORMING_STRINGS')) return undefined;
  if (!tokens.acceptPunct('=')) tokens.accept('TO');
  const value = tokens.next()?.text.toLowerCase();
  return value === 'on' || value === 'true' || value === '1';
}
