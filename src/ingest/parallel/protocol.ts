import type { Encoding } from '../../io/index.js';
import type { addCounts } from '../report.js';
import type { ColumnSpec } from '../table-sink.js';

/** What every worker of one file's pool is started with. */
export interface WorkerSetup {
  serverKey: Uint8Array;
  encoding: Encoding;
  delimiter: string;
  width: number;
  columns: ColumnSpec[];
}

export interface ChunkJob {
  id: number;
  bytes: Uint8Array;
}

/** The counts of a report that a chunk contributes; skip lines count from the chunk's first line (1). */
export type ChunkCounts = Parameters<typeof addCounts>[1];

export interface ChunkResult {
  id: number;
  keys: Uint8Array;
  kinds: Uint8Array;
  count: number;
  /** Line ends in the chunk. */
  lines: number;
  counts: ChunkCounts;
}

/** A worker's answer to a job, with the job's bytes given back to be used again for a later chunk. */
export type WorkerReply = ({ ok: true; result: ChunkResult } | { ok: false; id: number; message: string }) & { bytes: Uint8Array };
