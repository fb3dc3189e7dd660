import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { KIND_CODES } from '../../identity/kinds.js';
import type { Breach, BreachMeta, ExposureStore, ExposureWriter, LookupKey, Stats } from '../types.js';
import { processAlive } from '../process-alive.js';
import { StoreError } from '../types.js';
import { readStats } from './catalogue.js';
import { CatalogueCache } from './catalogue-cache.js';
import { prepareSchema } from './schema.js';
import { blobHas, bucketOf, entryHalves } from './sorted-keys.js';
import { EmbeddedWriter } from './writer.js';

export const STORE_FILE = 'exposures.db';

/** A row of `selectBucket`, read raw (an array, not an object per row). */
type BlockRow = [breachId: number, entries: Buffer];

/** Spill folders of ingests that were killed (their process is gone) are removed on open. */
function removeStaleSpills(tmpRoot: string): void {
  for (const name of readdirSync(tmpRoot)) {
    const pid = Number(/^ingest-(\d+)-/.exec(name)?.[1]);
    if (pid && !processAlive(pid)) rmSync(join(tmpRoot, name), { recursive: true, force: true });
  }
}

/** The embedded backend: one SQLite file in the data folder, no server. */
export class EmbeddedStore implements ExposureStore {
  readonly backend = 'embedded';
  private readonly db: Database.Database;
  private readonly tmpRoot: string;
  private readonly names = new Map<number, string>();
  private readonly selectBucket: Database.Statement;
  private readonly catalogue: CatalogueCache;
  private writers = 0;

  constructor(
    readonly dir: string,
    keyFingerprint: string,
  ) {
    if (endianness() !== 'LE') throw new StoreError('BAD_STORE', 'the embedded store needs a little-endian machine');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const path = join(dir, STORE_FILE);
    let db: Database.Database | undefined;
    try {
      db = new Database(path);
      prepareSchema(db, keyFingerprint, path);
      this.db = db;
    } catch (err) {
      db?.close();
      if (err instanceof StoreError) throw err;
      throw new StoreError('BAD_STORE', `${path}: not a Leakhound store (${(err as Error).message})`);
    }
    this.tmpRoot = join(dir, 'tmp');
    mkdirSync(this.tmpRoot, { recursive: true, mode: 0o700 });
    removeStaleSpills(this.tmpRoot);
    this.selectBucket = this.db.prepare('SELECT breach_id, entries FROM blocks WHERE bucket = ?').raw();
    this.catalogue = new CatalogueCache(this.db);
  }

  /** The schema is made or checked when the store is opened, and spills of crashed writers are removed then too. */
  async init(): Promise<void> {}

  async saveBreach(meta: BreachMeta): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO breaches (name, date, sector, description, flags, added_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET date = excluded.date, sector = excluded.sector, description = excluded.description, flags = excluded.flags`,
      )
      .run(meta.name, meta.date, meta.sector, meta.description, JSON.stringify(meta.flags), new Date().toISOString());
    this.catalogue.invalidate();
  }

  private breachId(name: string): number {
    const row = this.db.prepare('SELECT id FROM breaches WHERE name = ?').get(name) as { id: number } | undefined;
    if (row === undefined) throw new StoreError('NO_BREACH', `no breach named ${JSON.stringify(name)}`);
    return row.id;
  }

  async hasFile(breach: string, digest: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM files WHERE breach_id = ? AND digest = ?').get(this.breachId(breach), digest) !== undefined;
  }

  async beginFile(breach: string): Promise<ExposureWriter> {
    const tmpDir = join(this.tmpRoot, `ingest-${process.pid}-${Date.now()}-${this.writers++}`);
    return new EmbeddedWriter({ db: this.db, breachId: this.breachId(breach), tmpDir, release: () => (this.names.clear(), this.catalogue.invalidate()) });
  }

  private breachName(id: number): string {
    let name = this.names.get(id);
    if (name === undefined) {
      name = (this.db.prepare('SELECT name FROM breaches WHERE id = ?').get(id) as { name: string }).name;
      this.names.set(id, name);
    }
    return name;
  }

  async lookup(keys: readonly LookupKey[]): Promise<string[][]> {
    return keys.map(({ kind, key }) => {
      const [high, low] = entryHalves(key);
      const names: string[] = [];
      for (const [breachId, entries] of this.selectBucket.all(bucketOf(KIND_CODES[kind], key)) as BlockRow[]) {
        if (blobHas(entries, high, low)) names.push(this.breachName(breachId));
      }
      return names;
    });
  }

  async breaches(): Promise<Breach[]> {
    return this.catalogue.breaches();
  }

  async breach(name: string): Promise<Breach | null> {
    return this.catalogue.breach(name);
  }

  async stats(): Promise<Stats> {
    return readStats(this.db);
  }

  async close(): Promise<void> {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}
