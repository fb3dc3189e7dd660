import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { keyFingerprint, loadOrCreateKey } from '../identity/key-file.js';
import { Keyer } from '../identity/prf.js';
import { EmbeddedStore, STORE_FILE } from '../store/embedded/store.js';
import type { ExposureStore } from '../store/types.js';
import { UsageError } from './errors.js';

/** Options every store command takes, before or after the command name. */
export interface GlobalFlags {
  data?: string;
  keyFile?: string;
}

export function registerGlobalOptions(program: Command): void {
  program
    .option('--data <dir>', 'data folder of the exposure index (default $LEAKHOUND_DATA or ~/.local/share/leakhound)')
    .option('--key-file <file>', 'server key file, made on first use (default $LEAKHOUND_KEY_FILE or ~/.config/leakhound/server.key)');
}

export function dataDir(flags: GlobalFlags): string {
  const xdg = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return flags.data ?? (process.env.LEAKHOUND_DATA || join(xdg, 'leakhound'));
}

export function keyFilePath(flags: GlobalFlags): string {
  const xdg = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return flags.keyFile ?? (process.env.LEAKHOUND_KEY_FILE || join(xdg, 'leakhound', 'server.key'));
}

export interface StoreContext {
  store: ExposureStore;
  keyer: Keyer;
  /** The server key itself, for worker threads that key identifiers. */
  serverKey: Uint8Array;
  dir: string;
  /** The key file was made by this command. */
  keyCreated: string | null;
}

/**
 * Opens the store of the data folder with the server key. Reading commands (`create: false`) refuse a folder
 * with no store instead of making an empty one.
 */
export function openStoreContext(flags: GlobalFlags, create: boolean): StoreContext {
  const dir = dataDir(flags);
  if (!create && !existsSync(join(dir, STORE_FILE))) {
    throw new UsageError('BAD_OPTION', `no exposure index in ${dir} (ingest a dump first, or give --data)`);
  }
  const key = loadOrCreateKey(keyFilePath(flags));
  const store = new EmbeddedStore(dir, keyFingerprint(key.bytes));
  return { store, keyer: new Keyer(key.bytes), serverKey: key.bytes, dir, keyCreated: key.created ? key.path : null };
}
