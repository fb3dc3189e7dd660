import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Pending, PendingStore } from './codes.js';

/**
 * Pending codes in a small SQLite file of the data folder (`verify.db`), so that a code sent by one server process
 * is confirmed by another. It holds only HMACs of codes under identifiers' keyed hashes.
 */
export class SqlitePending implements PendingStore {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(dir: string) {
    this.db = new Database(join(dir, 'verify.db'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 2000');
    this.db.exec('CREATE TABLE IF NOT EXISTS pending (id TEXT PRIMARY KEY, mac BLOB NOT NULL, expires INTEGER NOT NULL, wrong INTEGER NOT NULL)');
    this.statements = {
      get: this.db.prepare('SELECT mac, expires, wrong FROM pending WHERE id = ?'),
      set: this.db.prepare('INSERT OR REPLACE INTO pending (id, mac, expires, wrong) VALUES (?, ?, ?, ?)'),
      delete: this.db.prepare('DELETE FROM pending WHERE id = ?'),
      wrong: this.db.prepare('UPDATE pending SET wrong = wrong + 1 WHERE id = ?'),
      sweep: this.db.prepare('DELETE FROM pending WHERE expires <= ?'),
    };
  }

  get(id: string): Pending | undefined {
    return this.statements.get.get(id) as Pending | undefined;
  }
  set(id: string, entry: Pending): void {
    this.statements.set.run(id, entry.mac, entry.expires, entry.wrong);
  }
  delete(id: string): void {
    this.statements.delete.run(id);
  }
  wrong(id: string): void {
    this.statements.wrong.run(id);
  }
  sweep(now: number): void {
    this.statements.sweep.run(now);
  }
  close(): void {
    this.db.close();
  }
}
