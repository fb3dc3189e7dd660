import { closeSync, ftruncateSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDENTIFIER_KINDS, KIND_CODES } from '../../identity/kinds.js';
import { MAX_INSERT_ROWS } from './url.js';

/** A RowBinary row of exposures_local: key UInt64, kind UInt8, breach UInt64, load UInt64 (little-endian). */
export const ROW = 25;
const KEY = 16;
/** Inserts in flight per shard. */
const IN_FLIGHT = 2;
/** Full batches a shard keeps in memory while its inserts lag; more go to a temporary file. */
const QUEUED = 2;
const KNOWN_CODES = new Uint8Array(256);
for (const kind of IDENTIFIER_KINDS) KNOWN_CODES[KIND_CODES[kind]] = 1;

/**
 * The shard of the key at `keys[at]`: its first 8 bytes as a big-endian UInt64, modulo the number of shards. With
 * equal weights this is the rule of the Distributed table's sharding key `key` over the cluster's shards in order
 * (the URL lists nodes in that order), so a key lives on one shard only: lookups ask that shard alone, and per-shard
 * distinct counts add up.
 */
export function shardOf(keys: Uint8Array, at: number, shards: number): number {
  // Horner's rule over 16-bit digits: with fewer than 2^15 shards every step stays a small integer, never a double
  // (whose % is slow: this runs for every key ingested).
  let shard = 0;
  for (let i = at; i < at + 8; i += 2) shard = (shard * 65536 + ((keys[i] << 8) | keys[i + 1])) % shards;
  return shard;
}

/**
 * A shard's batches waiting to be inserted: in memory up to QUEUED, then appended to a temporary file that is
 * unlinked as soon as it is opened, so that it goes with the process however it ends. `add` cannot wait (it is
 * synchronous), so this is what keeps memory bounded when ClickHouse is slower than the reader.
 */
class ShardQueue {
  private readonly memory: Buffer[] = [];
  private readonly spilled: number[] = [];
  private fd = -1;
  private readAt = 0;
  private writeAt = 0;

  /** Queues a batch; false when it went to the file (its buffer is free again). */
  push(batch: Buffer): boolean {
    if (this.memory.length < QUEUED) {
      this.memory.push(batch);
      return true;
    }
    if (this.fd < 0) {
      const path = join(tmpdir(), `leakhound-clickhouse-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.spill`);
      this.fd = openSync(path, 'w+', 0o600);
      unlinkSync(path);
    }
    this.writeAt += writeSync(this.fd, batch, 0, batch.length, this.writeAt);
    this.spilled.push(batch.length);
    return false;
  }

  take(): Buffer | undefined {
    const batch = this.memory.shift();
    if (batch !== undefined || this.spilled.length === 0) return batch;
    const out = Buffer.allocUnsafe(this.spilled.shift()!);
    this.readAt += readSync(this.fd, out, 0, out.length, this.readAt);
    if (this.spilled.length === 0) {
      ftruncateSync(this.fd, 0);
      this.readAt = this.writeAt = 0;
    }
    return out;
  }

  close(): void {
    this.memory.length = this.spilled.length = 0;
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}

/** A shard's rows until its batch is full: each key's first 8 bytes as two big-endian 32-bit halves, and its kind. */
class Gathered {
  readonly high: Uint32Array;
  readonly low: Uint32Array;
  readonly kinds: Uint8Array;
  rows = 0;

  constructor(size: number) {
    this.high = new Uint32Array(size);
    this.low = new Uint32Array(size);
    this.kinds = new Uint8Array(size);
  }
}

/** Most bits a key is bucketed by: 2^18 buckets, four keys each in a batch of a million (sixteen cost 40% more). */
const MAX_BUCKET_BITS = 18;
/**
 * Bucket starts, and the rows of the batch being sorted in bucket order: 10 MB of scratch, made at the first sort
 * rather than whenever the module loads (every command that opens a store loads it, most never insert into ClickHouse).
 */
let scratch: { starts: Uint32Array; sorted: Gathered } | undefined;

/**
 * Writes the gathered rows into `out` (whose rows hold their tail already) as RowBinary sorted by key: ClickHouse
 * then skips sorting the insert (its writer checks whether a block is already sorted), the costliest step of an
 * insert on its side. A counting sort on the top bits moves each key into its bucket, a few keys a bucket as keys
 * are PRF outputs, so the insertion sort that finishes the buckets, over adjacent values, takes linear time.
 */
function sortRows({ high, low, kinds, rows }: Gathered, out: Buffer): Buffer {
  // About four keys a bucket, in at least 256 buckets.
  const bits = Math.min(MAX_BUCKET_BITS, Math.max(8, 29 - Math.clz32(rows)));
  const shift = 32 - bits;
  const buckets = 1 << bits;
  const { starts, sorted } = (scratch ??= { starts: new Uint32Array((1 << MAX_BUCKET_BITS) + 1), sorted: new Gathered(MAX_INSERT_ROWS) });
  starts.fill(0, 0, buckets + 1);
  for (let i = 0; i < rows; i++) starts[(high[i] >>> shift) + 1]++;
  for (let b = 1; b <= buckets; b++) starts[b] += starts[b - 1];
  const { high: h, low: l, kinds: k } = sorted;
  for (let i = 0; i < rows; i++) {
    const to = starts[high[i] >>> shift]++;
    h[to] = high[i];
    l[to] = low[i];
    k[to] = kinds[i];
  }
  for (let j = 1; j < rows; j++) {
    const hj = h[j];
    const lj = l[j];
    if (h[j - 1] < hj || (h[j - 1] === hj && l[j - 1] <= lj)) continue;
    const kj = k[j];
    let m = j - 1;
    for (; m >= 0 && (h[m] > hj || (h[m] === hj && l[m] > lj)); m--) {
      h[m + 1] = h[m];
      l[m + 1] = l[m];
      k[m + 1] = k[m];
    }
    h[m + 1] = hj;
    l[m + 1] = lj;
    k[m + 1] = kj;
  }
  const view = new DataView(out.buffer, out.byteOffset, out.length);
  for (let r = 0, to = 0; r < rows; r++, to += ROW) {
    // The key as a little-endian UInt64: low half first.
    view.setUint32(to, l[r], true);
    view.setUint32(to + 4, h[r], true);
    out[to + 8] = k[r];
  }
  return rows * ROW === out.length ? out : out.subarray(0, rows * ROW);
}

/**
 * Routes keys to their shards (shardOf) and encodes them as rows; full batches are inserted straight into the
 * shard's exposures_local, a few at a time.
 */
export class ShardBatches {
  /** `tail` is the 16 bytes every row ends with (breach and load). */
  private readonly tail: Uint8Array;
  /**
   * Batch buffers whose rows were sent, to be filled again: each holds every row's tail already, and a fresh
   * 26 MB buffer per batch kept the collector busy (large buffers count as external memory, which triggers it).
   */
  private readonly spare: Buffer[] = [];
  private readonly gathered: Gathered[];
  private readonly queues: ShardQueue[];
  private readonly sending: Int32Array;
  private failure: Error | null = null;
  private stopped = false;
  private settled: (() => void) | null = null;

  constructor(
    private readonly shards: number,
    tail: Uint8Array,
    private readonly send: (shard: number, rows: Buffer) => Promise<void>,
    /** Rows per insert, at most MAX_INSERT_ROWS. */
    private readonly batchRows = MAX_INSERT_ROWS,
  ) {
    if (batchRows > MAX_INSERT_ROWS) throw new RangeError(`at most ${MAX_INSERT_ROWS} rows an insert`);
    this.tail = Uint8Array.from(tail);
    this.gathered = Array.from({ length: shards }, () => new Gathered(batchRows));
    this.queues = Array.from({ length: shards }, () => new ShardQueue());
    this.sending = new Int32Array(shards);
  }

  add(keys: Uint8Array, kinds: Uint8Array, count: number): void {
    if (this.failure) throw this.failure;
    const view = new DataView(keys.buffer, keys.byteOffset, keys.byteLength);
    // With a power of two of shards, key % shards is in the low bits of the key's last 32.
    const mask = (this.shards & (this.shards - 1)) === 0 ? this.shards - 1 : -1;
    for (let i = 0; i < count; i++) {
      if (!KNOWN_CODES[kinds[i]]) throw new RangeError(`no identifier kind has code ${kinds[i]}`);
      const at = i * KEY;
      const high = view.getUint32(at);
      const low = view.getUint32(at + 4);
      const shard = mask >= 0 ? low & mask : shardOf(keys, at, this.shards);
      const gathered = this.gathered[shard];
      const row = gathered.rows++;
      gathered.high[row] = high;
      gathered.low[row] = low;
      gathered.kinds[row] = kinds[i];
      if (gathered.rows === this.batchRows) this.queueBatch(shard);
    }
  }

  /** Sends what is left and waits for every insert; rejects with the first that failed. */
  async finish(): Promise<void> {
    for (let shard = 0; shard < this.shards; shard++) if (this.gathered[shard].rows > 0) this.queueBatch(shard);
    await this.idle();
    this.close();
    if (this.failure) throw this.failure;
  }

  /** Drops what was not sent yet and waits for the inserts in flight (so that a later delete sees their rows). */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const queue of this.queues) queue.close();
    await this.idle();
    this.close();
  }

  private close(): void {
    for (const queue of this.queues) queue.close();
    this.gathered.length = this.spare.length = 0;
  }

  private queueBatch(shard: number): void {
    const batch = sortRows(this.gathered[shard], this.spare.pop() ?? this.batchBuffer());
    this.gathered[shard].rows = 0;
    if (!this.queues[shard].push(batch)) this.release(batch);
    this.pump(shard);
  }

  /** A buffer for a full batch with every row's tail written. */
  private batchBuffer(): Buffer {
    const buffer = Buffer.allocUnsafeSlow(this.batchRows * ROW);
    for (let to = 9; to < buffer.length; to += ROW) buffer.set(this.tail, to);
    return buffer;
  }

  /** Keeps a full batch's buffer for a later batch, as many as a shard can have queued and in flight. */
  private release(batch: Buffer): void {
    if (batch.length === this.batchRows * ROW && this.spare.length < this.shards * (QUEUED + IN_FLIGHT)) this.spare.push(batch);
  }

  private pump(shard: number): void {
    while (this.sending[shard] < IN_FLIGHT && !this.failure && !this.stopped) {
      const batch = this.queues[shard].take();
      if (batch === undefined) break;
      this.sending[shard]++;
      this.send(shard, batch).then(
        () => this.sent(shard, batch),
        (err: Error) => {
          this.failure ??= err;
          this.sent(shard, batch);
        },
      );
    }
  }

  private sent(shard: number, batch: Buffer): void {
    this.sending[shard]--;
    this.release(batch);
    this.pump(shard);
    if (this.settled && this.sending.every((n) => n === 0)) this.settled();
  }

  private idle(): Promise<void> {
    if (this.sending.every((n) => n === 0)) return Promise.resolve();
    return new Promise((resolve) => (this.settled = resolve));
  }
}
