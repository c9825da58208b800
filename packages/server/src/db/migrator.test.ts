import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_MIGRATION, MIGRATIONS, migrate } from './migrator';
import { testDatabases } from './test-databases';

describe.each(testDatabases())('migrations on $kind', (database) => {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  it('are numbered, one file each, in order', () => {
    const names = Object.keys(MIGRATIONS);
    expect(names).toEqual([...names].sort());
    expect(names.map((name) => name.slice(0, 4))).toEqual(
      names.map((_, i) => String(i + 1).padStart(4, '0')),
    );
    expect(LATEST_MIGRATION).toBe(names.at(-1));
  });

  it('0002 upgrades decisions stored by 0001: item counts are filled from the documents', async () => {
    const opened = await database.open();
    close = opened.close;
    const { db } = opened;
    await migrate(db, '0001_initial');
    const now = new Date().toISOString();
    for (const [id, items] of [
      ['qd-1', [{ id: 'a' }, { id: 'b' }, { id: 'c' }]],
      ['qd-2', []],
    ] as const)
      await sql`insert into decisions (id, state, author, revision, number, title, signed_on, effective_on, revision_hash, document, created_at, updated_at)
                values (${id}, 'issued', 'import', 0, ${id}, '', null, '2020-01-01', 'h', ${JSON.stringify({ id, items })}::jsonb, ${now}, ${now})`.execute(
        db,
      );
    await migrate(db);
    const rows = await db.selectFrom('decisions').select(['id', 'item_count']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'qd-1', item_count: 3 },
      { id: 'qd-2', item_count: 0 },
    ]);
    // Running again changes nothing (every instance runs migrations at start).
    await migrate(db);
  });

  it('go down and up again', async () => {
    const opened = await database.open();
    close = opened.close;
    await migrate(opened.db);
    await migrate(opened.db, '0001_initial');
    await migrate(opened.db);
    const tables = await opened.db.introspection.getTables();
    expect(tables.map((t) => t.name).sort()).toContain('decisions');
  });
});
