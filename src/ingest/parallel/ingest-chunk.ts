import { createDecoder } from '../../io/index.js';
import type { Keyer } from '../../identity/prf.js';
import { KeyBatch } from '../keying.js';
import { MAX_RECORD, createDelimitedParser } from '../readers/delimited.js';
import { emptyReport } from '../report.js';
import { IngestSink } from '../table-sink.js';
import { readByteRows } from './byte-rows.js';
import type { CollectingWriter } from './collecting-writer.js';
import type { ChunkResult, WorkerSetup } from './protocol.js';

/** Rows can be split into fields without decoding them when the text is UTF-8 and the delimiter one ASCII character. */
export function readsBytes(setup: WorkerSetup): boolean {
  return setup.encoding === 'utf-8' && setup.delimiter.length === 1 && setup.delimiter.charCodeAt(0) < 0x80;
}

/**
 * Ingests a chunk of whole lines of a delimited dump whose columns were classified already: rows read from the bytes
 * (byte-rows.ts) as far as they can be, the rest decoded and parsed as text. Keys go to `writer`.
 */
export function ingestChunk(bytes: Uint8Array, setup: WorkerSetup, keyer: Keyer, writer: CollectingWriter, byteRows = readsBytes(setup)): Omit<ChunkResult, 'id'> {
  const report = emptyReport('');
  const keys = new KeyBatch(keyer, writer);
  const sink = new IngestSink(keys, report, new Map());
  sink.adopt(setup.columns);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { stop, line } = byteRows ? readByteRows(buffer, sink, { delimiter: setup.delimiter.charCodeAt(0), width: setup.width, maxRecord: MAX_RECORD }) : { stop: 0, line: 1 };
  const parser = createDelimitedParser(sink, { name: '', isHeader: () => false, delimiter: setup.delimiter, width: setup.width, firstLine: line });
  const decoder = createDecoder(setup.encoding);
  parser.write(decoder.write(buffer.subarray(stop)));
  parser.write(decoder.end());
  parser.end();
  sink.finish();
  keys.flush();
  const { records, skipped, skipReasons, skipSamples, identifiers, invalid, dataClasses } = report;
  return { ...writer.take(), lines: parser.line - 1, counts: { records, skipped, skipReasons, skipSamples, identifiers, invalid, dataClasses } };
}
