import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonical } from '../identity/canonical.js';
import { ingestFile } from '../ingest/ingest-file.js';
import { describeReport } from './ingest-report.js';
import type { Output } from './output.js';
import { openStoreContext } from './store-context.js';

/** Values from demo-customers.csv written another way, and one that is in no sample: what `check` answers. */
const QUERIES: [string, 'phone' | 'id' | 'email'][] = [
  ['+86 152-4936-5368', 'phone'],
  ['110105196708144879', 'id'],
  ['USER02@EXAMPLE.NET', 'email'],
  ['13700000000', 'phone'],
];

/**
 * The exposure index on the synthetic samples: ingest them into a throwaway index (a temporary folder and key,
 * removed afterwards), then check values written differently from the dump.
 */
export async function demoIndex(out: Output, files: readonly string[], relativeName: (path: string) => string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'leakhound-demo-'));
  const context = openStoreContext({ data: join(dir, 'data'), keyFile: join(dir, 'demo.key'), store: null }, true);
  try {
    out.write('\nExposure index: ingesting the same SYNTHETIC samples into a throwaway index (removed afterwards)\n\n');
    const breach = 'Demo breach (synthetic)';
    await context.store.saveBreach({ name: breach, date: '2024-01-01', sector: 'logistics', description: 'bundled synthetic samples', flags: ['fabricated'] });
    for (const file of files) {
      const report = await ingestFile(file, { store: context.store, keyer: context.keyer, breach });
      out.write(`${describeReport({ ...report, file: relativeName(file) })}\n`);
    }
    out.write('\nleakhound check (the index holds only keyed hashes; the values are matched in canonical form):\n');
    const keys = QUERIES.map(([value, kind]) => ({ kind, key: context.keyer.keyOf(kind, canonical(kind, value)!) }));
    const found = await context.store.lookup(keys);
    QUERIES.forEach(([value, kind], i) => out.write(`  ${value} (${kind}): ${found[i].length ? `found in ${found[i].join(', ')}` : 'not found'}\n`));
  } finally {
    await context.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
