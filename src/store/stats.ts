import type { IdentifierKind } from '../identity/kinds.js';
import type { Breach, Stats, Tally } from './types.js';

function bump(table: Record<string, Tally>, key: string, breach: Breach): void {
  const entry = (table[key] ??= { breaches: 0, records: 0, identifiers: 0 });
  entry.breaches++;
  entry.records += breach.records;
  for (const count of Object.values(breach.identifiers)) entry.identifiers += count ?? 0;
}

/** Totals by sector, data class and year of a catalogue, with the store's distinct identifiers per kind. */
export function statsOf(breaches: Iterable<Breach>, uniqueIdentifiers: Partial<Record<IdentifierKind, number>>): Stats {
  const stats: Stats = { breaches: 0, records: 0, bySector: {}, byDataClass: {}, byYear: {}, uniqueIdentifiers: { ...uniqueIdentifiers } };
  for (const breach of breaches) {
    stats.breaches++;
    stats.records += breach.records;
    bump(stats.bySector, breach.sector, breach);
    bump(stats.byYear, breach.date?.slice(0, 4) ?? 'unknown', breach);
    for (const [type, values] of Object.entries(breach.dataClasses)) {
      const entry = (stats.byDataClass[type] ??= { breaches: 0, values: 0 });
      entry.breaches++;
      entry.values += values;
    }
  }
  return stats;
}
