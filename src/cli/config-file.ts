import { readFileSync } from 'node:fs';
import { ConfigError } from '../server/config.js';

/** A config file (`--config FILE` or $LEAKHOUND_CONFIG): JSON, every entry optional; flags and environment win. */
export interface FileConfig {
  /** Data folder of the embedded store and the server's own files. */
  data?: string;
  keyFile?: string;
  /** ClickHouse URL of the exposure store. */
  store?: string;
  /** Server settings: the names and nesting of ServerConfig (see README). */
  server?: unknown;
}

const STRINGS = ['data', 'keyFile', 'store'] as const;
const cache = new Map<string, FileConfig>();

/** Reads and checks a config file once; a bad one is a ConfigError naming the file and what is wrong. */
export function readConfigFile(path: string): FileConfig {
  const known = cache.get(path);
  if (known) return known;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read the config file ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`the config file ${path} is not valid JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(`the config file ${path} must hold a JSON object`);
  for (const [name, entry] of Object.entries(value)) {
    if (name === 'server') continue;
    if (!(STRINGS as readonly string[]).includes(name)) throw new ConfigError(`${path}: "${name}" is not a setting (known: ${[...STRINGS, 'server'].join(', ')})`);
    if (typeof entry !== 'string' || entry === '') throw new ConfigError(`${path}: "${name}" must be a non-empty string`);
  }
  cache.set(path, value as FileConfig);
  return value as FileConfig;
}
