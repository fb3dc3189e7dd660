import type { Database } from 'better-sqlite3';
import { kindOfCode, type IdentifierKind } from '../../identity/kinds.js';
import { statsOf } from '../stats.js';
import type { Breach, BreachFlag, Sector, Stats } from '../types.js';

interface BreachRow {
  id: number;
  name: string;
  date: string | null;
  sector: string;
  description: string;
  flags: string;
  data_classes: string;
  records: number;
  added_at: string;
  files: number;
}

function countsByKind(rows: readonly { kind: number; count: number }[]): Partial<Record<IdentifierKind, number>> {
  const counts: Partial<Record<IdentifierKind, number>> = {};
  for (const row of rows) counts[kindOfCode(row.kind)] = row.count;
  return counts;
}

/** The catalogue, newest first. */
export function readBreaches(db: Database): Breach[] {
  const rows = db
    .prepare('SELECT b.*, (SELECT count(*) FROM files f WHERE f.breach_id = b.id) AS files FROM breaches b ORDER BY b.date DESC, b.name')
    .all() as BreachRow[];
  const identifiers = db.prepare('SELECT kind, count FROM breach_identifiers WHERE breach_id = ?');
  return rows.map((row) => ({
    name: row.name,
    date: row.date,
    sector: row.sector as Sector,
    description: row.description,
    flags: JSON.parse(row.flags) as BreachFlag[],
    dataClasses: JSON.parse(row.data_classes) as Record<string, number>,
    records: row.records,
    identifiers: countsByKind(identifiers.all(row.id) as { kind: number; count: number }[]),
    files: row.files,
    addedAt: row.added_at,
  }));
}

/** Totals by sector, data class and year, and distinct identifiers per kind over the whole store. */
export function readStats(db: Database): Stats {
  return statsOf(readBreaches(db), countsByKind(db.prepare('SELECT kind, count FROM unique_identifiers').all() as { kind: number; count: number }[]));
}
