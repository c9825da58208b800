import 'fake-indexeddb/auto';
import { makeDecision } from '@niemyet/core/testing';
import { describe, expect, it } from 'vitest';
import { smallSnapshot } from '../../extension/test-support';
import { NiemyetConsoleDb } from '../database';
import { v1Initial } from './v1-initial';
import { v2ServerCache } from './v2-server-cache';
import { v3CatalogueTables } from './v3-catalogue-tables';

describe('console migration v3 (catalogue tables)', () => {
  it('adds the tables and the copy records, drops the v2 snapshots that have none, keeps the rest', async () => {
    const name = `v3-${Math.random()}`;
    const v2 = new NiemyetConsoleDb(name, [v1Initial, v2ServerCache]);
    const snapshot = smallSnapshot('2025-01-01');
    await v2.catalogueCache.put({
      hash: snapshot.hash,
      asOf: snapshot.asOf,
      fetchedAt: '2026-01-01T00:00:00.000Z',
      snapshot,
    });
    await v2.flags.put({ key: 'legacy-uploaded', at: '2026-01-01T00:00:00.000Z' });
    const decision = makeDecision({ id: 'qd-1', number: '1/QĐ-UBND' });
    await v2.decisions.put(decision);
    v2.close();

    const v3 = new NiemyetConsoleDb(name, [v1Initial, v2ServerCache, v3CatalogueTables]);
    await v3.open();
    expect(v3.verno).toBe(3);
    expect(v3.catalogueTables.schema.primKey.keyPath).toBe('hash');
    expect(v3.catalogueTables.schema.indexes.map((index) => index.name)).toEqual(['asOf']);
    expect(v3.catalogueCopies.schema.primKey.keyPath).toBe('hash');
    expect(v3.catalogueCopies.schema.indexes.map((index) => index.name).sort()).toEqual([
      'asOf',
      'fetchedAt',
    ]);
    // A snapshot without its table would be read back the slow way: the server sends it again.
    expect(await v3.catalogueCache.count()).toBe(0);
    expect(await v3.flags.get('legacy-uploaded')).toEqual({
      key: 'legacy-uploaded',
      at: '2026-01-01T00:00:00.000Z',
    });
    expect(await v3.decisions.get('qd-1')).toEqual(decision);
    v3.close();
  });
});
