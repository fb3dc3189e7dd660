import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { keyFingerprint, loadOrCreateKey } from '../identity/key-file.js';
import { Keyer } from '../identity/prf.js';
import { ClickHouseStore } from '../store/clickhouse/index.js';
import { EmbeddedStore, STORE_FILE } from '../store/embedded/store.js';
import type { ExposureStore } from '../store/types.js';
import { readConfigFile, type FileConfig } from './config-file.js';
import { UsageError } from './errors.js';

/** Options every store command takes, before or after the command name. */
export interface GlobalFlags {
  config?: string;
  data?: string;
  keyFile?: string;
  /** A ClickHouse URL; null: the embedded store whatever $LEAKHOUND_STORE says. */
  store?: string | null;
}

export function registerGlobalOptions(program: Command): void {
  program
    .option('--config <file>', 'JSON config file: data, keyFile, store and server settings (default $LEAKHOUND_CONFIG); flags and the environment win over it')
    .option('--data <dir>', 'data folder of the exposure index (default $LEAKHOUND_DATA or ~/.local/share/leakhound)')
    .option('--key-file <file>', 'server key file, made on first use (default $LEAKHOUND_KEY_FILE or ~/.config/leakhound/server.key)')
    .option('--store <url>', 'exposure index on a ClickHouse cluster: clickhouse://HOST:PORT[,HOST:PORT...]/DB[?cluster=NAME] (default $LEAKHOUND_STORE, else the embedded store in --data)');
}

/** The config file of `--config` or $LEAKHOUND_CONFIG, empty without one. */
export function fileConfig(flags: GlobalFlags): FileConfig {
  const path = flags.config ?? process.env.LEAKHOUND_CONFIG;
  return path ? readConfigFile(path) : {};
}

export function dataDir(flags: GlobalFlags): string {
  const xdg = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return flags.data ?? (process.env.LEAKHOUND_DATA || fileConfig(flags).data || join(xdg, 'leakhound'));
}

export function keyFilePath(flags: GlobalFlags): string {
  const xdg = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return flags.keyFile ?? (process.env.LEAKHOUND_KEY_FILE || fileConfig(flags).keyFile || join(xdg, 'leakhound', 'server.key'));
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

/** The ClickHouse URL of `--store` or $LEAKHOUND_STORE, null for the embedded store. */
export function storeUrl(flags: GlobalFlags): string | null {
  const url = flags.store === null ? null : (flags.store ?? (process.env.LEAKHOUND_STORE || fileConfig(flags).store || null));
  if (url !== null && !url.startsWith('clickhouse://')) {
    throw new UsageError('BAD_OPTION', '--store (or $LEAKHOUND_STORE, or "store" in the config file) takes clickhouse://HOST:PORT[,HOST:PORT...]/DB[?cluster=NAME]; leave it out for the embedded store in --data');
  }
  return url;
}

/**
 * Opens the exposure store with the server key: the ClickHouse cluster of `--store`, else the embedded store of
 * the data folder (which also holds the server's own files, such as pending verification codes). Reading
 * commands (`create: false`) refuse a data folder with no store instead of making an empty one.
 */
export function openStoreContext(flags: GlobalFlags, create: boolean): StoreContext {
  const dir = dataDir(flags);
  const url = storeUrl(flags);
  if (url === null && !create && !existsSync(join(dir, STORE_FILE))) {
    throw new UsageError('BAD_OPTION', `no exposure index in ${dir} (ingest a dump first, or give --data or --store)`);
  }
  const key = loadOrCreateKey(keyFilePath(flags));
  const fingerprint = keyFingerprint(key.bytes);
  const store: ExposureStore = url === null ? new EmbeddedStore(dir, fingerprint) : new ClickHouseStore(url, fingerprint);
  return { store, keyer: new Keyer(key.bytes), serverKey: key.bytes, dir, keyCreated: key.created ? key.path : null };
}
