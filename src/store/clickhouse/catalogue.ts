import { createHash } from 'node:crypto';
import { kindOfCode } from '../../identity/kinds.js';
import type { Breach, BreachFlag, BreachMeta, Sector } from '../types.js';
import type { Cluster } from './schema.js';
import { text, u64, u64At } from './sql.js';

interface BreachRow {
  id: string;
  name: string;
  date: string | null;
  sector: string;
  description: string;
  flags: string;
  added_at: string;
}

export interface FileRow {
  breach: string;
  load: string;
  digest: string;
  name: string;
  records: string;
  data_classes: string;
  committed_at: string;
}

interface CountRow {
  breach: string;
  kind: number;
  count: string;
}

/** A breach's id: the first 8 bytes of SHA-256 of its name. */
export function breachIdOf(name: string): string {
  return u64At(createHash('sha256').update(name, 'utf8').digest());
}

/** SQLite's order for text (bytes of UTF-8), so that both backends list breaches alike. */
function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function breachOf(row: BreachRow, files: readonly FileRow[], counts: readonly CountRow[]): Breach {
  const dataClasses: Record<string, number> = {};
  for (const file of files) {
    for (const [type, count] of Object.entries(JSON.parse(file.data_classes) as Record<string, number>)) dataClasses[type] = (dataClasses[type] ?? 0) + count;
  }
  const identifiers: Breach['identifiers'] = {};
  for (const count of [...counts].sort((a, b) => a.kind - b.kind)) if (count.count !== '0') identifiers[kindOfCode(count.kind)] = Number(count.count);
  return Object.freeze({
    name: row.name,
    date: row.date,
    sector: row.sector as Sector,
    description: row.description,
    flags: Object.freeze(JSON.parse(row.flags) as BreachFlag[]) as BreachFlag[],
    dataClasses: Object.freeze(dataClasses),
    records: files.reduce((sum, file) => sum + Number(file.records), 0),
    identifiers: Object.freeze(identifiers),
    files: files.length,
    addedAt: row.added_at,
  });
}

function grouped<T extends { breach: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.breach);
    if (group) group.push(row);
    else groups.set(row.breach, [row]);
  }
  return groups;
}

/** The catalogue at one moment: breaches, the committed files and their loads (the only rows that count). */
export class Snapshot {
  /** Newest first, undated last. */
  readonly breaches: readonly Breach[];
  /** Load ids with a (first) files row: their rows count. */
  readonly committed = new Set<string>();
  /** Loads with a files row that lost a race to another row of the same file. */
  readonly losers = new Set<string>();
  private readonly ids = new Map<string, string>();
  private readonly byName = new Map<string, Breach>();
  /** Breach names by id. */
  readonly names = new Map<string, string>();
  /** The order in which breaches were made, by id: the embedded store's order for lookup answers. */
  readonly rank = new Map<string, number>();
  private readonly filesOf: Map<string, FileRow[]>;
  private readonly winners = new Map<string, string>();

  constructor(breachRows: BreachRow[], fileRows: FileRow[], countRows: CountRow[]) {
    // Rows come in commit order: the first row of a (breach, digest) counts, so two racing commits of one file count once.
    const files: FileRow[] = [];
    for (const file of fileRows) {
      const key = `${file.breach}/${file.digest}`;
      if (this.winners.has(key)) {
        this.losers.add(file.load);
        continue;
      }
      this.winners.set(key, file.load);
      this.committed.add(file.load);
      files.push(file);
    }
    this.filesOf = grouped(files);
    const countsOf = grouped(countRows);
    for (const row of [...breachRows].sort((a, b) => byBytes(a.added_at, b.added_at) || byBytes(a.name, b.name))) {
      this.ids.set(row.name, row.id);
      this.names.set(row.id, row.name);
      this.rank.set(row.id, this.rank.size);
      this.byName.set(row.name, breachOf(row, this.filesOf.get(row.id) ?? [], countsOf.get(row.id) ?? []));
    }
    this.breaches = [...this.byName.values()].sort((a, b) => byBytes(b.date ?? '', a.date ?? '') || byBytes(a.name, b.name));
  }

  idOf(name: string): string | undefined {
    return this.ids.get(name);
  }

  breach(name: string): Breach | null {
    return this.byName.get(name) ?? null;
  }

  /** The load whose files row counts for this file of the breach, if any. */
  fileLoad(breachId: string, digest: string): string | undefined {
    return this.winners.get(`${breachId}/${digest}`);
  }

  loadsOf(breachId: string): readonly string[] {
    return (this.filesOf.get(breachId) ?? []).map((file) => file.load);
  }
}

/**
 * The catalogue held in memory and read again when it changed: any insert, merge or mutation of its tables moves
 * the parts' block numbers, data versions or row counts, which one cheap query of system.parts reads.
 */
export class Catalogue {
  private snapshot: Snapshot | null = null;
  private version = '';

  constructor(private readonly cluster: Cluster) {}

  invalidate(): void {
    this.snapshot = null;
  }

  async current(): Promise<Snapshot> {
    const { nodes, t, url } = this.cluster;
    const node = nodes[0];
    // The version is read before the tables: a change between the two only makes the next call read again.
    const version = JSON.stringify(
      await node.rows(
        `SELECT table, max(max_block_number) AS blocks, max(data_version) AS data, sum(rows) AS rows FROM system.parts
         WHERE database = ${text(url.database)} AND active AND table IN ('breaches', 'files', 'breach_counts') GROUP BY table ORDER BY table`,
      ),
    );
    if (this.snapshot === null || version !== this.version) {
      const [breaches, files, counts] = await Promise.all([
        node.rows<BreachRow>(`SELECT id, name, date, sector, description, flags, added_at FROM ${t.breaches} FINAL`),
        node.rows<FileRow>(`SELECT breach, load, digest, name, records, data_classes, committed_at FROM ${t.files} ORDER BY committed_at, load`),
        node.rows<CountRow>(`SELECT breach, kind, count FROM ${t.breach_counts} FINAL`),
      ]);
      this.snapshot = new Snapshot(breaches, files, counts);
      this.version = version;
    }
    return this.snapshot;
  }
}

/** Creates the breach or updates its fields; a new row with a higher version replaces the old, keeping added_at. */
export async function saveBreach(cluster: Cluster, meta: BreachMeta): Promise<void> {
  const { nodes, t } = cluster;
  const id = breachIdOf(meta.name);
  const [old] = await nodes[0].rows<{ added_at: string; version: string }>(`SELECT added_at, version FROM ${t.breaches} FINAL WHERE id = ${u64(id)}`);
  const version = Math.max(Date.now(), old === undefined ? 0 : Number(old.version) + 1);
  const row = { ...meta, id, flags: JSON.stringify(meta.flags), added_at: old?.added_at ?? new Date().toISOString(), version };
  await nodes[0].insertJson(t.breaches, [row]);
}
