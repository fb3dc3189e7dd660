import { closeSync, ftruncateSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDENTIFIER_KINDS, KIND_CODES } from '../../identity/kinds.js';

/** A RowBinary row of exposures_local: key UInt64, kind UInt8, breach UInt64, load UInt64 (little-endian). */
export const ROW = 25;
const KEY = 16;
/** Rows per insert: 1.6 MB, large enough for ClickHouse to make few parts. */
const BATCH_ROWS = 65536;
/** Inserts in flight per shard. */
const IN_FLIGHT = 2;
/** Full batches a shard keeps in memory while its inserts lag; more go to a temporary file. */
const QUEUED = 8;
const KNOWN_CODES = new Uint8Array(256);
for (const kind of IDENTIFIER_KINDS) KNOWN_CODES[KIND_CODES[kind]] = 1;

/**
 * The shard of the key at `keys[at]`: its first 8 bytes as a big-endian UInt64, modulo the number of shards. With
 * equal weights this is the rule of the Distributed table's sharding key `key` over the cluster's shards in order
 * (the URL lists nodes in that order), so a key lives on one shard only: lookups ask that shard alone, and per-shard
 * distinct counts add up.
 */
export function shardOf(keys: Uint8Array, at: number, shards: number): number {
  const high = ((keys[at] << 24) | (keys[at + 1] << 16) | (keys[at + 2] << 8) | keys[at + 3]) >>> 0;
  const low = ((keys[at + 4] << 24) | (keys[at + 5] << 16) | (keys[at + 6] << 8) | keys[at + 7]) >>> 0;
  // (high * 2^32 + low) % shards, in doubles that stay exact: every operand is below 2^32 * shards.
  return ((high % shards) * (2 ** 32 % shards) + (low % shards)) % shards;
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

  push(batch: Buffer): void {
    if (this.memory.length < QUEUED) return void this.memory.push(batch);
    if (this.fd < 0) {
      const path = join(tmpdir(), `leakhound-clickhouse-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.spill`);
      this.fd = openSync(path, 'w+', 0o600);
      unlinkSync(path);
    }
    this.writeAt += writeSync(this.fd, batch, 0, batch.length, this.writeAt);
    this.spilled.push(batch.length);
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

/**
 * Encodes keys as rows and routes each to its shard (shardOf); full batches are inserted straight into the
 * shard's exposures_local, a few at a time.
 */
export class ShardBatches {
  private readonly fills: Buffer[];
  private readonly rows: Int32Array;
  private readonly queues: ShardQueue[];
  private readonly sending: Int32Array;
  private failure: Error | null = null;
  private stopped = false;
  private settled: (() => void) | null = null;

  /** `tail` is the 16 bytes every row ends with (breach and load). */
  constructor(
    private readonly shards: number,
    private readonly tail: Uint8Array,
    private readonly send: (shard: number, rows: Buffer) => Promise<void>,
  ) {
    this.fills = Array.from({ length: shards }, () => Buffer.allocUnsafe(BATCH_ROWS * ROW));
    this.rows = new Int32Array(shards);
    this.queues = Array.from({ length: shards }, () => new ShardQueue());
    this.sending = new Int32Array(shards);
  }

  add(keys: Uint8Array, kinds: Uint8Array, count: number): void {
    if (this.failure) throw this.failure;
    for (let i = 0; i < count; i++) {
      if (!KNOWN_CODES[kinds[i]]) throw new RangeError(`no identifier kind has code ${kinds[i]}`);
      const at = i * KEY;
      const shard = shardOf(keys, at, this.shards);
      const fill = this.fills[shard];
      const to = this.rows[shard] * ROW;
      for (let b = 0; b < 8; b++) fill[to + b] = keys[at + 7 - b];
      fill[to + 8] = kinds[i];
      fill.set(this.tail, to + 9);
      if (++this.rows[shard] === BATCH_ROWS) this.queueFill(shard);
    }
  }

  /** Sends what is left and waits for every insert; rejects with the first that failed. */
  async finish(): Promise<void> {
    for (let shard = 0; shard < this.shards; shard++) if (this.rows[shard] > 0) this.queueFill(shard, false);
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
    this.fills.length = 0;
  }

  private queueFill(shard: number, more = true): void {
    this.queues[shard].push(this.fills[shard].subarray(0, this.rows[shard] * ROW));
    if (more) this.fills[shard] = Buffer.allocUnsafe(BATCH_ROWS * ROW);
    this.rows[shard] = 0;
    this.pump(shard);
  }

  private pump(shard: number): void {
    while (this.sending[shard] < IN_FLIGHT && !this.failure && !this.stopped) {
      const batch = this.queues[shard].take();
      if (batch === undefined) break;
      this.sending[shard]++;
      this.send(shard, batch).then(
        () => this.sent(shard),
        (err: Error) => {
          this.failure ??= err;
          this.sent(shard);
        },
      );
    }
  }

  private sent(shard: number): void {
    this.sending[shard]--;
    this.pump(shard);
    if (this.settled && this.sending.every((n) => n === 0)) this.settled();
  }

  private idle(): Promise<void> {
    if (this.sending.every((n) => n === 0)) return Promise.resolve();
    return new Promise((resolve) => (this.settled = resolve));
  }
}
