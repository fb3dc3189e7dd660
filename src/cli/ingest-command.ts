import { Command, InvalidArgumentError, Option } from 'commander';
import { ENTITY_TYPES, type EntityType } from '../detect/index.js';
import { isIdentifierKind } from '../identity/kinds.js';
import { FORMATS, type Format } from '../ingest/formats.js';
import { BREACH_FLAGS, SECTORS, type BreachFlag, type Sector } from '../store/types.js';
import { runIngest } from './run-ingest.js';
import type { CliIo } from './scan-command.js';
import { openStoreContext, type GlobalFlags } from './store-context.js';

interface IngestFlags {
  breach: string;
  date?: string;
  sector: Sector;
  description: string;
  flag: BreachFlag[];
  map: [string, EntityType | null][];
  format?: Format;
  json?: boolean;
  progress: boolean;
}

const KIND_TYPES: Record<string, EntityType> = { phone: 'PHONE_NUMBER', id: 'CN_RESIDENT_ID', email: 'EMAIL_ADDRESS', username: 'USERNAME', card: 'BANK_CARD' };

function isoDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  return value;
}

/** `--map COLUMN=TYPE`: TYPE is a kind (phone, id, email, username, card), an entity type, or none. */
function columnMapping(value: string, previous: [string, EntityType | null][] = []): [string, EntityType | null][] {
  const at = value.lastIndexOf('=');
  const column = value.slice(0, at).trim();
  const type = value.slice(at + 1).trim();
  if (at <= 0 || column === '') throw new InvalidArgumentError('expected COLUMN=TYPE, with a column name or 1-based number.');
  let mapped: EntityType | null;
  if (type.toLowerCase() === 'none') mapped = null;
  else if (isIdentifierKind(type.toLowerCase())) mapped = KIND_TYPES[type.toLowerCase()];
  else if ((ENTITY_TYPES as readonly string[]).includes(type.toUpperCase())) mapped = type.toUpperCase() as EntityType;
  else throw new InvalidArgumentError(`unknown type ${JSON.stringify(type)} (phone, id, email, username, card, none, or ${ENTITY_TYPES.join(', ')}).`);
  return [...previous, [column, mapped]];
}

function breachName(value: string): string {
  const name = value.trim();
  if (name === '' || name.length > 200 || /[\u0000-\u001f\u007f]/.test(name)) throw new InvalidArgumentError('expected a name of 1 to 200 printable characters.');
  return name;
}

function breachFlag(value: string, previous: BreachFlag[] = []): BreachFlag[] {
  if (!(BREACH_FLAGS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${BREACH_FLAGS.join(', ')}.`);
  return [...previous, value as BreachFlag];
}

export function registerIngestCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('ingest')
    .description('read leaked dumps into the exposure index (identifiers stored only as keyed hashes)')
    .argument('<paths...>', 'dump files or directories: CSV/TSV, JSON, JSON lines, SQL dumps, combo lists, Telegram exports, text; .gz, .zip')
    .requiredOption('--breach <name>', 'the breach these files belong to', breachName)
    .option('--date <YYYY-MM-DD>', 'when the breach happened', isoDate)
    .addOption(new Option('--sector <sector>', 'sector of the breached service').choices(SECTORS).default('other'))
    .option('--description <text>', 'what the breach is', '')
    .option('--flag <flag>', `${BREACH_FLAGS.join(', ')} (repeatable)`, breachFlag, [])
    .option('--map <column=type>', 'read a column as a type: phone, id, email, username, card, none or an entity type (repeatable)', columnMapping, [])
    .addOption(new Option('--format <format>', 'read every file as this format').choices(FORMATS))
    .option('--json', 'print one JSON report per file')
    .option('--no-progress', 'no progress bar')
    .action(async (paths: string[], flags: IngestFlags, command: Command) => {
      const globals = command.optsWithGlobals<GlobalFlags>();
      const context = openStoreContext(globals, true);
      try {
        if (context.keyCreated) io.stderr.write(`leakhound: made a new server key in ${context.keyCreated} (keep it safe: the index is useless without it)\n`);
        const breachFlags = [...new Set(flags.flag)];
        await context.store.saveBreach({ name: flags.breach, date: flags.date ?? null, sector: flags.sector, description: flags.description, flags: breachFlags });
        const ok = await runIngest({ paths, flags, context, io, overrides: new Map(flags.map) });
        done(ok ? 0 : 2);
      } finally {
        await context.store.close();
      }
    });
}

