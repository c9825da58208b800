import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DB_MIGRATIONS, NiemyetExtensionDb } from './index';

describe('NiemyetExtensionDb', () => {
  it('opens at the latest migration version', async () => {
    const db = new NiemyetExtensionDb(`db-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(EXTENSION_DB_MIGRATIONS.at(-1)!.version);
    db.close();
  });

  it('refuses migrations listed out of order', () => {
    expect(
      () =>
        new NiemyetExtensionDb('bad', [
          { version: 2, stores: { a: 'id' } },
          { version: 1, stores: { b: 'id' } },
        ]),
    ).toThrow('Migrations out of order: version 1 after 2');
  });

  it('runs a later migration over data written by an earlier one', async () => {
    const name = `db-upgrade-${Math.random()}`;
    const v1 = new NiemyetExtensionDb(name, EXTENSION_DB_MIGRATIONS);
    await v1.pulls.put({
      id: 'p',
      status: 'running',
      startUrl: 'https://x/',
      startedAt: 't',
      updatedAt: 't',
      auditId: null,
      error: null,
      state: {},
    });
    v1.close();
    const next = new NiemyetExtensionDb(name, [
      ...EXTENSION_DB_MIGRATIONS,
      {
        version: 99,
        stores: {},
        upgrade: (tx) =>
          tx
            .table('pulls')
            .toCollection()
            .modify({ error: 'migrated' })
            .then(() => undefined),
      },
    ]);
    expect((await next.pulls.get('p'))?.error).toBe('migrated');
    next.close();
  });
});
