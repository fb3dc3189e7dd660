import type { Command } from 'commander';
import type { CliIo } from './scan-command.js';
import { openStoreContext, storeUrl, type GlobalFlags } from './store-context.js';

/** `leakhound store init`: creates or migrates the exposure store's schema (on every node of a cluster); idempotent. */
export function registerStoreCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  const store = program.command('store').description('manage the exposure store (embedded in --data, or ClickHouse with --store)');
  store
    .command('init')
    .description('create or migrate the schema and clear what crashed ingests left; safe to run again')
    .action(async (_flags: unknown, command: Command) => {
      const globals = command.optsWithGlobals<GlobalFlags>();
      const context = openStoreContext(globals, true);
      try {
        await context.store.init();
        const where = storeUrl(globals) === null ? context.dir : 'the ClickHouse cluster of --store';
        io.stderr.write(`leakhound: ${context.store.backend} store ready in ${where}\n`);
      } finally {
        await context.store.close();
      }
      done(0);
    });
}
