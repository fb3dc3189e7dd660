import type { Database } from 'better-sqlite3';
import { StoreError } from '../types.js';

const SCHEMA_VERSION = '1';

// One row per (bucket, breach) holds that breach's sorted index entries for the bucket (sorted-keys.ts): a few
// bytes of overhead per thousand identifiers instead of per identifier, and a check reads one bucket.
const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS breaches (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  date TEXT,
  sector TEXT NOT NULL,
  description TEXT NOT NULL,
  flags TEXT NOT NULL DEFAULT '[]',
  data_classes TEXT NOT NULL DEFAULT '{}',
  records INTEGER NOT NULL DEFAULT 0,
  added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS breach_identifiers (
  breach_id INTEGER NOT NULL,
  kind INTEGER NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (breach_id, kind)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files (
  breach_id INTEGER NOT NULL,
  digest TEXT NOT NULL,
  name TEXT NOT NULL,
  records INTEGER NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (breach_id, digest)
);
CREATE TABLE IF NOT EXISTS blocks (
  id INTEGER PRIMARY KEY,
  bucket INTEGER NOT NULL,
  breach_id INTEGER NOT NULL,
  entries BLOB NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS blocks_by_bucket ON blocks (bucket, breach_id);
CREATE TABLE IF NOT EXISTS unique_identifiers (kind INTEGER PRIMARY KEY, count INTEGER NOT NULL);
`;

function metaValue(db: Database, key: string): string | undefined {
  return (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

/**
 * Creates the tables on first use and checks, on every open, that the store was built with the same server
 * key: with another key every check would silently find nothing.
 */
export function prepareSchema(db: Database, keyFingerprint: string, path: string): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(DDL);
  const version = metaValue(db, 'schema_version');
  if (version !== undefined && version !== SCHEMA_VERSION) {
    throw new StoreError('SCHEMA', `${path}: store format ${version} is not supported by this version (${SCHEMA_VERSION})`);
  }
  const fingerprint = metaValue(db, 'key_fingerprint');
  if (fingerprint !== undefined && fingerprint !== keyFingerprint) {
    throw new StoreError('KEY_MISMATCH', `${path} was built with another server key (fingerprint ${fingerprint}); give its key with --key-file`);
  }
  const set = db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)');
  set.run('schema_version', SCHEMA_VERSION);
  set.run('key_fingerprint', keyFingerprint);
}
