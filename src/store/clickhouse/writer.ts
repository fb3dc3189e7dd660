import { randomBytes } from 'node:crypto';
import { IDENTIFIER_KINDS, KIND_CODES } from '../../identity/kinds.js';
import { StoreError, type CommitResult, type ExposureWriter, type FileSummary } from '../types.js';
import { ShardBatches } from './batches.js';
import type { Catalogue } from './catalogue.js';
import { HEARTBEAT_MS, discardLoads, markLoad } from './gc.js';
import { breachCounts } from './reads.js';
import type { Cluster } from './schema.js';

/** A fresh load id: random, 63 bits (so it reads the same as a signed or unsigned 64-bit integer), never 0. */
function newLoadId(): string {
  const bytes = randomBytes(8);
  bytes[0] &= 0x7f;
  return (bytes.readBigUInt64BE(0) || 1n).toString();
}

function duplicate(summary: FileSummary): StoreError {
  return new StoreError('DUPLICATE_FILE', `a file with these contents (${summary.name}) is already in the breach`);
}

/** Starts a load of one file into a breach: its rows count once `commit` writes its files row. */
export async function openWriter(cluster: Cluster, catalogue: Catalogue, breachId: string): Promise<ExposureWriter> {
  const load = newLoadId();
  const startedAt = Date.now();
  await markLoad(cluster, load, breachId, startedAt);
  return new ClickHouseWriter(cluster, catalogue, breachId, load, startedAt);
}

/**
 * Sends a file's rows to the shards while they arrive (batches.ts) and makes them count at commit by writing the
 * file's row in `files`: a file ingested half way, aborted or killed leaves rows that never count, and that
 * abort or the clean-up deletes. Counts are computed by ClickHouse over the breach's committed loads.
 */
class ClickHouseWriter implements ExposureWriter {
  private readonly batches: ShardBatches;
  private readonly heartbeat: NodeJS.Timeout;
  private ended = false;

  constructor(
    private readonly cluster: Cluster,
    private readonly catalogue: Catalogue,
    private readonly breachId: string,
    private readonly load: string,
    startedAt: number,
  ) {
    const { nodes, t } = cluster;
    const tail = Buffer.alloc(16);
    tail.writeBigUInt64LE(BigInt(breachId), 0);
    tail.writeBigUInt64LE(BigInt(load), 8);
    this.batches = new ShardBatches(nodes.length, tail, (shard, rows) => nodes[shard].insertRowBinary(t.exposures_local, rows), cluster.url.insertRows);
    // Marks the load as alive now and then, so that clean-up on another host does not take a long ingest for dead.
    this.heartbeat = setInterval(() => void markLoad(cluster, load, breachId, startedAt).catch(() => undefined), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  add(keys: Uint8Array, kinds: Uint8Array, count: number): void {
    if (this.ended) throw new Error('exposure writer already committed or aborted');
    this.batches.add(keys, kinds, count);
  }

  async commit(summary: FileSummary): Promise<CommitResult> {
    this.end();
    let filed = false;
    try {
      await this.batches.finish();
      if ((await this.catalogue.current()).fileLoad(this.breachId, summary.digest) !== undefined) throw duplicate(summary);
      filed = true;
      await this.writeFileRow(summary);
      const snapshot = await this.catalogue.current();
      // Another writer may have committed the same file at the same time: the first files row counts.
      if (snapshot.fileLoad(this.breachId, summary.digest) !== this.load) throw duplicate(summary);
      const loads = snapshot.loadsOf(this.breachId);
      const counts = await breachCounts(this.cluster, this.breachId, loads, this.load);
      // Counts only grow with the committed loads, so their number orders the snapshots of racing commits.
      const rows = IDENTIFIER_KINDS.filter((kind) => counts.withLoad[kind]).map((kind) => ({ breach: this.breachId, kind: KIND_CODES[kind], count: counts.withLoad[kind], version: loads.length }));
      if (rows.length > 0) await this.cluster.nodes[0].insertJson(this.cluster.t.breach_counts, rows);
      const result: CommitResult = { unique: {}, newToBreach: {} };
      for (const kind of IDENTIFIER_KINDS) {
        if (!counts.inLoad[kind]) continue;
        result.unique[kind] = counts.inLoad[kind];
        result.newToBreach[kind] = (counts.withLoad[kind] ?? 0) - (counts.withoutLoad[kind] ?? 0);
      }
      return result;
    } catch (err) {
      // Best effort: if this fails too, the rows stay uncounted until the clean-up removes them.
      await discardLoads(this.cluster, [this.load], filed).catch(() => undefined);
      throw err;
    } finally {
      this.catalogue.invalidate();
    }
  }

  async abort(): Promise<void> {
    this.end();
    await this.batches.stop();
    // Rows of a load without a files row never count; if the delete fails, the clean-up removes them later.
    await discardLoads(this.cluster, [this.load], false).catch(() => undefined);
  }

  private end(): void {
    if (this.ended) throw new Error('exposure writer already committed or aborted');
    this.ended = true;
    clearInterval(this.heartbeat);
  }

  private async writeFileRow(summary: FileSummary): Promise<void> {
    const row = {
      breach: this.breachId,
      load: this.load,
      digest: summary.digest,
      name: summary.name,
      records: summary.records,
      data_classes: JSON.stringify(summary.dataClasses),
      committed_at: Date.now(),
    };
    await this.cluster.nodes[0].insertJson(this.cluster.t.files, [row]);
  }
}
