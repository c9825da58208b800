import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deletePull, getPull, listPulls, pullsWithStatus, type StoredPull, savePull } from './index';
import { freshDb } from './test-support';

function pull(id: string, status: StoredPull['status'], updatedAt: string): StoredPull<{ pages: number }> {
  return {
    id,
    status,
    startUrl: 'https://x/',
    startedAt: 'T0',
    updatedAt,
    auditId: null,
    error: null,
    state: { pages: 1 },
  };
}

describe('pull repository', () => {
  it('finds running pulls, oldest update first', async () => {
    const db = freshDb();
    await savePull(db, pull('b', 'running', 'T2'));
    await savePull(db, pull('a', 'running', 'T1'));
    await savePull(db, pull('c', 'done', 'T3'));
    expect((await pullsWithStatus(db, 'running')).map((p) => p.id)).toEqual(['a', 'b']);
    expect((await listPulls(db)).map((p) => p.id)).toEqual(['c', 'b', 'a']);
  });

  it('keeps the caller state and deletes', async () => {
    const db = freshDb();
    await savePull(db, pull('a', 'cancelled', 'T1'));
    expect((await getPull<{ pages: number }>(db, 'a'))?.state.pages).toBe(1);
    await deletePull(db, 'a');
    expect(await getPull(db, 'a')).toBeUndefined();
  });
});
