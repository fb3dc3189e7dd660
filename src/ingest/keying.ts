import type { IdentifierKind } from '../identity/kinds.js';
import { encodePlainBytes } from '../identity/plain-bytes.js';
import { BLOCK, MAX_MESSAGE, encodeMessage, type Keyer } from '../identity/prf.js';
import type { ExposureWriter } from '../store/types.js';

const BATCH = 4096;
/** Room for a batch of numeric identifiers with text ones among them; a full buffer flushes early. */
const CAPACITY = BATCH * BLOCK * 4;

/** Collects canonical identifiers, keys them a batch at a time and hands the outputs to the writer. */
export class KeyBatch {
  private readonly messages = new Uint8Array(CAPACITY);
  private readonly offsets = new Int32Array(BATCH);
  private readonly blocks = new Uint8Array(BATCH);
  private readonly kinds = new Uint8Array(BATCH);
  private count = 0;
  private used = 0;

  constructor(
    private readonly keyer: Keyer,
    private readonly writer: ExposureWriter,
  ) {}

  add(kind: IdentifierKind, canonical: string): void {
    if (this.used + MAX_MESSAGE > CAPACITY) this.flush();
    this.added(encodeMessage(kind, canonical, this.messages, this.used));
  }

  /**
   * Adds the identifier of `kind` written plainly in bytes[from, to), as `add` would add its canonical form (see
   * encodePlainBytes); false, adding nothing, when it is not written so. `today` is todayValue().
   */
  addPlain(kind: IdentifierKind, bytes: Uint8Array, from: number, to: number, today: number): boolean {
    if (this.used + MAX_MESSAGE > CAPACITY) this.flush();
    const blocks = encodePlainBytes(kind, bytes, from, to, this.messages, this.used, today);
    if (blocks === 0) return false;
    this.added(blocks);
    return true;
  }

  /** Counts the message of `blocks` just encoded at `used`, whose first byte is its kind's code. */
  private added(blocks: number): void {
    this.offsets[this.count] = this.used;
    this.blocks[this.count] = blocks;
    this.kinds[this.count] = this.messages[this.used];
    this.used += blocks * BLOCK;
    if (++this.count === BATCH) this.flush();
  }

  flush(): void {
    if (this.count === 0) return;
    this.writer.add(this.keyer.keyMessages(this.messages, this.offsets, this.blocks, this.count), this.kinds, this.count);
    this.messages.fill(0, 0, this.used); // messages are encoded onto zeros
    this.count = 0;
    this.used = 0;
  }
}
