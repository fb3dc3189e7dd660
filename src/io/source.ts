import { createReadStream } from 'node:fs';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { binaryKind } from './binary.js';
import { createDecoder, detectEncoding, type Encoding } from './encoding.js';
import { IoError, toIoError } from './errors.js';
import { peek } from './peek.js';

/** Bytes sniffed to decide the encoding (the binary check looks at the first 8 KB of them). */
const SNIFF_BYTES = 64 * 1024;
/** Bytes per read from a file: large reads cost the ingest's main thread less (fewer chunks to pass along). */
const READ_CHUNK = 1024 * 1024;

/** A file (or stdin) as decoded text, plus what was found out while opening it. */
export interface TextSource {
  path: string;
  /** The name that tells the format: the path without a `.gz` suffix. */
  name: string;
  encoding: Encoding;
  compressed: boolean;
  /** Some bytes were invalid in `encoding` and became U+FFFD. */
  lossy: boolean;
  /** Decoded text in chunks; a failure while reading throws an IoError naming the file. */
  text: AsyncIterable<string>;
  /** The same content as bytes (un-gzipped, not decoded), for readers that split work; iterate this or `text`. */
  bytes: AsyncIterable<Uint8Array>;
}

export interface OpenOptions {
  /** Called with the size of every chunk read from disk (compressed bytes for `.gz`), for progress. */
  onBytes?: (bytes: number) => void;
  /** What `-` reads (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array>;
}

function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

async function* counted(chunks: AsyncIterable<Uint8Array>, onBytes?: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    onBytes?.(chunk.length);
    yield chunk;
  }
}

function gunzip(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  // pipeline forwards a read error from the source into the gunzip stream we iterate.
  return pipeline(Readable.from(chunks, { objectMode: false }), createGunzip(), () => {});
}

/**
 * Bytes decoded at a time. Node keeps a decoded string of a megabyte or more outside the JavaScript heap, where it is
 * freed late: decoding a file's 1 MiB chunks whole held tens of megabytes of them at once.
 */
const DECODE_BYTES = 256 * 1024;

async function* decoded(path: string, chunks: AsyncIterable<Uint8Array>, encoding: Encoding): AsyncGenerator<string> {
  const decoder = createDecoder(encoding);
  try {
    for await (const chunk of chunks) {
      for (let at = 0; at < chunk.length; at += DECODE_BYTES) {
        const text = decoder.write(chunk.subarray(at, at + DECODE_BYTES));
        if (text) yield text;
      }
    }
  } catch (err) {
    throw toIoError(err, path);
  }
  const tail = decoder.end();
  if (tail) yield tail;
}

async function* mapErrors(path: string, chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    yield* chunks;
  } catch (err) {
    throw toIoError(err, path);
  }
}

/**
 * Bytes (already un-gzipped) as a TextSource: refuses binary content (IoError 'BINARY') and detects the encoding
 * from the first bytes. Nothing more is read until `text` or `bytes` is iterated.
 */
export async function textSource(path: string, chunks: AsyncIterable<Uint8Array>): Promise<TextSource> {
  const { head, all, close } = await peek(chunks, SNIFF_BYTES);
  const detected = detectEncoding(head);
  const kind = detected.bom ? null : binaryKind(head);
  if (kind) {
    await close();
    throw new IoError('BINARY', path, `binary file (${kind})`);
  }
  return {
    path,
    name: path,
    encoding: detected.encoding,
    compressed: false,
    lossy: detected.lossy,
    text: decoded(path, all, detected.encoding),
    bytes: mapErrors(path, all),
  };
}

/**
 * Opens a file for scanning: un-gzips it when it starts with the gzip signature, refuses binary content
 * (IoError 'BINARY') and detects the text encoding. Nothing is read beyond the first chunks until `text` is iterated.
 */
export async function openSource(path: string, options: OpenOptions = {}): Promise<TextSource> {
  try {
    const raw = path === '-' ? (options.stdin ?? process.stdin) : createReadStream(path, { highWaterMark: READ_CHUNK });
    const file = await peek(counted(raw, options.onBytes), 2);
    const compressed = isGzip(file.head);
    if (!compressed && /\.gz$/i.test(path)) throw new IoError('BAD_GZIP', path, 'not in gzip format');
    const source = await textSource(path, compressed ? gunzip(file.all) : file.all);
    return { ...source, name: compressed ? path.replace(/\.gz$/i, '') : path, compressed };
  } catch (err) {
    throw toIoError(err, path);
  }
}
