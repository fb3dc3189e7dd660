import type { Database, Statement } from 'better-sqlite3';
import type { Breach } from '../types.js';
import { readBreaches } from './catalogue.js';

function frozen(breach: Breach): Breach {
  Object.freeze(breach.flags);
  Object.freeze(breach.dataClasses);
  Object.freeze(breach.identifiers);
  return Object.freeze(breach);
}

/**
 * The breach catalogue held in memory, so that a check does not read its breaches again (reading one took
 * most of a check's time). It is read again after any change: PRAGMA data_version moves when another
 * connection commits (an ingest in another process), and this connection's own writes call `invalidate`.
 * Breaches come out frozen, as every caller shares them.
 */
export class CatalogueCache {
  private readonly dataVersion: Statement;
  private version: unknown = null;
  private list: Breach[] | null = null;
  private byName = new Map<string, Breach>();

  constructor(private readonly db: Database) {
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
  }

  invalidate(): void {
    this.list = null;
  }

  /** Newest first, as readBreaches orders them (the array is the caller's own). */
  breaches(): Breach[] {
    return this.current().slice();
  }

  breach(name: string): Breach | null {
    this.current();
    return this.byName.get(name) ?? null;
  }

  private current(): Breach[] {
    // The version is read before the catalogue: a commit between the two only makes the next call read again.
    const version = this.dataVersion.get();
    if (this.list === null || version !== this.version) {
      this.list = readBreaches(this.db).map(frozen);
      this.byName = new Map(this.list.map((breach) => [breach.name, breach]));
      this.version = version;
    }
    return this.list;
  }
}
