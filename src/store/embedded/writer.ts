import { appendFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Database, Statement } from 'better-sqlite3';
import { IDENTIFIER_KINDS, KIND_CODES, kindOfCode, type IdentifierKind } from '../../identity/kinds.js';
import { StoreError, type CommitResult, type ExposureWriter, type FileSummary } from '../types.js';
import { ENTRY, blobHas, entriesOf, kindCodeOfBucket, sortUnique, writeEntry } from './sorted-keys.js';

/** Keys are partitioned by kind and first output byte; a partition's entries are sorted in memory at commit. */
const PARTITIONS = 256 * 8;
/** Entries buffered per partition before they are appended to its spill file (bounds memory at ~64 MiB). */
const BUFFERED = 4096;
const KEY = 16;
const KNOWN_CODES = new Uint8Array(256);
for (const kind of IDENTIFIER_KINDS) KNOWN_CODES[KIND_CODES[kind]] = 1;

interface BlockRow {
  bucket: number;
  breach_id: number;
  entries: Buffer;
}

export interface WriterContext {
  db: Database;
  breachId: number;
  /** A directory of this writer's own for spill files; removed at commit or abort. */
  tmpDir: string;
  /** Called once the commit's transaction ended, either way. */
  release(): void;
}

/**
 * Gathers one file's keyed identifiers with bounded memory (spilling partitions to disk) and writes them in one
 * transaction at commit: a file ingested half way leaves nothing behind, and a file's keys merge into the
 * breach's existing blocks, so an identifier is held once per breach however many files repeat it.
 */
export class EmbeddedWriter implements ExposureWriter {
  private readonly buffers: (Uint8Array | undefined)[] = new Array(PARTITIONS);
  private readonly fill = new Int32Array(PARTITIONS);
  private readonly spilled = new Uint8Array(PARTITIONS);
  private readonly selectBuckets: Statement;
  private readonly insertBlock: Statement;
  private readonly updateBlock: Statement;
  private ended = false;

  constructor(private readonly ctx: WriterContext) {
    mkdirSync(ctx.tmpDir, { recursive: true, mode: 0o700 });
    this.selectBuckets = ctx.db.prepare('SELECT bucket, breach_id, entries FROM blocks WHERE bucket BETWEEN ? AND ?');
    this.insertBlock = ctx.db.prepare('INSERT INTO blocks (bucket, breach_id, entries) VALUES (?, ?, ?)');
    this.updateBlock = ctx.db.prepare('UPDATE blocks SET entries = ? WHERE bucket = ? AND breach_id = ?');
  }

  add(keys: Uint8Array, kinds: Uint8Array, count: number): void {
    for (let i = 0; i < count; i++) {
      if (!KNOWN_CODES[kinds[i]]) throw new RangeError(`no identifier kind has code ${kinds[i]}`);
      const partition = (kinds[i] << 8) | keys[i * KEY];
      let buffer = this.buffers[partition];
      if (buffer === undefined) buffer = this.buffers[partition] = new Uint8Array(BUFFERED * ENTRY);
      writeEntry(keys, i * KEY, buffer, this.fill[partition] * ENTRY);
      if (++this.fill[partition] === BUFFERED) this.spill(partition);
    }
  }

  private spillPath(partition: number): string {
    return join(this.ctx.tmpDir, `${partition}.bin`);
  }

  private spill(partition: number): void {
    appendFileSync(this.spillPath(partition), this.buffers[partition]!.subarray(0, this.fill[partition] * ENTRY));
    this.spilled[partition] = 1;
    this.fill[partition] = 0;
  }

  /** All entries of a partition, sorted and distinct. */
  private partitionEntries(partition: number): BigUint64Array {
    const buffered = this.buffers[partition]?.subarray(0, this.fill[partition] * ENTRY) ?? new Uint8Array(0);
    const bytes = this.spilled[partition] ? Buffer.concat([readFileSync(this.spillPath(partition)), buffered]) : buffered;
    return sortUnique(entriesOf(bytes));
  }

  async commit(summary: FileSummary): Promise<CommitResult> {
    const result: CommitResult = { unique: {}, newToBreach: {} };
    const newToStore: Partial<Record<IdentifierKind, number>> = {};
    const { db } = this.ctx;
    this.finish(() => {
      db.exec('BEGIN IMMEDIATE');
      try {
        for (let partition = 0; partition < PARTITIONS; partition++) {
          if (this.fill[partition] === 0 && !this.spilled[partition]) continue;
          this.writePartition(partition, this.partitionEntries(partition), result, newToStore);
        }
        this.recordFile(summary, result, newToStore);
        db.exec('COMMIT');
      } catch (err) {
        db.exec('ROLLBACK');
        throw err;
      }
    });
    return result;
  }

  async abort(): Promise<void> {
    this.finish(() => {});
  }

  private finish(work: () => void): void {
    if (this.ended) throw new Error('exposure writer already committed or aborted');
    this.ended = true;
    try {
      work();
    } finally {
      rmSync(this.ctx.tmpDir, { recursive: true, force: true });
      this.ctx.release();
    }
  }

  /** Splits a sorted partition into buckets (by the entries' top byte) and merges each into the store. */
  private writePartition(partition: number, entries: BigUint64Array, result: CommitResult, newToStore: Partial<Record<IdentifierKind, number>>): void {
    const words = new Uint32Array(entries.buffer, entries.byteOffset, entries.length * 2);
    const existing = new Map<number, BlockRow[]>();
    for (const row of this.selectBuckets.iterate(partition << 8, (partition << 8) | 255) as IterableIterator<BlockRow>) {
      const rows = existing.get(row.bucket);
      if (rows) rows.push(row);
      else existing.set(row.bucket, [row]);
    }
    for (let start = 0; start < entries.length; ) {
      const top = words[2 * start + 1] >>> 24;
      let end = start + 1;
      while (end < entries.length && words[2 * end + 1] >>> 24 === top) end++;
      const bucket = (partition << 8) | top;
      const kind = kindOfCode(kindCodeOfBucket(bucket));
      const [toBreach, toStore] = this.mergeBucket(bucket, entries.subarray(start, end), existing.get(bucket) ?? []);
      result.unique[kind] = (result.unique[kind] ?? 0) + (end - start);
      result.newToBreach[kind] = (result.newToBreach[kind] ?? 0) + toBreach;
      newToStore[kind] = (newToStore[kind] ?? 0) + toStore;
      start = end;
    }
  }

  /** Merges fresh entries into the breach's block of `bucket`; returns how many were new to the breach and to the store. */
  private mergeBucket(bucket: number, fresh: BigUint64Array, rows: readonly BlockRow[]): [number, number] {
    if (rows.length === 0) {
      this.insertBlock.run(bucket, this.ctx.breachId, Buffer.from(fresh.buffer, fresh.byteOffset, fresh.byteLength));
      return [fresh.length, fresh.length];
    }
    const own = rows.find((row) => row.breach_id === this.ctx.breachId);
    const others = rows.filter((row) => row !== own);
    const words = new Uint32Array(fresh.buffer, fresh.byteOffset, fresh.length * 2);
    let toBreach = 0;
    let toStore = 0;
    for (let i = 0; i < fresh.length; i++) {
      const high = words[2 * i + 1];
      const low = words[2 * i];
      if (own && blobHas(own.entries, high, low)) continue;
      toBreach++;
      if (!others.some((row) => blobHas(row.entries, high, low))) toStore++;
    }
    if (own === undefined) {
      this.insertBlock.run(bucket, this.ctx.breachId, Buffer.from(fresh.buffer, fresh.byteOffset, fresh.byteLength));
    } else if (toBreach > 0) {
      const merged = new BigUint64Array(own.entries.length / ENTRY + fresh.length);
      new Uint8Array(merged.buffer).set(own.entries);
      merged.set(fresh, own.entries.length / ENTRY);
      const sorted = sortUnique(merged);
      this.updateBlock.run(Buffer.from(sorted.buffer, sorted.byteOffset, sorted.byteLength), bucket, this.ctx.breachId);
    }
    return [toBreach, toStore];
  }

  private recordFile(summary: FileSummary, result: CommitResult, newToStore: Partial<Record<IdentifierKind, number>>): void {
    const { db, breachId } = this.ctx;
    const now = new Date().toISOString();
    if (db.prepare('SELECT 1 FROM files WHERE breach_id = ? AND digest = ?').get(breachId, summary.digest)) {
      throw new StoreError('DUPLICATE_FILE', `a file with these contents (${summary.name}) is already in the breach`);
    }
    db.prepare('INSERT INTO files (breach_id, digest, name, records, added_at) VALUES (?, ?, ?, ?, ?)').run(breachId, summary.digest, summary.name, summary.records, now);
    const row = db.prepare('SELECT data_classes FROM breaches WHERE id = ?').get(breachId) as { data_classes: string };
    const classes = JSON.parse(row.data_classes) as Record<string, number>;
    for (const [type, count] of Object.entries(summary.dataClasses)) classes[type] = (classes[type] ?? 0) + count;
    db.prepare('UPDATE breaches SET data_classes = ?, records = records + ? WHERE id = ?').run(JSON.stringify(classes), summary.records, breachId);
    const addCount = db.prepare(
      'INSERT INTO breach_identifiers (breach_id, kind, count) VALUES (?, ?, ?) ON CONFLICT (breach_id, kind) DO UPDATE SET count = count + excluded.count',
    );
    const addUnique = db.prepare('INSERT INTO unique_identifiers (kind, count) VALUES (?, ?) ON CONFLICT (kind) DO UPDATE SET count = count + excluded.count');
    for (const kind of IDENTIFIER_KINDS) {
      if (result.newToBreach[kind]) addCount.run(breachId, KIND_CODES[kind], result.newToBreach[kind]);
      if (newToStore[kind]) addUnique.run(KIND_CODES[kind], newToStore[kind]);
    }
  }
}
