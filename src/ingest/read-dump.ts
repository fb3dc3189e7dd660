import { createDecoder, type TextSource } from '../io/index.js';
import type { ExposureWriter } from '../store/types.js';
import type { Format } from './formats.js';
import type { KeyBatch } from './keying.js';
import { ChunkPool, lineChunks } from './parallel/chunker.js';
import { runChunks } from './parallel/pool.js';
import { createDelimitedParser } from './readers/delimited.js';
import { addCounts, type FileReport } from './report.js';
import { looksLikeHeader, runReader } from './run-reader.js';
import type { IngestSink } from './table-sink.js';

/** Characters looked at to detect the format. */
export const HEAD_CHARS = 16 * 1024;
/** Bytes per chunk handed to a worker. */
const CHUNK_BYTES = 4 * 1024 * 1024;
/**
 * Chunk buffers kept to be filled again: as many as come back, which is no more than are in flight (two a worker),
 * capped for a pool of many workers.
 */
const FREE_CHUNKS = 16;

export interface Parallelism {
  serverKey: Uint8Array;
  workers: number;
}

export interface DumpContext {
  sink: IngestSink;
  keys: KeyBatch;
  writer: ExposureWriter;
  report: FileReport;
  parallel?: Parallelism;
}

/** A dump opened for reading: its first characters (to detect the format) and a way to read all of it once. */
export interface Dump {
  head: string;
  read(format: Exclude<Format, 'xlsx'>, name: string, context: DumpContext): Promise<void>;
}

async function* rest<T>(first: T[], iterator: AsyncIterator<T>): AsyncGenerator<T> {
  yield* first;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
}

/** A dump read as text, sequentially. */
async function textDump(text: AsyncIterable<string>): Promise<Dump> {
  const iterator = text[Symbol.asyncIterator]();
  const taken: string[] = [];
  let length = 0;
  while (length < HEAD_CHARS) {
    const next = await iterator.next();
    if (next.done) break;
    taken.push(next.value);
    length += next.value.length;
  }
  return {
    head: taken.join('').slice(0, HEAD_CHARS),
    read: (format, name, { sink }) => runReader(format, name, rest(taken, iterator), sink),
  };
}

/**
 * A dump read as bytes cut into chunks of whole lines. CSV is parsed in parallel: the first chunk on this
 * thread (it decides the header and what each column holds), the others in worker threads.
 */
async function chunkedDump(source: TextSource): Promise<Dump> {
  const pool = new ChunkPool(FREE_CHUNKS);
  const iterator = lineChunks(source.bytes, { size: CHUNK_BYTES, maxSize: 16 * CHUNK_BYTES, pool })[Symbol.asyncIterator]();
  const first = await iterator.next();
  const decoder = createDecoder(source.encoding);
  const firstText = first.done ? '' : decoder.write(first.value);
  async function* text(): AsyncGenerator<string> {
    yield firstText;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield decoder.write(next.value);
    yield decoder.end();
  }
  return {
    head: firstText.slice(0, HEAD_CHARS),
    async read(format, name, context) {
      if (format !== 'csv' || !context.parallel) return runReader(format, name, text(), context.sink);
      const parser = createDelimitedParser(context.sink, { name, isHeader: looksLikeHeader });
      parser.write(firstText);
      context.sink.finish(); // classifies the columns from the first chunk's rows
      const columns = context.sink.columns();
      if (columns === null || parser.width < 0) {
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) parser.write(decoder.write(next.value));
        parser.write(decoder.end());
        parser.end();
        return;
      }
      parser.end();
      context.keys.flush();
      let line = parser.line;
      const setup = { serverKey: context.parallel.serverKey, encoding: source.encoding, delimiter: parser.delimiter, width: parser.width, columns };
      await runChunks(
        setup,
        context.parallel.workers,
        rest([], iterator),
        (result) => {
          context.writer.add(result.keys, result.kinds, result.count);
          addCounts(context.report, result.counts, line);
          line += result.lines;
        },
        (buffer) => pool.give(buffer),
      );
    },
  };
}

/** Opens a dump: by chunks of bytes when the encoding allows cutting at line ends (not UTF-16), else as text. */
export function openDump(source: TextSource): Promise<Dump> {
  return source.encoding.startsWith('utf-16') ? textDump(source.text) : chunkedDump(source);
}
