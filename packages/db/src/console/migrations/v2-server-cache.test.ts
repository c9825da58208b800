import 'fake-indexeddb/auto';
import { makeDecision } from '@niemyet/core/testing';
import { describe, expect, it } from 'vitest';
import { NiemyetConsoleDb } from '../database';
import { v1Initial } from './v1-initial';
import { v2ServerCache } from './v2-server-cache';

describe('console migration v2 (server cache and flags)', () => {
  it('adds the catalogue cache and the flags, keeping a v1 workspace as it was', async () => {
    const name = `v2-${Math.random()}`;
    const v1 = new NiemyetConsoleDb(name, [v1Initial]);
    const decision = makeDecision({ id: 'qd-1', number: '1/QĐ-UBND' });
    await v1.decisions.put(decision);
    v1.close();

    const v2 = new NiemyetConsoleDb(name, [v1Initial, v2ServerCache]);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(v2.catalogueCache.schema.primKey.keyPath).toBe('hash');
    expect(v2.catalogueCache.schema.indexes.map((index) => index.name).sort()).toEqual(['asOf', 'fetchedAt']);
    expect(v2.flags.schema.primKey.keyPath).toBe('key');
    expect(await v2.decisions.get('qd-1')).toEqual(decision);
    v2.close();
  });
});
