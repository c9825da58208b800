import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { type DexieMigration, defineMigrations, latestVersion, schemaAt } from './index';

const v1: DexieMigration = { version: 1, stores: { notes: 'id, at', drafts: 'id' } };
const v2: DexieMigration = {
  version: 2,
  stores: { notes: 'id, at, author', drafts: null, tags: 'name' },
  upgrade: (tx) =>
    tx
      .table('notes')
      .toCollection()
      .modify((note) => {
        note.author = note.author ?? 'unknown';
      }),
};

function open(name: string, migrations: readonly DexieMigration[]): Dexie {
  const db = new Dexie(name);
  defineMigrations(db, migrations);
  return db;
}

describe('defineMigrations', () => {
  it('refuses an empty list, versions out of order and versions that are not whole numbers', () => {
    expect(() => open('bad', [])).toThrow('Migrations: the list is empty');
    expect(() =>
      open('bad', [
        { version: 2, stores: { a: 'id' } },
        { version: 1, stores: { b: 'id' } },
      ]),
    ).toThrow('Migrations out of order: version 1 after 2');
    expect(() => open('bad', [v1, { ...v2, version: 1 }])).toThrow(
      'Migrations out of order: version 1 after 1',
    );
    expect(() => open('bad', [{ version: 1.5, stores: {} }])).toThrow('version 1.5 is not a whole number');
    expect(() => open('bad', [{ version: 0, stores: {} }])).toThrow('version 0 is not a whole number');
  });

  it('opens a new database at the latest version with every table', async () => {
    const db = open(`kit-${Math.random()}`, [v1, v2]);
    await db.open();
    expect(db.verno).toBe(latestVersion([v1, v2]));
    expect(db.tables.map((t) => t.name).sort()).toEqual(['notes', 'tags']);
    db.close();
  });

  it('upgrades a database written at an earlier version, running each later upgrade once', async () => {
    const name = `kit-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores({ notes: 'id, at', drafts: 'id' });
    await old.table('notes').bulkPut([
      { id: 'n1', at: '2026-01-01' },
      { id: 'n2', at: '2026-01-02', author: 'lan' },
    ]);
    await old.table('drafts').put({ id: 'd1' });
    old.close();

    const db = open(name, [v1, v2]);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.table('notes').orderBy('id').toArray()).toEqual([
      { id: 'n1', at: '2026-01-01', author: 'unknown' },
      { id: 'n2', at: '2026-01-02', author: 'lan' },
    ]);
    expect(await db.table('notes').where('author').equals('lan').count()).toBe(1);
    expect(db.tables.map((t) => t.name)).not.toContain('drafts');
    db.close();
  });

  it('gives the whole schema at a version, as raw Dexie takes it', () => {
    expect(schemaAt([v1, v2], 1)).toEqual({ notes: 'id, at', drafts: 'id' });
    expect(schemaAt([v1, v2], 2)).toEqual({ notes: 'id, at, author', tags: 'name' });
  });
});
