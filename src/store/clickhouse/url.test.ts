import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StoreError } from '../types.js';
import { parseClickHouseUrl } from './url.js';

const SECRET = 'pa55;w0rd';

describe('parseClickHouseUrl', () => {
  const good: [string, string, Partial<ReturnType<typeof parseClickHouseUrl>>][] = [
    ['two nodes and a cluster', 'clickhouse://127.0.0.1:18123,127.0.0.1:18124/leakhound?cluster=leakhound', { nodes: ['127.0.0.1:18123', '127.0.0.1:18124'], database: 'leakhound', cluster: 'leakhound', user: 'default', password: '', insertRows: 1_048_576, countRows: 32_000_000 }],
    ['rows per insert', 'clickhouse://a:1/db?insert_rows=65536', { insertRows: 65536, display: 'clickhouse://a:1/db?insert_rows=65536' }],
    ['rows per exact count', 'clickhouse://a:1/db?count_rows=1000&insert_rows=2048', { countRows: 1000, insertRows: 2048, display: 'clickhouse://a:1/db?insert_rows=2048&count_rows=1000' }],
    ['one node, no cluster', 'clickhouse://ch-1.example.org:8123/lh_2024', { nodes: ['ch-1.example.org:8123'], database: 'lh_2024', cluster: null }],
    ['user and an encoded password', `clickhouse://Db.Example:8123/_x?user=ingest&password=${encodeURIComponent(SECRET)}`, { nodes: ['db.example:8123'], database: '_x', user: 'ingest', password: SECRET }],
    ['port 65535 and a leading-zero port', 'clickhouse://localhost:65535,localhost:080/d?cluster=c', { nodes: ['localhost:65535', 'localhost:80'] }],
  ];
  for (const [what, url, expected] of good) {
    it(`reads ${what}`, () => {
      const parsed = parseClickHouseUrl(url);
      assert.deepEqual(parsed, { ...parsed, ...expected });
      assert.ok(!parsed.display.includes('password'), parsed.display);
    });
  }

  const bad: [string, string, RegExp][] = [
    ['another scheme', 'http://127.0.0.1:8123/db', /clickhouse:\/\//],
    ['no database', 'clickhouse://127.0.0.1:8123', /no \/DB/],
    ['an empty database', 'clickhouse://127.0.0.1:8123/', /database/],
    ['SQL in the database name', "clickhouse://127.0.0.1:8123/db;DROP TABLE x", /database/],
    ['a quote in the database name', "clickhouse://127.0.0.1:8123/db'x", /database/],
    ['a space in the database name', 'clickhouse://127.0.0.1:8123/my db', /database/],
    ['an encoded space in the database name', 'clickhouse://127.0.0.1:8123/my%20db', /database/],
    ['a database name starting with a digit', 'clickhouse://127.0.0.1:8123/1db', /database/],
    ['a database name of 64 characters', `clickhouse://127.0.0.1:8123/${'d'.repeat(64)}`, /database/],
    ['a path below the database', 'clickhouse://127.0.0.1:8123/db/other', /database/],
    ['SQL in the cluster name', 'clickhouse://a:1,b:2/db?cluster=c)%3B%20DROP%20DATABASE%20db', /cluster name/],
    ['a quote in the cluster name', "clickhouse://a:1,b:2/db?cluster=c'", /cluster name/],
    ['a missing port', 'clickhouse://127.0.0.1/db', /no port/],
    ['an empty port', 'clickhouse://127.0.0.1:/db', /port/],
    ['port 0', 'clickhouse://127.0.0.1:0/db', /port/],
    ['port 65536', 'clickhouse://127.0.0.1:65536/db', /port/],
    ['a signed port', 'clickhouse://127.0.0.1:+80/db', /port/],
    ['an IPv4 octet over 255', 'clickhouse://127.0.0.256:8123/db', /host/],
    ['an all-digit host', 'clickhouse://12345:8123/db', /host/],
    ['a host with an underscore', 'clickhouse://ch_1:8123/db', /host/],
    ['a host with a semicolon', 'clickhouse://a;b:8123/db', /host/],
    ['a host with a space', 'clickhouse://a b:8123/db', /host/],
    ['an IPv6 address', 'clickhouse://[::1]:8123/db', /host/],
    ['no nodes', 'clickhouse:///db', /no nodes/],
    ['an empty node', 'clickhouse://a:1,,b:2/db?cluster=c', /node 2/],
    ['a node twice', 'clickhouse://a:1,a:1/db?cluster=c', /twice/],
    ['two nodes without a cluster', 'clickhouse://a:1,b:2/db', /cluster=NAME/],
    ['an unknown parameter', 'clickhouse://a:1/db?database=x', /unknown parameter "database"/],
    ['too few rows per insert', 'clickhouse://a:1/db?insert_rows=1023', /insert_rows must be/],
    ['more rows per insert than a part holds', 'clickhouse://a:1/db?insert_rows=1048577', /insert_rows must be/],
    ['rows per insert that are no whole number', 'clickhouse://a:1/db?insert_rows=6e4', /insert_rows must be/],
    ['empty rows per insert', 'clickhouse://a:1/db?insert_rows=', /insert_rows must be/],
    ['no rows per exact count', 'clickhouse://a:1/db?count_rows=0', /count_rows must be/],
    ['rows per exact count with a sign', 'clickhouse://a:1/db?count_rows=-5', /count_rows must be/],
    ['a parameter twice', 'clickhouse://a:1/db?user=a&user=b', /twice/],
    ['a user with a space', 'clickhouse://a:1/db?user=a%20b', /user/],
    ['credentials before the host', `clickhouse://u:${SECRET}@a:1/db`, /\?user=U&password=P/],
    ['a badly encoded password next to a bad port', `clickhouse://a:0/db?password=${SECRET}%zz`, /./],
  ];
  for (const [what, url, message] of bad) {
    it(`refuses ${what} with BAD_STORE, naming the problem and not the password`, () => {
      assert.throws(
        () => parseClickHouseUrl(url),
        (err: unknown) => {
          assert.ok(err instanceof StoreError && err.code === 'BAD_STORE', String(err));
          assert.match(err.message, message);
          assert.ok(!err.message.includes(SECRET) && !err.message.includes('pa55'), `the password is in: ${err.message}`);
          return true;
        },
      );
    });
  }

  it('never repeats the password, even in the display form', () => {
    const parsed = parseClickHouseUrl(`clickhouse://a:1/db?user=u&password=${SECRET}`);
    assert.equal(parsed.display, 'clickhouse://a:1/db?user=u');
  });
});
