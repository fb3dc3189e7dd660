/** Where text goes: process.stdout/stderr, a file stream, or a test's collector. */
export interface TextSink {
  write(text: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

const FLUSH_AT = 64 * 1024;

/** Buffers report text and hands it to the sink in large pieces, waiting when the sink asks to (backpressure). */
export class Output {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly sink: TextSink) {}

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
  }

  async flush(force = false): Promise<void> {
    if (this.size === 0 || (!force && this.size < FLUSH_AT)) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (this.sink.write(text) === false && this.sink.once) {
      await new Promise<void>((resolve) => this.sink.once!('drain', resolve));
    }
  }
}
