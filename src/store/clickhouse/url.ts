import { StoreError } from '../types.js';

/** A ClickHouse store as `--store` names it. */
export interface ClickHouseUrl {
  /** Every node's HTTP address (`host:port`), node 1 (the catalogue's) first, in the cluster's shard order. */
  nodes: string[];
  database: string;
  /** The `remote_servers` cluster of the Distributed table; null for a single node. */
  cluster: string | null;
  user: string;
  password: string;
  /** Rows per insert into a shard (ClickHouse makes a part of each): fewer use less memory, more need less merging. */
  insertRows: number;
  /** Rows of a shard counted exactly in one query (the distinct keys are held in memory): more are counted by key ranges. */
  countRows: number;
  /** The URL without the password, for messages. */
  display: string;
}

/** Database, cluster and table names: inlined in SQL, so nothing but these characters. */
export const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const PORT = /^[0-9]{1,5}$/;
const USER = /^[^\s\x00-\x1f\x7f]{1,64}$/;
const PARAMS = ['cluster', 'user', 'password', 'insert_rows', 'count_rows'] as const;
/**
 * Rows per insert by default, and at most: ClickHouse's max_insert_block_size, so that each insert makes one part.
 * Parts this large need half the merging of 65,536-row ones (server CPU per row 340 -> 170 ns, measured here).
 */
export const MAX_INSERT_ROWS = 1_048_576;
/**
 * Rows of a shard counted in one exact query by default: uniqExact holds each distinct key in a hash table (about 32
 * bytes a key at worst), so about 1 GB of the server's max_memory_usage.
 */
const COUNT_ROWS = 32_000_000;
const SCHEME = 'clickhouse://';
const FORM = 'clickhouse://HOST:PORT[,HOST:PORT...]/DB[?cluster=NAME&user=U&password=P&insert_rows=N&count_rows=N]';

function bad(problem: string): StoreError {
  return new StoreError('BAD_STORE', `ClickHouse store URL: ${problem} (the form is ${FORM})`);
}

/** A short, quoted, printable rendering of a part of the URL that is not secret. */
function shown(text: string): string {
  const clipped = text.length > 40 ? `${text.slice(0, 40)}...` : text;
  return JSON.stringify(clipped);
}

function parseNode(text: string, index: number): string {
  const colon = text.lastIndexOf(':');
  if (colon < 0) throw bad(`node ${index + 1} (${shown(text)}) has no port`);
  const host = text.slice(0, colon);
  const port = text.slice(colon + 1);
  const octets = IPV4.exec(host);
  const hostOk = octets ? octets.slice(1).every((octet) => Number(octet) <= 255) : /[A-Za-z]/.test(host) && HOST_NAME.test(host);
  if (!hostOk) throw bad(`node ${index + 1} has a bad host ${shown(host)} (letters, digits, dots and dashes, or an IPv4 address)`);
  if (!PORT.test(port) || Number(port) < 1 || Number(port) > 65535) throw bad(`node ${index + 1} has a bad port ${shown(port)} (1-65535)`);
  return `${host.toLowerCase()}:${Number(port)}`;
}

function parseParams(query: string): Record<(typeof PARAMS)[number], string | undefined> {
  const params: Record<string, string | undefined> = {};
  for (const part of query === '' ? [] : query.split('&')) {
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    if (!(PARAMS as readonly string[]).includes(name)) throw bad(`unknown parameter ${shown(name)} (cluster, user, password, insert_rows and count_rows are known)`);
    if (params[name] !== undefined) throw bad(`parameter ${name} is given twice`);
    try {
      params[name] = decodeURIComponent(eq < 0 ? '' : part.slice(eq + 1).replace(/\+/g, ' '));
    } catch {
      throw bad(`parameter ${name} is not URL-encoded correctly`);
    }
  }
  return params as Record<(typeof PARAMS)[number], string | undefined>;
}

/** A parameter that is a whole number from `min` to `max` (digits only), or `fallback` when it is not given. */
function wholeParam(name: string, value: string | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^[0-9]{1,10}$/.test(value) || n < min || n > max) throw bad(`${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/**
 * Reads `clickhouse://HOST:PORT[,HOST:PORT...]/DB[?cluster=NAME&user=U&password=P&insert_rows=N&count_rows=N]` strictly: every part that
 * reaches SQL (database, cluster) is a plain name, hosts are host names or IPv4 addresses. Errors name the part
 * that is wrong and never repeat the password.
 */
export function parseClickHouseUrl(url: string): ClickHouseUrl {
  if (!url.startsWith(SCHEME)) throw bad('it does not start with clickhouse://');
  const rest = url.slice(SCHEME.length);
  const slash = rest.indexOf('/');
  if (slash < 0) throw bad('no /DB after the nodes');
  const authority = rest.slice(0, slash);
  if (authority.includes('@')) throw bad('give the user and password as ?user=U&password=P, not before the host');
  const question = rest.indexOf('?', slash);
  const database = question < 0 ? rest.slice(slash + 1) : rest.slice(slash + 1, question);
  const params = parseParams(question < 0 ? '' : rest.slice(question + 1));
  if (authority === '') throw bad('no nodes');
  const nodes = authority.split(',').map(parseNode);
  if (new Set(nodes).size !== nodes.length) throw bad('a node is listed twice');
  if (!NAME.test(database)) throw bad(`bad database name ${shown(database)} (a letter or _, then letters, digits or _; at most 63)`);
  const cluster = params.cluster ?? null;
  if (cluster !== null && !NAME.test(cluster)) throw bad(`bad cluster name ${shown(cluster)} (a letter or _, then letters, digits or _; at most 63)`);
  if (cluster === null && nodes.length > 1) throw bad(`${nodes.length} nodes need ?cluster=NAME, the cluster of their Distributed table`);
  const user = params.user ?? 'default';
  if (!USER.test(user)) throw bad('bad user name (1-64 characters, no spaces or control characters)');
  const insertRows = wholeParam('insert_rows', params.insert_rows, 1024, MAX_INSERT_ROWS, MAX_INSERT_ROWS);
  const countRows = wholeParam('count_rows', params.count_rows, 1, 9_999_999_999, COUNT_ROWS);
  const shownParams = [
    cluster === null ? '' : `cluster=${cluster}`,
    params.user === undefined ? '' : `user=${encodeURIComponent(user)}`,
    params.insert_rows === undefined ? '' : `insert_rows=${insertRows}`,
    params.count_rows === undefined ? '' : `count_rows=${countRows}`,
  ].filter(Boolean);
  const display = `${SCHEME}${nodes.join(',')}/${database}${shownParams.length ? `?${shownParams.join('&')}` : ''}`;
  return { nodes, database, cluster, user, password: params.password ?? '', insertRows, countRows, display };
}
