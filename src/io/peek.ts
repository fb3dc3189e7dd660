/**
 * The first `size` bytes of a byte stream (fewer at its end) and the whole stream again, nothing lost.
 * Iterate `all` or call `close` so the underlying file is released.
 */
export async function peek(
  chunks: AsyncIterable<Uint8Array>,
  size: number,
): Promise<{ head: Uint8Array; all: AsyncIterable<Uint8Array>; close(): Promise<void> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const taken: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    taken.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(taken).subarray(0, size);
  async function* all(): AsyncGenerator<Uint8Array> {
    try {
      yield* taken;
      taken.length = 0;
      if (done) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      await iterator.return?.(); // closes the file when the reader stops early
    }
  }
  return { head, all: all(), close: async () => void (await iterator.return?.()) };
}
