import { statsOf } from '../stats.js';
import type { Breach, BreachMeta, ExposureStore, ExposureWriter, LookupKey, Stats } from '../types.js';
import { StoreError } from '../types.js';
import { Catalogue, saveBreach, type Snapshot } from './catalogue.js';
import { collectGarbage } from './gc.js';
import { ClickHouseNode } from './node.js';
import { lookup, uniqueIdentifiers } from './reads.js';
import { checkSchema, createSchema, tablesOf, type Cluster } from './schema.js';
import { parseClickHouseUrl } from './url.js';
import { openWriter } from './writer.js';

/**
 * The exposure index on a ClickHouse cluster: exposures sharded over every node, the catalogue on node 1. Made
 * without I/O (the command line opens stores synchronously); the schema and the server key are checked once,
 * before the first operation.
 */
export class ClickHouseStore implements ExposureStore {
  readonly backend = 'clickhouse';
  private readonly cluster: Cluster;
  private readonly catalogue: Catalogue;
  private ready: Promise<void> | null = null;
  private collected = false;
  private stats_: { snapshot: Snapshot; stats: Stats } | null = null;

  constructor(
    url: string,
    private readonly keyFingerprint: string,
  ) {
    const parsed = parseClickHouseUrl(url);
    this.cluster = { url: parsed, nodes: parsed.nodes.map((address) => new ClickHouseNode(address, parsed)), t: tablesOf(parsed.database) };
    this.catalogue = new Catalogue(this.cluster);
  }

  /** Creates the schema on every node where it is missing (idempotent) and clears what crashed ingests left. */
  async init(): Promise<void> {
    await createSchema(this.cluster, this.keyFingerprint);
    this.ready = Promise.resolve();
    await this.collectGarbage();
  }

  /** Deletes the rows of loads that never committed and whose process is gone (or unseen for a day); returns their number. */
  async collectGarbage(): Promise<number> {
    this.collected = true;
    return collectGarbage(this.cluster, await this.open());
  }

  /** Checks the schema and the key once (again after a failure). */
  private checked(): Promise<void> {
    this.ready ??= checkSchema(this.cluster, this.keyFingerprint).catch((err: unknown) => {
      this.ready = null;
      throw err;
    });
    return this.ready;
  }

  private async open(): Promise<Snapshot> {
    await this.checked();
    return this.catalogue.current();
  }

  private breachId(snapshot: Snapshot, name: string): string {
    const id = snapshot.idOf(name);
    if (id === undefined) throw new StoreError('NO_BREACH', `no breach named ${JSON.stringify(name)}`);
    return id;
  }

  async saveBreach(meta: BreachMeta): Promise<void> {
    await this.open();
    await saveBreach(this.cluster, meta);
    this.catalogue.invalidate();
  }

  async hasFile(breach: string, digest: string): Promise<boolean> {
    const snapshot = await this.open();
    return snapshot.fileLoad(this.breachId(snapshot, breach), digest) !== undefined;
  }

  async beginFile(breach: string): Promise<ExposureWriter> {
    const snapshot = await this.open();
    const id = this.breachId(snapshot, breach);
    // A writing process clears what killed ingests left, as `store init` does.
    if (!this.collected) await this.collectGarbage();
    return openWriter(this.cluster, this.catalogue, id);
  }

  async lookup(keys: readonly LookupKey[]): Promise<string[][]> {
    if (keys.length === 0) return [];
    await this.checked();
    // The catalogue is read while the shards are asked.
    return lookup(this.cluster, this.catalogue.current(), keys);
  }

  async breaches(): Promise<Breach[]> {
    return [...(await this.open()).breaches];
  }

  async breach(name: string): Promise<Breach | null> {
    return (await this.open()).breach(name);
  }

  /** Catalogue totals and distinct identifiers over the committed loads, counted again only when the catalogue changed. */
  async stats(): Promise<Stats> {
    const snapshot = await this.open();
    if (this.stats_?.snapshot !== snapshot) {
      this.stats_ = { snapshot, stats: statsOf(snapshot.breaches, await uniqueIdentifiers(this.cluster, snapshot.committed)) };
    }
    return structuredClone(this.stats_.stats);
  }

  async close(): Promise<void> {
    await Promise.all(this.cluster.nodes.map((node) => node.close()));
  }
}
