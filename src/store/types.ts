import type { IdentifierKind } from '../identity/kinds.js';

export const SECTORS = ['transport', 'logistics', 'medical', 'social', 'banking', 'government', 'other'] as const;
export type Sector = (typeof SECTORS)[number];
export const BREACH_FLAGS = ['sensitive', 'unverified', 'fabricated'] as const;
export type BreachFlag = (typeof BREACH_FLAGS)[number];

/** What an investigator says about a breach when ingesting it. */
export interface BreachMeta {
  name: string;
  /** YYYY-MM-DD, when the breach happened (or was first seen); null when unknown. */
  date: string | null;
  sector: Sector;
  description: string;
  flags: BreachFlag[];
}

/** A breach in the catalogue with what its files held. */
export interface Breach extends BreachMeta {
  /** Entity types found in the breach, with the number of values of each. */
  dataClasses: Record<string, number>;
  /** Records (rows, messages, lines) read from its files. */
  records: number;
  /** Distinct identifiers per kind. */
  identifiers: Partial<Record<IdentifierKind, number>>;
  files: number;
  addedAt: string;
}

// A type, not an interface, so that it reads as a table of counts (Record<string, number>).
export type Tally = {
  breaches: number;
  records: number;
  identifiers: number;
};

export interface Stats {
  breaches: number;
  records: number;
  /** `identifiers`: the breaches' distinct identifiers added up (a person in two breaches counts twice: exposures). */
  bySector: Record<string, Tally>;
  byDataClass: Record<string, { breaches: number; values: number }>;
  byYear: Record<string, Tally>;
  /** Distinct identifiers per kind over all breaches. */
  uniqueIdentifiers: Partial<Record<IdentifierKind, number>>;
}

/** A dump file as ingested into one breach: the unit that commits (or not) as a whole. */
export interface FileSummary {
  /** Hex SHA-256 of the file's bytes: the same file is never counted twice in a breach. */
  digest: string;
  /** The file's name without directories (no content). */
  name: string;
  records: number;
  dataClasses: Record<string, number>;
}

export interface CommitResult {
  /** Distinct identifiers per kind in this file. */
  unique: Partial<Record<IdentifierKind, number>>;
  /** Of those, how many the breach did not hold before. */
  newToBreach: Partial<Record<IdentifierKind, number>>;
}

/** Receives the keyed identifiers of one file; nothing is visible until `commit`, and `abort` drops everything. */
export interface ExposureWriter {
  /** `keys` holds `count` 16-byte PRF outputs back to back; `kinds[i]` is the KIND_CODES value of key i. */
  add(keys: Uint8Array, kinds: Uint8Array, count: number): void;
  commit(summary: FileSummary): Promise<CommitResult>;
  abort(): Promise<void>;
}

/** One identifier to look up: its kind and 16-byte PRF output. */
export interface LookupKey {
  kind: IdentifierKind;
  key: Uint8Array;
}

/**
 * The exposure index and breach catalogue. Backends (embedded SQLite, ClickHouse) implement it; the ingest
 * pipeline, the CLI and the server use only this. Identifiers arrive already keyed: a store never sees plaintext.
 */
export interface ExposureStore {
  readonly backend: string;
  /** Creates the schema, or brings an older one up to date, and clears what crashed writers left; idempotent. */
  init(): Promise<void>;
  /** Creates the breach, or updates its description, date, sector and flags. */
  saveBreach(meta: BreachMeta): Promise<void>;
  /** True when a file with this digest is already in the breach. */
  hasFile(breach: string, digest: string): Promise<boolean>;
  beginFile(breach: string): Promise<ExposureWriter>;
  /** The names of the breaches holding each key, in the order asked. */
  lookup(keys: readonly LookupKey[]): Promise<string[][]>;
  breaches(): Promise<Breach[]>;
  breach(name: string): Promise<Breach | null>;
  stats(): Promise<Stats>;
  close(): Promise<void>;
}

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: 'KEY_MISMATCH' | 'NO_BREACH' | 'BAD_STORE' | 'SCHEMA' | 'DUPLICATE_FILE',
    message: string,
  ) {
    super(message);
  }
}
