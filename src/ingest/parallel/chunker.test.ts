import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChunkPool, lineChunks } from './chunker.js';

async function chunksOf(text: string, size: number, maxSize = size * 4, pieces = 7): Promise<string[]> {
  const bytes = Buffer.from(text);
  async function* source() {
    for (let i = 0; i < bytes.length; i += pieces) yield bytes.subarray(i, i + pieces);
  }
  const out: string[] = [];
  for await (const chunk of lineChunks(source(), { size, maxSize })) out.push(Buffer.from(chunk).toString());
  return out;
}

describe('lineChunks', () => {
  it('cuts only at line ends, and the chunks put together are the input', async () => {
    const text = Array.from({ length: 500 }, (_, i) => `row ${i},张三${i},13800138${String(i % 1000).padStart(3, '0')}`).join('\n');
    const chunks = await chunksOf(text, 256);
    assert.ok(chunks.length > 10);
    assert.equal(chunks.join(''), text);
    for (const chunk of chunks.slice(0, -1)) assert.ok(chunk.endsWith('\n'));
  });

  it('never cuts inside a quoted field that holds newlines', async () => {
    const record = (i: number) => `${i},"line one\nline two\nline ""three""",x\n`;
    const text = Array.from({ length: 300 }, (_, i) => record(i)).join('');
    const chunks = await chunksOf(text, 100);
    assert.equal(chunks.join(''), text);
    for (const chunk of chunks) assert.equal((chunk.match(/"/g) ?? []).length % 2, 0, 'a chunk ends inside quotes');
  });

  it('with unbalanced quotes it still cuts, at a line end, once maxSize is reached', async () => {
    const text = `a,"unclosed\n${'b,c\n'.repeat(400)}`;
    const chunks = await chunksOf(text, 64, 256);
    assert.ok(chunks.length > 1, 'one unbounded chunk');
    assert.equal(chunks.join(''), text);
    for (const chunk of chunks.slice(0, -1)) assert.ok(chunk.endsWith('\n') && chunk.length < 256 + 64);
  });

  it('gives every chunk an ArrayBuffer of its own, starting at the chunk (so it can be transferred uncopied)', async () => {
    const bytes = Buffer.from(Array.from({ length: 2000 }, (_, i) => `row ${i},13800138${String(i % 1000).padStart(3, '0')}`).join('\n'));
    async function* source() {
      for (let i = 0; i < bytes.length; i += 100) yield bytes.subarray(i, i + 100); // views of one shared buffer
    }
    const chunks: Uint8Array[] = [];
    for await (const chunk of lineChunks(source(), { size: 1000, maxSize: 4000 })) chunks.push(chunk);
    assert.ok(chunks.length > 10);
    assert.ok(chunks.every((chunk) => chunk.byteOffset === 0 && chunk.buffer !== bytes.buffer));
    assert.equal(new Set(chunks.map((chunk) => chunk.buffer)).size, chunks.length);
    const texts = chunks.map((chunk) => Buffer.from(chunk).toString());
    assert.equal(texts.join(''), bytes.toString());
    structuredClone(chunks[0], { transfer: [chunks[0].buffer as ArrayBuffer] }); // the first moves away: the others stay whole
    assert.equal(chunks[0].length, 0);
    assert.deepEqual(chunks.slice(1).map((chunk) => Buffer.from(chunk).toString()), texts.slice(1));
  });

  it('fills buffers given back to its pool again, and the chunks stay whole', async () => {
    const text = Array.from({ length: 3000 }, (_, i) => `row ${i},13800138${String(i % 1000).padStart(3, '0')}\n`).join('');
    const bytes = Buffer.from(text);
    async function* source() {
      for (let i = 0; i < bytes.length; i += 97) yield bytes.subarray(i, i + 97);
    }
    const pool = new ChunkPool(4);
    const buffers = new Set<ArrayBufferLike>();
    const texts: string[] = [];
    for await (const chunk of lineChunks(source(), { size: 1000, maxSize: 4000, pool })) {
      texts.push(Buffer.from(chunk).toString());
      buffers.add(chunk.buffer);
      pool.give(chunk.buffer as ArrayBuffer); // as a worker sends it back
    }
    assert.ok(texts.length > 30);
    assert.equal(texts.join(''), text);
    assert.ok(buffers.size <= 3, `${buffers.size} buffers for ${texts.length} chunks`);
  });

  it('passes an input without any newline through as one chunk, and an empty input as none', async () => {
    assert.deepEqual(await chunksOf('x'.repeat(1000), 100, 100_000), ['x'.repeat(1000)]);
    assert.deepEqual(await chunksOf('', 100), []);
  });
});
