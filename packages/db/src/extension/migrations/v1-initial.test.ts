import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { NiemyetExtensionDb } from '../database';
import { makeAudit } from '../test-support';
import { v1Initial } from './v1-initial';

function indexNames(db: NiemyetExtensionDb, table: string): string[] {
  return db
    .table(table)
    .schema.indexes.map((i) => i.name)
    .sort();
}

describe('migration v1 (initial schema)', () => {
  it('creates the four tables with their keys and indexes', async () => {
    const db = new NiemyetExtensionDb(`v1-${Math.random()}`, [v1Initial]);
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['audits', 'findingNotes', 'pulls', 'snapshots']);
    for (const table of db.tables) expect(table.schema.primKey.keyPath).toBe('id');
    expect(indexNames(db, 'snapshots')).toEqual(['hash', 'importedAt']);
    expect(indexNames(db, 'audits')).toEqual(['[tabUrl+readAt]', 'pullId', 'readAt', 'tabUrl']);
    expect(indexNames(db, 'findingNotes')).toEqual(['[auditId+rowIndex]', '[code+url]', 'at', 'auditId']);
    expect(indexNames(db, 'pulls')).toEqual(['status', 'updatedAt']);
    db.close();
  });

  it('stores and finds an audit by its compound page index', async () => {
    const db = new NiemyetExtensionDb(`v1-${Math.random()}`, [v1Initial]);
    await db.audits.put(makeAudit({ id: 'x', tabUrl: 'https://a/', readAt: '2025-02-01T00:00:00Z' }));
    const found = await db.audits
      .where('[tabUrl+readAt]')
      .equals(['https://a/', '2025-02-01T00:00:00Z'])
      .first();
    expect(found?.id).toBe('x');
    db.close();
  });
});
