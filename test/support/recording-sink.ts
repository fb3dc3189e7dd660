// Test helper: feeds text to a reader in chunks of a given size and records every sink call, in order.
import type { RecordParser, RecordSink } from '../../src/ingest/readers/types.js';

export type Call = readonly unknown[];

export function readWith(makeParser: (sink: RecordSink) => RecordParser, text: string, chunk = Math.max(text.length, 1)): Call[] {
  const calls: Call[] = [];
  const sink: RecordSink = {
    table: (name, columns) => calls.push(['table', name, columns]),
    row: (values, line) => calls.push(['row', values, line]),
    record: (entries, line) => calls.push(['record', entries, line]),
    text: (text, line) => calls.push(['text', text, line]),
    skip: (line, reason) => calls.push(['skip', line, reason]),
  };
  const parser = makeParser(sink);
  for (let i = 0; i < text.length; i += chunk) parser.write(text.slice(i, i + chunk));
  parser.end();
  return calls;
}
