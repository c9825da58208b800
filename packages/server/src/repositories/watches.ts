import { randomUUID } from 'node:crypto';
import {
  type WatchRun,
  type WatchRunState,
  type WatchSchedule,
  WatchScheduleSchema,
  type WatchScope,
  WatchScopeSchema,
} from '@niemyet/core';
import { type Selectable, sql } from 'kysely';
import type { Db, WatchesTable } from '../db/schema';
import { isoInstant, json } from '../db/schema';

/** Watches and their runs. `watch_runs` is the job table the runners claim (see watches/job-queue.ts). */

export interface StoredWatch {
  id: string;
  name: string;
  url: string;
  portal: string;
  schedule: WatchSchedule;
  scope: WatchScope;
  details: boolean;
  webhook: string | null;
  webhookSecret: string | null;
  paused: boolean;
  nextRunAt: string | null;
  createdBy: string;
  createdAt: string;
}

function watchOf(r: Selectable<WatchesTable>): StoredWatch {
  return {
    id: r.id,
    name: r.name,
    url: r.url,
    portal: r.portal,
    schedule: WatchScheduleSchema.parse(r.schedule),
    scope: WatchScopeSchema.parse(r.scope),
    details: r.details,
    webhook: r.webhook,
    webhookSecret: r.webhook_secret,
    paused: r.paused,
    nextRunAt: r.next_run_at ? isoInstant(r.next_run_at) : null,
    createdBy: r.created_by,
    createdAt: isoInstant(r.created_at),
  };
}

export async function insertWatch(db: Db, watch: StoredWatch): Promise<void> {
  await db
    .insertInto('watches')
    .values({
      id: watch.id,
      name: watch.name,
      url: watch.url,
      portal: watch.portal,
      schedule: json(watch.schedule),
      scope: json(watch.scope),
      details: watch.details,
      webhook: watch.webhook,
      webhook_secret: watch.webhookSecret,
      paused: watch.paused,
      next_run_at: watch.nextRunAt,
      created_by: watch.createdBy,
      created_at: watch.createdAt,
    })
    .execute();
}

export async function updateWatch(
  db: Db,
  id: string,
  changes: Partial<
    Pick<
      StoredWatch,
      'name' | 'schedule' | 'scope' | 'details' | 'webhook' | 'webhookSecret' | 'paused' | 'nextRunAt'
    >
  >,
): Promise<void> {
  const set: Record<string, unknown> = {};
  if (changes.name !== undefined) set.name = changes.name;
  if (changes.schedule !== undefined) set.schedule = json(changes.schedule);
  if (changes.scope !== undefined) set.scope = json(changes.scope);
  if (changes.details !== undefined) set.details = changes.details;
  if (changes.webhook !== undefined) set.webhook = changes.webhook;
  if (changes.webhookSecret !== undefined) set.webhook_secret = changes.webhookSecret;
  if (changes.paused !== undefined) set.paused = changes.paused;
  if (changes.nextRunAt !== undefined) set.next_run_at = changes.nextRunAt;
  if (Object.keys(set).length === 0) return;
  await db.updateTable('watches').set(set).where('id', '=', id).execute();
}

export async function readWatch(db: Db, id: string, forUpdate = false): Promise<StoredWatch | null> {
  let q = db.selectFrom('watches').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? watchOf(row) : null;
}

export async function readWatches(db: Db): Promise<StoredWatch[]> {
  const rows = await db.selectFrom('watches').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map(watchOf);
}

type RunRow = Awaited<ReturnType<ReturnType<typeof runQuery>['executeTakeFirstOrThrow']>>;

function runQuery(db: Db) {
  return db
    .selectFrom('watch_runs')
    .select([
      'id',
      'watch_id',
      'state',
      'trigger',
      'queued_at',
      'started_at',
      'finished_at',
      'audited_on',
      'progress',
      'summary',
      'findings',
      'problem',
    ]);
}

function runOf(r: RunRow): WatchRun {
  return {
    id: r.id,
    watchId: r.watch_id,
    state: r.state as WatchRunState,
    trigger: r.trigger as WatchRun['trigger'],
    queuedAt: isoInstant(r.queued_at),
    startedAt: r.started_at ? isoInstant(r.started_at) : null,
    finishedAt: r.finished_at ? isoInstant(r.finished_at) : null,
    auditedOn: r.audited_on,
    progress: r.progress,
    summary: r.summary,
    findings: r.findings,
    problem: r.problem,
  };
}

export async function readRun(db: Db, watchId: string, runId: string): Promise<WatchRun | null> {
  const row = await runQuery(db).where('id', '=', runId).where('watch_id', '=', watchId).executeTakeFirst();
  return row ? runOf(row) : null;
}

/** The latest run of each watch, for the watch list. */
export async function latestRuns(db: Db): Promise<Map<string, WatchRun>> {
  const rows = await runQuery(db)
    .distinctOn('watch_id')
    .orderBy('watch_id')
    .orderBy('queued_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.watch_id, runOf(r)]));
}

/**
 * Queues a run unless one is queued or running already (the partial unique index keeps it
 * one, whichever server asks): returns the live run's id and whether it was made now.
 */
export async function queueRun(
  db: Db,
  watchId: string,
  trigger: 'schedule' | 'manual',
  at: string,
): Promise<{ runId: string; created: boolean }> {
  const inserted = await db
    .insertInto('watch_runs')
    .values({
      id: randomUUID(),
      watch_id: watchId,
      state: 'queued',
      trigger,
      queued_at: at,
      progress: json({ pages: 0, rows: 0 }),
      findings: json({ opened: 0, seen: 0, fixed: 0 }),
    })
    .onConflict((oc) => oc.column('watch_id').where('state', 'in', ['queued', 'running']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { runId: inserted.id, created: true };
  const live = await db
    .selectFrom('watch_runs')
    .select('id')
    .where('watch_id', '=', watchId)
    .where('state', 'in', ['queued', 'running'])
    .executeTakeFirst();
  if (live) return { runId: live.id, created: false };
  // The live run finished between the two statements: queue again.
  return queueRun(db, watchId, trigger, at);
}

export interface ClaimedRun {
  id: string;
  watchId: string;
  pullState: unknown;
  startedAt: string;
}

/**
 * Claims one run for this runner: a queued run, or a running one whose lease lapsed (its
 * server died). `FOR UPDATE SKIP LOCKED` lets several servers claim at once without taking
 * the same row; the lease keeps it theirs while they renew it.
 */
export async function claimRun(
  db: Db,
  runner: string,
  now: Date,
  leaseMs: number,
): Promise<ClaimedRun | null> {
  const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
  const result = await sql<{ id: string; watch_id: string; pull_state: unknown; started_at: Date | string }>`
    update watch_runs set state = 'running', leased_by = ${runner}, lease_until = ${leaseUntil},
      started_at = coalesce(started_at, ${now.toISOString()})
    where id = (
      select id from watch_runs
      where state = 'queued' or (state = 'running' and lease_until < ${now.toISOString()})
      order by queued_at, id
      limit 1
      for update skip locked
    )
    returning id, watch_id, pull_state, started_at`.execute(db);
  const row = result.rows[0];
  if (!row) return null;
  return {
    id: row.id,
    watchId: row.watch_id,
    pullState: row.pull_state,
    startedAt: isoInstant(row.started_at),
  };
}

/** Renews the lease and saves progress; false when the run is no longer this runner's. */
export async function saveRunProgress(
  db: Db,
  runId: string,
  runner: string,
  now: Date,
  leaseMs: number,
  progress: { pages: number; rows: number },
  pullState: unknown | undefined,
): Promise<boolean> {
  const result = await db
    .updateTable('watch_runs')
    .set({
      lease_until: new Date(now.getTime() + leaseMs).toISOString(),
      progress: json(progress),
      ...(pullState !== undefined ? { pull_state: json(pullState) } : {}),
    })
    .where('id', '=', runId)
    .where('leased_by', '=', runner)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Gives a run back to the queue (this server is stopping): another takes it at once, resuming. */
export async function releaseRun(db: Db, runId: string, runner: string, pullState: unknown): Promise<void> {
  await db
    .updateTable('watch_runs')
    .set({ state: 'queued', lease_until: null, leased_by: null, pull_state: json(pullState) })
    .where('id', '=', runId)
    .where('leased_by', '=', runner)
    .execute();
}

export async function finishRun(
  db: Db,
  runId: string,
  runner: string,
  outcome: {
    state: 'done' | 'failed';
    at: string;
    auditedOn: string | null;
    progress: { pages: number; rows: number };
    summary: Record<string, number> | null;
    findings: { opened: number; seen: number; fixed: number };
    problem: { code: string; message: string } | null;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('watch_runs')
    .set({
      state: outcome.state,
      finished_at: outcome.at,
      audited_on: outcome.auditedOn,
      progress: json(outcome.progress),
      summary: outcome.summary ? json(outcome.summary) : null,
      findings: json(outcome.findings),
      problem: outcome.problem ? json(outcome.problem) : null,
      // The evidence of a finished run is in its sightings: the pull state would only weigh.
      pull_state: null,
      lease_until: null,
    })
    .where('id', '=', runId)
    .where('leased_by', '=', runner)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Watches whose scheduled time has come (not paused), for the scheduler's tick. */
export async function dueWatches(db: Db, now: Date): Promise<StoredWatch[]> {
  const rows = await db
    .selectFrom('watches')
    .selectAll()
    .where('paused', '=', false)
    .where('next_run_at', '<=', now)
    .execute();
  return rows.map(watchOf);
}

/** Moves a watch's next run on, only if no other server did first (compare-and-set). */
export async function advanceNextRun(db: Db, id: string, from: string, to: string): Promise<boolean> {
  const result = await db
    .updateTable('watches')
    .set({ next_run_at: to })
    .where('id', '=', id)
    .where('next_run_at', '=', new Date(from))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
