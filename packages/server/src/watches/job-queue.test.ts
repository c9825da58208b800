import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrator';
import { testDatabases } from '../db/test-databases';
import {
  advanceNextRun,
  claimRun,
  dueWatches,
  finishRun,
  insertWatch,
  queueRun,
  releaseRun,
  saveRunProgress,
} from '../repositories/watches';

/**
 * The job table of watch runs on a real database: one live run per watch, a claim taken by
 * one runner only, a lapsed lease taken over with its saved pull state, a schedule advanced once.
 */
describe.each(testDatabases())('watch runs as jobs on $kind', (database) => {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  async function opened() {
    const o = await database.open();
    close = o.close;
    await migrate(o.db);
    await insertWatch(o.db, {
      id: 'w1',
      name: 'Cổng',
      url: 'https://dvc.example/list',
      portal: 'https://dvc.example',
      schedule: { kind: 'every', minutes: 1 },
      scope: {},
      details: false,
      webhook: null,
      webhookSecret: null,
      paused: false,
      nextRunAt: '2026-01-01T00:01:00.000Z',
      createdBy: 'hoa',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    return o.db;
  }

  const outcome = {
    state: 'done' as const,
    at: '2026-01-01T00:05:00.000Z',
    auditedOn: '2026-01-01',
    progress: { pages: 1, rows: 1 },
    summary: null,
    findings: { opened: 0, seen: 0, fixed: 0 },
    problem: null,
  };

  it('keeps one live run per watch and gives a claim to one runner', async () => {
    const db = await opened();
    const first = await queueRun(db, 'w1', 'manual', '2026-01-01T00:00:00.000Z');
    const second = await queueRun(db, 'w1', 'schedule', '2026-01-01T00:00:01.000Z');
    expect(first.created).toBe(true);
    expect(second).toEqual({ runId: first.runId, created: false });
    const now = new Date('2026-01-01T00:00:02.000Z');
    const claims = await Promise.all([claimRun(db, 'a', now, 60_000), claimRun(db, 'b', now, 60_000)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    const winner = claims.find(Boolean)!;
    const runner = claims[0] ? 'a' : 'b';
    // The other runner cannot write to it, the owner can; once done, a new run may be queued.
    expect(await finishRun(db, winner.id, runner === 'a' ? 'b' : 'a', outcome)).toBe(false);
    expect(await finishRun(db, winner.id, runner, outcome)).toBe(true);
    expect((await queueRun(db, 'w1', 'manual', '2026-01-01T00:06:00.000Z')).created).toBe(true);
  });

  it('takes a run over after its lease lapsed, with the pull state saved, and not before', async () => {
    const db = await opened();
    const { runId } = await queueRun(db, 'w1', 'manual', '2026-01-01T00:00:00.000Z');
    const t0 = new Date('2026-01-01T00:00:00.000Z');
    expect((await claimRun(db, 'dead', t0, 10_000))!.id).toBe(runId);
    expect(
      await saveRunProgress(db, runId, 'dead', t0, 10_000, { pages: 3, rows: 30 }, { pages: 'saved' }),
    ).toBe(true);
    expect(await claimRun(db, 'alive', new Date(t0.getTime() + 5_000), 10_000)).toBeNull();
    const taken = await claimRun(db, 'alive', new Date(t0.getTime() + 11_000), 10_000);
    expect(taken).toMatchObject({ id: runId, pullState: { pages: 'saved' } });
    // The dead runner, if it wakes up, no longer owns it.
    expect(await saveRunProgress(db, runId, 'dead', t0, 10_000, { pages: 4, rows: 40 }, undefined)).toBe(
      false,
    );
    // Given back on shutdown, it is queued again for anyone.
    await releaseRun(db, runId, 'alive', { pages: 'later' });
    expect(await claimRun(db, 'third', new Date(t0.getTime() + 12_000), 10_000)).toMatchObject({
      id: runId,
      pullState: { pages: 'later' },
    });
  });

  it('queues a due watch once whichever server ticks', async () => {
    const db = await opened();
    const now = new Date('2026-01-01T00:01:30.000Z');
    const [due] = await dueWatches(db, now);
    expect(due!.id).toBe('w1');
    const next = '2026-01-01T00:02:30.000Z';
    const moved = await Promise.all([
      advanceNextRun(db, 'w1', due!.nextRunAt!, next),
      advanceNextRun(db, 'w1', due!.nextRunAt!, next),
    ]);
    expect(moved.filter(Boolean)).toHaveLength(1);
    expect(await dueWatches(db, now)).toEqual([]);
  });
});
