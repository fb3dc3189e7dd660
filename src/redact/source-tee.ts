import type { TextWriter } from './streams.js';

/**
 * Copies input to output except where a part is replaced. Readers skip text (blank lines, the brackets and commas
 * around JSON elements); the tee keeps what is not yet written so those parts come out unchanged. It holds the
 * text from the last write on: at most what the reader has read ahead plus the records held for sampling.
 */
export class SourceTee {
  private pending = '';
  /** Offset in the input of `pending[0]`: everything before it is written. */
  private base = 0;

  constructor(readonly writer: TextWriter) {}

  get written(): number {
    return this.base;
  }

  async *wrap(chunks: AsyncIterable<string>): AsyncGenerator<string> {
    for await (const chunk of chunks) {
      this.pending += chunk;
      yield chunk;
    }
  }

  /** Writes `text` in place of input [start, end), copying the input before `start` unchanged. */
  async replace(start: number, end: number, text: string): Promise<void> {
    await this.writer.write(this.pending.slice(0, start - this.base));
    await this.writer.write(text);
    this.pending = this.pending.slice(end - this.base);
    this.base = end;
  }

  /** Copies the rest of the input and flushes. */
  async finish(): Promise<void> {
    await this.writer.write(this.pending);
    this.base += this.pending.length;
    this.pending = '';
    await this.writer.flush();
  }
}
