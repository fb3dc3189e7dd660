import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { Command, Option } from 'commander';
import { canonical, guessKind } from '../identity/canonical.js';
import { IDENTIFIER_KINDS, type IdentifierKind } from '../identity/kinds.js';
import type { Breach } from '../store/types.js';
import type { CliIo } from './scan-command.js';
import { openStoreContext, type GlobalFlags, type StoreContext } from './store-context.js';

interface CheckFlags {
  kind?: IdentifierKind;
  json?: boolean;
}

const BATCH = 1000;

/** The values to check: the arguments, with `-` standing for one value per line of stdin. */
async function* queries(values: readonly string[], io: CliIo): AsyncGenerator<string> {
  for (const value of values) {
    if (value !== '-') {
      yield value;
      continue;
    }
    const input = Readable.from(io.stdin ?? process.stdin);
    for await (const line of createInterface({ input, crlfDelay: Infinity })) if (line.trim()) yield line.trim();
  }
}

function breachSummary(breach: Breach) {
  return { name: breach.name, date: breach.date, sector: breach.sector, dataClasses: Object.keys(breach.dataClasses).sort(), flags: breach.flags };
}

interface Answer {
  query: string;
  kind: IdentifierKind;
  error?: string;
  breaches: ReturnType<typeof breachSummary>[];
}

function describe(answer: Answer): string {
  if (answer.error) return `${answer.query}: ${answer.error}`;
  if (answer.breaches.length === 0) return `${answer.query} (${answer.kind}): not found in any breach`;
  const lines = [`${answer.query} (${answer.kind}): found in ${answer.breaches.length} breach${answer.breaches.length === 1 ? '' : 'es'}`];
  for (const b of answer.breaches) {
    const flags = b.flags.length ? ` [${b.flags.join(', ')}]` : '';
    lines.push(`  - ${b.name} (${b.date ?? 'date unknown'}, ${b.sector}): ${b.dataClasses.join(', ') || 'no data classes'}${flags}`);
  }
  return lines.join('\n');
}

async function answerBatch(batch: readonly Answer[], context: StoreContext, catalogue: Map<string, Breach>): Promise<void> {
  const valid = batch.filter((a) => !a.error);
  const keys = valid.map((a) => ({ kind: a.kind, key: context.keyer.keyOf(a.kind, canonical(a.kind, a.query)!) }));
  const found = await context.store.lookup(keys);
  valid.forEach((answer, i) => {
    answer.breaches = found[i].map((name) => catalogue.get(name)).filter((b): b is Breach => b !== undefined).map(breachSummary);
  });
}

/** Exit code: 1 when any value was found, 0 when none was, 2 when a value was not a valid identifier. */
async function check(values: string[], flags: CheckFlags, context: StoreContext, io: CliIo): Promise<number> {
  const catalogue = new Map((await context.store.breaches()).map((b) => [b.name, b]));
  let found = false;
  let invalid = false;
  let batch: Answer[] = [];
  const flush = async () => {
    await answerBatch(batch, context, catalogue);
    for (const answer of batch) {
      found ||= answer.breaches.length > 0;
      io.stdout.write(flags.json ? `${JSON.stringify(answer)}\n` : `${describe(answer)}\n`);
    }
    batch = [];
  };
  for await (const query of queries(values, io)) {
    const kind = flags.kind ?? guessKind(query);
    const valid = canonical(kind, query) !== null;
    invalid ||= !valid;
    batch.push({ query, kind, breaches: [], ...(valid ? {} : { error: `not a valid ${kind}` }) });
    if (batch.length === BATCH) await flush();
  }
  await flush();
  return invalid ? 2 : found ? 1 : 0;
}

export function registerCheckCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('check')
    .description('tell which breaches hold a phone number, ID number, e-mail, username or card number')
    .argument('<values...>', 'values to check; - reads one value per line from stdin')
    .addOption(new Option('--kind <kind>', 'what the values are (guessed when not given)').choices(IDENTIFIER_KINDS))
    .option('--json', 'one JSON object per value: {"query","kind","breaches":[{"name","date","dataClasses"}]}')
    .action(async (values: string[], flags: CheckFlags, command: Command) => {
      const context = openStoreContext(command.optsWithGlobals<GlobalFlags>(), false);
      try {
        done(await check(values, flags, context, io));
      } finally {
        await context.store.close();
      }
    });
}
