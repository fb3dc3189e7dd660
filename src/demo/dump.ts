import { stringify } from 'csv-stringify/sync';
import type { IdentifierKind } from '../identity/kinds.js';
import type { DemoBreach } from './catalogue.js';
import type { Person } from './people.js';
import type { SeededRandom } from './random.js';

/** The people with the lowest numbers are in each breach with this chance: they make the overlaps between breaches. */
const FREQUENT = 500;
const FREQUENT_CHANCE = 0.5;
const ROWS_PER_CHUNK = 2000;

/** A moment in the `years` before `until` (YYYY-MM-DD), as YYYY-MM-DD HH:MM:SS. */
function momentBefore(random: SeededRandom, until: string, years: number): string {
  const seconds = Date.parse(`${until}T00:00:00Z`) / 1000 - random.below(years * 365 * 86_400);
  return new Date(seconds * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * The rows of a breach's dump, in a shuffled order, drawn from `people`. `exposed` hears each identifier written
 * (person number, kind), so the examples can say where a person's identifiers are.
 */
export function dumpRows(breach: DemoBreach, people: readonly Person[], random: SeededRandom, exposed: (person: number, kind: IdentifierKind) => void): string[][] {
  const othersChance = (breach.people - FREQUENT * FREQUENT_CHANCE) / (people.length - FREQUENT);
  const [fewest, most] = breach.rows;
  const rows: string[][] = [];
  people.forEach((person, number) => {
    if (!random.chance(number < FREQUENT ? FREQUENT_CHANCE : othersChance)) return;
    for (let n = random.between(fewest, most); n > 0; n--) {
      const when = momentBefore(random, breach.meta.date!, breach.years);
      rows.push(
        breach.columns.map((column) => {
          const value = column.value(person, random, when);
          if (value && column.kind) exposed(number, column.kind);
          return value;
        }),
      );
    }
  });
  return random.shuffled(rows);
}

/** The dump as CSV bytes, header first, in chunks as a file would be read. */
export async function* csvChunks(breach: DemoBreach, rows: readonly string[][]): AsyncGenerator<Uint8Array> {
  yield Buffer.from(stringify([breach.columns.map((column) => column.header)]));
  for (let at = 0; at < rows.length; at += ROWS_PER_CHUNK) yield Buffer.from(stringify(rows.slice(at, at + ROWS_PER_CHUNK)));
}
