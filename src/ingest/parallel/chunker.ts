const NEWLINE = 0x0a;
const QUOTE = 0x22;

export interface ChunkerOptions {
  /** Bytes per chunk, roughly (a chunk ends at a line end). */
  size: number;
  /** Past this many bytes without a line end outside quotes, a chunk is cut at any line end. */
  maxSize: number;
  /** Where chunk buffers come from, and go back to once a worker is done with them. */
  pool?: ChunkPool;
}

/**
 * Buffers for chunks, used again once a worker has sent a chunk's buffer back: a fresh buffer per chunk (gigabytes
 * of them for a large dump) kept the collector marking the heap of every thread, on the cores the ingest needs.
 */
export class ChunkPool {
  private readonly free: ArrayBuffer[] = [];

  /** Keeps at most `limit` free buffers. */
  constructor(private readonly limit: number) {}

  /** A buffer of at least `length` bytes: a free one, or a new one of `capacity` bytes if that is more. */
  take(length: number, capacity: number): Uint8Array<ArrayBuffer> {
    const found = this.free.findIndex((buffer) => buffer.byteLength >= length);
    if (found >= 0) return new Uint8Array(this.free.splice(found, 1)[0]);
    return new Uint8Array(Math.max(length, capacity));
  }

  /** Gives back a chunk's buffer, which nothing reads any more. */
  give(buffer: ArrayBuffer): void {
    if (this.free.length < this.limit) this.free.push(buffer);
  }
}

/** Quote characters in bytes[from, to). */
function quotesIn(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = bytes.indexOf(QUOTE, from); at !== -1 && at < to; at = bytes.indexOf(QUOTE, at + 1)) count++;
  return count;
}

/**
 * The last line end in bytes[0, end) that is outside quotes, assuming bytes[0] is: in well-formed CSV a
 * newline is inside a quoted field exactly when an odd number of quotes precede it. -1 when there is none. A Buffer,
 * whose indexOf is a native search: a Uint8Array's reads byte by byte, which cost a tenth of the ingest's main thread.
 */
function lastBoundary(bytes: Buffer, end: number): number {
  let quotes = quotesIn(bytes, 0, end);
  for (let nl = bytes.lastIndexOf(NEWLINE, end - 1); nl !== -1; nl = bytes.lastIndexOf(NEWLINE, nl - 1)) {
    quotes -= quotesIn(bytes, nl, end);
    if (quotes % 2 === 0) return nl;
    end = nl;
  }
  return -1;
}

/**
 * Cuts a byte stream of line-based text (CSV, JSON lines, combo lists) into chunks of whole records that can be
 * parsed independently, in parallel. Only a line end outside quotes ends a chunk; text with unbalanced quotes
 * gets cut at any line end after `maxSize` bytes, where a parser would have resynchronised anyway. Each chunk
 * starts its own ArrayBuffer, which nothing else uses (the bytes after the cut are copied out), so it can be
 * transferred to a worker thread without a copy.
 */
export async function* lineChunks(bytes: AsyncIterable<Uint8Array>, options: ChunkerOptions): AsyncGenerator<Uint8Array> {
  const pool = options.pool ?? new ChunkPool(0);
  // Room for a chunk and the part that took it past `size`, mostly.
  const capacity = Math.ceil(options.size * 1.5);
  let buffer: Uint8Array<ArrayBuffer> = new Uint8Array(0);
  let length = 0;
  for await (const part of bytes) {
    if (length + part.length > buffer.length) {
      const grown = pool.take(length + part.length, capacity);
      grown.set(buffer.subarray(0, length));
      buffer = grown;
    }
    buffer.set(part, length);
    length += part.length;
    if (length < options.size) continue;
    const view = Buffer.from(buffer.buffer, buffer.byteOffset, length);
    let cut = lastBoundary(view, length);
    if (cut === -1 && length >= options.maxSize) cut = view.lastIndexOf(NEWLINE);
    if (cut === -1) continue;
    const rest = length - (cut + 1);
    const next = pool.take(rest, capacity);
    next.set(buffer.subarray(cut + 1, length));
    yield buffer.subarray(0, cut + 1);
    buffer = next;
    length = rest;
  }
  if (length > 0) yield buffer.subarray(0, length);
}
