import { EventEmitter, once } from 'node:events';
import type { RedactionChange, RedactStats } from './types.js';

/** Decoded text (as `openSource` gives it), or UTF-8 bytes (a stream without an encoding set). */
export type TextInput = AsyncIterable<string | Uint8Array>;

/** Text chunks; bytes are decoded as UTF-8 (malformed bytes become U+FFFD) and a leading byte-order mark is dropped. */
export async function* textChunks(input: TextInput): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      if (text.startsWith('\uFEFF')) text = text.slice(1);
      first = false;
    }
    if (text) yield text;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

/** Where output goes: a Node Writable (a file, stdout) or anything with the same write / 'drain' contract. */
export interface TextOutput {
  write(text: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

/** Batches output into large writes and waits when the destination asks to (bounded memory). */
export class TextWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly out: TextOutput,
    private readonly batch = 64 * 1024,
  ) {}

  async write(text: string): Promise<void> {
    if (text.length === 0) return;
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.batch) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (this.out.write(chunk) !== false) return;
    // events.once also rejects when the stream fails, so a broken destination cannot hang the run.
    if (this.out instanceof EventEmitter) await once(this.out, 'drain');
    else if (this.out.once) await new Promise<void>((resolve) => this.out.once!('drain', resolve));
  }
}

export function emptyStats(): RedactStats {
  return { records: 0, invalid: 0, changes: {} };
}

export function tally(stats: RedactStats, changes: readonly RedactionChange[]): void {
  for (const change of changes) stats.changes[change.type] = (stats.changes[change.type] ?? 0) + 1;
}
