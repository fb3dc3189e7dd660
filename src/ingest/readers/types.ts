/**
 * What a dump reader produces. Readers are push parsers: the ingest pipeline feeds decoded text with `write`
 * and calls `end` at the end of the file; the reader calls the sink for every table, row, text and bad line.
 * Push parsers keep per-row cost low (no promise per row) and are easy to test with plain strings.
 */
export interface RecordSink {
  /** Starts a table (an SQL table, a CSV file, a JSON array); later rows belong to it. `columns` null: no header. */
  table(name: string, columns: readonly string[] | null): void;
  /** A positional row of the current table; `null` is SQL NULL. `line` is the 1-based line where it starts. */
  row(values: readonly (string | null)[], line: number): void;
  /** A keyed record of the current table (a JSON object flattened to dotted paths, as `flattenRecord` does). */
  record(entries: readonly (readonly [string, string])[], line: number): void;
  /** Free text in which identifiers are found by detection (a chat message, a line of plain text). */
  text(text: string, line: number): void;
  /** A line or record that could not be read. `reason` is a short phrase that never quotes the content. */
  skip(line: number, reason: string): void;
}

export interface RecordParser {
  /** Feeds the next chunk of decoded text; chunks split anywhere, even inside a field or an escape. */
  write(chunk: string): void;
  /** The input ended: flush what is pending; an unterminated record is skipped with a reason. */
  end(): void;
}
