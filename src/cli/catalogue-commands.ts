import type { Command } from 'commander';
import type { Breach, ExposureStore, Stats } from '../store/types.js';
import type { CliIo } from './scan-command.js';
import { openStoreContext, type GlobalFlags } from './store-context.js';

const number = new Intl.NumberFormat('en-US');

function describeBreach(b: Breach): string {
  const identifiers = Object.entries(b.identifiers).map(([kind, n]) => `${kind} ${number.format(n ?? 0)}`).join(', ');
  return [
    `${b.name}  ${b.date ?? 'date unknown'}  ${b.sector}${b.flags.length ? `  [${b.flags.join(', ')}]` : ''}`,
    ...(b.description ? [`  ${b.description}`] : []),
    `  ${number.format(b.records)} records in ${b.files} file${b.files === 1 ? '' : 's'}; identifiers: ${identifiers || 'none'}`,
    `  data classes: ${Object.keys(b.dataClasses).sort().join(', ') || 'none'}`,
  ].join('\n');
}

function table(title: string, rows: Record<string, Record<string, number>>): string[] {
  const lines = [title];
  for (const [key, values] of Object.entries(rows).sort()) {
    lines.push(`  ${key.padEnd(16)} ${Object.entries(values).map(([k, v]) => `${number.format(v)} ${k}`).join(', ')}`);
  }
  return lines;
}

function describeStats(s: Stats): string {
  return [
    `${number.format(s.breaches)} breaches, ${number.format(s.records)} records`,
    ...table('by sector:', s.bySector),
    ...table('by year:', s.byYear),
    ...table('by data class:', s.byDataClass),
    `unique identifiers: ${Object.entries(s.uniqueIdentifiers).map(([k, n]) => `${k} ${number.format(n ?? 0)}`).join(', ') || 'none'}`,
  ].join('\n');
}

/** A command that reads the store and prints one thing, as text or JSON. */
function readingCommand<T>(program: Command, io: CliIo, done: (code: number) => void, name: string, description: string, read: (store: ExposureStore) => Promise<T>, describe: (value: T) => string): void {
  program
    .command(name)
    .description(description)
    .option('--json', 'as JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const { store } = openStoreContext(command.optsWithGlobals<GlobalFlags>(), false);
      try {
        const value = await read(store);
        io.stdout.write(flags.json ? `${JSON.stringify(value, null, 2)}\n` : `${describe(value)}\n`);
        done(0);
      } finally {
        await store.close();
      }
    });
}

export function registerCatalogueCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  readingCommand(program, io, done, 'breaches', 'list the breaches in the exposure index', (store) => store.breaches(), (breaches) => breaches.map(describeBreach).join('\n\n') || 'no breaches');
  readingCommand(program, io, done, 'stats', 'totals by sector, data class and year, and unique identifiers per kind', (store) => store.stats(), describeStats);
}
