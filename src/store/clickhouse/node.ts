import { Readable } from 'node:stream';
import { ClickHouseLogLevel, createClient } from '@clickhouse/client';
import { StoreError } from '../types.js';
import type { ClickHouseUrl } from './url.js';

// ClickHouse's own limit on a query's text (256 KiB by default); longer queries (long IN lists) raise it.
const DEFAULT_MAX_QUERY = 256 * 1024;
// Server error codes that mean the schema is not there (UNKNOWN_TABLE, UNKNOWN_DATABASE) or the login failed
// (UNKNOWN_USER, WRONG_PASSWORD, REQUIRED_PASSWORD, AUTHENTICATION_FAILED).
const MISSING = new Set([60, 81]);
const LOGIN = new Set([192, 193, 194, 516]);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ECONNRESET', 'ETIMEDOUT']);

/** One server of the cluster over HTTP: the slice of @clickhouse/client the store uses, with errors as StoreErrors. */
export class ClickHouseNode {
  private readonly client: ReturnType<typeof createClient>;

  constructor(
    readonly address: string,
    private readonly url: ClickHouseUrl,
  ) {
    this.client = createClient({
      url: `http://${address}`,
      username: url.user,
      password: url.password,
      // Counting a large breach and mutations may take minutes; the client's own logging would print queries.
      request_timeout: 30 * 60_000,
      log: { level: ClickHouseLogLevel.OFF },
    });
  }

  /** Rows of a SELECT; 64-bit integers come back as decimal strings. */
  async rows<T>(query: string): Promise<T[]> {
    return this.call(async () => {
      const result = await this.client.query({ query, format: 'JSONEachRow', clickhouse_settings: settingsFor(query) });
      return result.json<T>();
    });
  }

  /** A statement without rows (DDL, ALTER, INSERT ... VALUES). */
  async run(query: string): Promise<void> {
    await this.call(() => this.client.command({ query, clickhouse_settings: settingsFor(query) }));
  }

  async insertJson(table: string, values: readonly Record<string, unknown>[]): Promise<void> {
    await this.call(() => this.client.insert({ table, values: values as Record<string, unknown>[], format: 'JSONEachRow' }));
  }

  /** Rows already encoded as RowBinary (`insert()` with RowBinary fails on 18.16; a raw exec works). */
  async insertRowBinary(table: string, bytes: Uint8Array): Promise<void> {
    await this.call(async () => {
      const result = await this.client.exec({ query: `INSERT INTO ${table} FORMAT RowBinary`, values: Readable.from([bytes]) });
      for await (const _ of result.stream);
    });
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw this.storeError(err as Error & { code?: string; cause?: { code?: string } });
    }
  }

  private storeError(err: Error & { code?: string; cause?: { code?: string } }): StoreError {
    const where = `ClickHouse at ${this.address}`;
    const code = Number(/\bCode: (\d+)/.exec(err.message)?.[1] ?? (/^\d+$/.test(err.code ?? '') ? err.code : NaN));
    const errno = err.code ?? err.cause?.code ?? '';
    if (MISSING.has(code)) {
      return new StoreError('SCHEMA', `${where} has no Leakhound store in database ${this.url.database}: run leakhound store init --store ${this.url.display}`);
    }
    if (LOGIN.has(code)) return new StoreError('BAD_STORE', `${where} refused user ${this.url.user} (wrong user or password)`);
    if (UNREACHABLE.has(errno)) return new StoreError('BAD_STORE', `${where} cannot be reached (${errno})`);
    const first = err.message.split('\n')[0].replace(/, e\.what\(\) = .*$/, '');
    return new StoreError('BAD_STORE', `${where}: ${first.length > 300 ? `${first.slice(0, 300)}...` : first}`);
  }
}

function settingsFor(query: string): Record<string, string> | undefined {
  return query.length < DEFAULT_MAX_QUERY - 1024 ? undefined : { max_query_size: String(query.length + 1024) };
}
