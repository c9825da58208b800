import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { NiemyetConsoleDb } from '../database';
import { v1Initial } from './v1-initial';

function indexNames(db: NiemyetConsoleDb, table: string): string[] {
  return db
    .table(table)
    .schema.indexes.map((i) => i.name)
    .sort();
}

describe('console migration v1 (initial schema)', () => {
  it('creates the five tables with their keys and indexes', async () => {
    const db = new NiemyetConsoleDb(`v1-${Math.random()}`, [v1Initial]);
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'baseline',
      'changeLog',
      'decisions',
      'publicationSnapshots',
      'publications',
    ]);
    expect(db.decisions.schema.primKey.keyPath).toBe('id');
    expect(db.baseline.schema.primKey.keyPath).toBe('id');
    expect(db.changeLog.schema.primKey.keyPath).toBe('seq');
    expect(db.publications.schema.primKey.keyPath).toBe('seq');
    expect(db.publications.schema.primKey.auto).toBe(true);
    expect(db.publicationSnapshots.schema.primKey.keyPath).toBe('seq');
    expect(indexNames(db, 'decisions')).toEqual(['effectiveOn', 'number', 'signedOn', 'state']);
    expect(indexNames(db, 'baseline')).toEqual(['procedureId']);
    expect(indexNames(db, 'changeLog')).toEqual(['decisionId', 'kind', 'occurredOn', 'procedureId']);
    expect(indexNames(db, 'publications')).toEqual(['asOf', 'hash', 'publishedAt']);
    db.close();
  });

  it('numbers publications in the order they are added', async () => {
    const db = new NiemyetConsoleDb(`v1-${Math.random()}`, [v1Initial]);
    const counts = { procedures: 0, upcoming: 0, abolished: 0 };
    const base = { asOf: '2025-01-01', generatedAt: 'G', publishedAt: 'P', counts };
    const first = await db.publications.add({ hash: 'a', ...base });
    const second = await db.publications.add({ hash: 'b', ...base });
    expect(second).toBeGreaterThan(first);
    expect((await db.publications.orderBy('seq').last())?.hash).toBe('b');
    db.close();
  });
});
