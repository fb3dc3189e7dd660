const NEWLINE = 0x0a;
const QUOTE = 0x22;

export interface ChunkerOptions {
  /** Bytes per chunk, roughly (a chunk ends at a line end). */
  size: number;
  /** Past this many bytes without a line end outside quotes, a chunk is cut at any line end. */
  maxSize: number;
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

/** The parts joined into a buffer of their own (a new ArrayBuffer, as Buffer.concat's pool serves small sizes only). */
function joinedCopy(parts: readonly Uint8Array[], length: number): Uint8Array {
  const joined = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

/**
 * Cuts a byte stream of line-based text (CSV, JSON lines, combo lists) into chunks of whole records that can be
 * parsed independently, in parallel. Only a line end outside quotes ends a chunk; text with unbalanced quotes
 * gets cut at any line end after `maxSize` bytes, where a parser would have resynchronised anyway. Each chunk
 * starts its own ArrayBuffer, which nothing else uses (the bytes after the cut are copied out), so it can be
 * transferred to a worker thread without a copy.
 */
export async function* lineChunks(bytes: AsyncIterable<Uint8Array>, options: ChunkerOptions): AsyncGenerator<Uint8Array> {
  let parts: Uint8Array[] = [];
  let length = 0;
  for await (const part of bytes) {
    parts.push(part);
    length += part.length;
    if (length < options.size) continue;
    const joined = joinedCopy(parts, length);
    let cut = lastBoundary(Buffer.from(joined.buffer, joined.byteOffset, joined.length), joined.length);
    if (cut === -1 && length >= options.maxSize) cut = joined.lastIndexOf(NEWLINE);
    if (cut === -1) {
      parts = [joined];
      continue;
    }
    const rest = joined.slice(cut + 1);
    yield joined.subarray(0, cut + 1);
    parts = rest.length > 0 ? [rest] : [];
    length = rest.length;
  }
  if (length > 0) yield joinedCopy(parts, length);
}
