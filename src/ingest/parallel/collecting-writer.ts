import type { CommitResult, ExposureWriter } from '../../store/types.js';

const KEY = 16;

/** Keyed identifiers gathered in a worker, to be sent to the main thread's writer. */
export class CollectingWriter implements ExposureWriter {
  private keys = new Uint8Array(64 * 1024 * KEY);
  private kinds = new Uint8Array(64 * 1024);
  private count = 0;

  add(keys: Uint8Array, kinds: Uint8Array, count: number): void {
    if (this.count + count > this.kinds.length) {
      const capacity = Math.max(this.kinds.length * 2, this.count + count);
      const grownKeys = new Uint8Array(capacity * KEY);
      grownKeys.set(this.keys.subarray(0, this.count * KEY));
      const grownKinds = new Uint8Array(capacity);
      grownKinds.set(this.kinds.subarray(0, this.count));
      [this.keys, this.kinds] = [grownKeys, grownKinds];
    }
    this.keys.set(keys.subarray(0, count * KEY), this.count * KEY);
    this.kinds.set(kinds.subarray(0, count), this.count);
    this.count += count;
  }

  /** What was gathered, in fresh buffers that can be transferred; the writer starts empty again. */
  take(): { keys: Uint8Array; kinds: Uint8Array; count: number } {
    const taken = { keys: this.keys.slice(0, this.count * KEY), kinds: this.kinds.slice(0, this.count), count: this.count };
    this.count = 0;
    return taken;
  }

  async commit(): Promise<CommitResult> {
    throw new Error('a worker never commits; the main thread does');
  }

  async abort(): Promise<void> {
    this.count = 0;
  }
}
