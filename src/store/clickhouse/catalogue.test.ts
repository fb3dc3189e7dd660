import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KIND_CODES } from '../../identity/kinds.js';
import { Snapshot, breachIdOf, type FileRow } from './catalogue.js';

function breachRow(name: string, date: string | null, addedAt: string) {
  return { id: breachIdOf(name), name, date, sector: 'other', description: '', flags: '[]', added_at: addedAt };
}

function fileRow(breach: string, load: string, digest: string, records: number, classes: Record<string, number>): FileRow {
  return { breach: breachIdOf(breach), load, digest, name: `${digest}.csv`, records: String(records), data_classes: JSON.stringify(classes), committed_at: load };
}

describe('Snapshot', () => {
  const breaches = [
    breachRow('b', '2020-01-01', '2024-01-01T00:00:03.000Z'),
    breachRow('undated', null, '2024-01-01T00:00:01.000Z'),
    breachRow('a', '2020-01-01', '2024-01-01T00:00:02.000Z'),
    breachRow('Äpfel', '2020-01-01', '2024-01-01T00:00:04.000Z'),
    breachRow('new', '2023-05-05', '2024-01-01T00:00:05.000Z'),
  ];
  // Rows in commit order, as the catalogue reads them; load 12 commits the digest load 10 committed first.
  const files = [fileRow('a', '10', 'd1', 5, { PHONE_NUMBER: 5 }), fileRow('a', '11', 'd2', 7, { EMAIL_ADDRESS: 2, PHONE_NUMBER: 1 }), fileRow('a', '12', 'd1', 5, { PHONE_NUMBER: 5 })];
  const counts = [
    { breach: breachIdOf('a'), kind: KIND_CODES.email, count: '2' },
    { breach: breachIdOf('a'), kind: KIND_CODES.phone, count: '6' },
    { breach: breachIdOf('a'), kind: KIND_CODES.card, count: '0' },
  ];
  const snapshot = new Snapshot(breaches, files, counts);

  it('lists breaches newest first, undated last, names of one date in byte order (as SQLite sorts)', () => {
    assert.deepEqual(snapshot.breaches.map((b) => b.name), ['new', 'a', 'b', 'Äpfel', 'undated']);
  });

  it('counts the first files row of a (breach, digest) only: a commit that lost a race is not counted', () => {
    assert.deepEqual([...snapshot.committed], ['10', '11']);
    assert.deepEqual([...snapshot.losers], ['12']);
    assert.equal(snapshot.fileLoad(breachIdOf('a'), 'd1'), '10');
    assert.deepEqual(snapshot.loadsOf(breachIdOf('a')), ['10', '11']);
    const a = snapshot.breach('a')!;
    assert.deepEqual([a.files, a.records, a.dataClasses], [2, 12, { PHONE_NUMBER: 6, EMAIL_ADDRESS: 2 }]);
  });

  it('gives identifier counts in kind order without zeros, and ranks breaches in the order they were made', () => {
    assert.deepEqual(Object.entries(snapshot.breach('a')!.identifiers), [['phone', 6], ['email', 2]]);
    const ranked = [...snapshot.rank].sort(([, x], [, y]) => x - y).map(([id]) => snapshot.names.get(id));
    assert.deepEqual(ranked, ['undated', 'a', 'b', 'Äpfel', 'new']);
    assert.equal(snapshot.breach('missing'), null);
    assert.ok(Object.isFrozen(snapshot.breach('a')));
  });
});
