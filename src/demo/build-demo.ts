import { ingestStream } from '../ingest/ingest-file.js';
import type { Keyer } from '../identity/prf.js';
import type { DemoInfo } from '../server/routes/status.js';
import type { ExposureStore } from '../store/types.js';
import { DEMO_BREACHES } from './catalogue.js';
import { csvChunks, dumpRows } from './dump.js';
import { demoExamples, Exposures } from './examples.js';
import { generatePeople } from './people.js';
import { SeededRandom, seedOf } from './random.js';

/** People the demo breaches are drawn from: enough for tens of thousands of records and a few seconds' build. */
const PEOPLE = 14_000;

export interface DemoProgress {
  /** The breach being built now. */
  breach: string;
  /** Its position, from 0, of `total`. */
  index: number;
  total: number;
}

/**
 * Fills an empty store with the synthetic demo catalogue: made-up breaches whose dumps are generated here, the same
 * on every run, and ingested like any dump, so data classes and counts are the product's own. Returns identifiers
 * worth trying, with what a check will say about each.
 */
export async function buildDemo(store: ExposureStore, keyer: Keyer, onProgress?: (progress: DemoProgress) => void): Promise<DemoInfo> {
  const people = generatePeople(seedOf('people'), PEOPLE);
  const exposures = new Exposures(people.length, DEMO_BREACHES);
  for (const [index, breach] of DEMO_BREACHES.entries()) {
    onProgress?.({ breach: breach.meta.name, index, total: DEMO_BREACHES.length });
    const rows = dumpRows(breach, people, new SeededRandom(seedOf(breach.meta.name)), (person, kind) => exposures.add(person, kind, index));
    await store.saveBreach(breach.meta);
    await ingestStream(breach.file, csvChunks(breach, rows), { store, keyer, breach: breach.meta.name });
  }
  return { examples: demoExamples(people, exposures) };
}
