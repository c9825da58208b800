import { randomUUID } from 'node:crypto';
import {
  AuditEvidenceSchema,
  FieldDiffSchema,
  type Finding,
  type FindingKind,
  type FindingListQuery,
  type FindingState,
  type Sighting,
  type WatchScope,
} from '@niemyet/core';
import { type SelectQueryBuilder, sql } from 'kysely';
import { z } from 'zod';
import { type Database, type Db, isoInstant, json } from '../db/schema';
import {
  identityOf,
  type Observation,
  runFailedIdentity,
  sameScopeValue,
} from '../findings/finding-observations';
import { isConfirmedFixed, stateWhenSeenAgain } from '../findings/fix-rules';

/** The inbox: one row per finding (unique key), one row per sighting. */

const SIGHTINGS = sql<number>`(select count(*)::int from finding_sightings s where s.finding_id = findings.id)`;
const WATCH_IDS = sql<
  string[] | null
>`(select array_agg(distinct s.watch_id order by s.watch_id) from finding_sightings s where s.finding_id = findings.id and s.watch_id is not null)`;

function baseQuery(db: Db) {
  return db
    .selectFrom('findings')
    .selectAll()
    .select([SIGHTINGS.as('sightings'), WATCH_IDS.as('watch_ids')]);
}

type Selected = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function findingOf(row: Selected): Finding {
  return {
    id: row.id,
    key: row.key,
    portal: row.portal,
    code: row.code,
    name: row.name,
    kind: row.kind as FindingKind,
    state: row.state as FindingState,
    sightings: Number(row.sightings),
    firstSeenAt: isoInstant(row.first_seen_at),
    lastSeenAt: isoInstant(row.last_seen_at),
    assignee: row.assignee,
    reason: row.reason,
    reopened: Number(row.reopened),
    field: row.field,
    agency: row.agency,
    level: row.level,
    watchIds: row.watch_ids ?? [],
    stateChangedAt: isoInstant(row.state_changed_at),
    stateChangedBy: row.state_changed_by,
  };
}

export interface SightingSource {
  source: 'watch' | 'extension';
  watchId: string | null;
  runId: string | null;
  reportedBy: string | null;
}

export interface RecordedObservation {
  id: string;
  key: string;
  created: boolean;
  reopened: boolean;
}

/**
 * Records one observation: a new finding, or a sighting of the one with its key (a fixed one
 * re-opens). `clientId` (extension reports) makes a resend return the first answer. Run inside
 * a transaction: the key's row is locked while its sighting is added.
 */
export async function recordObservation(
  db: Db,
  observation: Observation,
  source: SightingSource,
  at: string,
  clientId: string | null = null,
): Promise<RecordedObservation> {
  if (clientId !== null && source.reportedBy !== null) {
    const earlier = await db
      .selectFrom('finding_sightings')
      .innerJoin('findings', 'findings.id', 'finding_sightings.finding_id')
      .select(['findings.id', 'findings.key'])
      .where('reported_by', '=', source.reportedBy)
      .where('client_id', '=', clientId)
      .executeTakeFirst();
    if (earlier) return { id: earlier.id, key: earlier.key, created: false, reopened: false };
  }
  const inserted = await db
    .insertInto('findings')
    .values({
      id: randomUUID(),
      key: observation.key,
      portal: observation.portal,
      code: observation.code,
      name: observation.name,
      kind: observation.kind,
      state: 'open',
      assignee: null,
      reason: null,
      field: observation.field,
      agency: observation.agency,
      level: observation.level,
      first_seen_at: at,
      last_seen_at: at,
      state_changed_at: at,
      state_changed_by: null,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .executeTakeFirst();
  let id: string;
  let reopened = false;
  if (inserted) {
    id = inserted.id;
    await recordOpenings(db, [id], at, 1);
  } else {
    const existing = await db
      .selectFrom('findings')
      .select(['id', 'state'])
      .where('key', '=', observation.key)
      .forUpdate()
      .executeTakeFirstOrThrow();
    id = existing.id;
    const next = stateWhenSeenAgain(existing.state as FindingState);
    reopened = next.reopened;
    await db
      .updateTable('findings')
      .set((eb) => ({
        last_seen_at: at,
        name: observation.name,
        ...(observation.field ? { field: observation.field } : {}),
        ...(observation.agency ? { agency: observation.agency } : {}),
        ...(observation.level ? { level: observation.level } : {}),
        ...(next.reopened
          ? {
              state: next.state,
              reopened: eb('reopened', '+', 1),
              reopened_at: at,
              reason: null,
              state_changed_at: at,
              state_changed_by: null,
            }
          : {}),
      }))
      .where('id', '=', id)
      .execute();
    if (next.reopened) await recordOpenings(db, [id], at, 1);
  }
  await db
    .insertInto('finding_sightings')
    .values({
      id: randomUUID(),
      finding_id: id,
      at,
      source: source.source,
      watch_id: source.watchId,
      run_id: source.runId,
      reported_by: source.reportedBy,
      client_id: clientId,
      url: observation.url,
      evidence: observation.evidence ? json(observation.evidence) : null,
      diffs: json(observation.diffs),
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return { id, key: observation.key, created: inserted !== undefined, reopened };
}

/**
 * After a complete run of a watch: the open and reported findings of its portal and scope that
 * the run confirms fixed (fix-rules.ts) become `fixed`. Returns how many.
 */
export async function confirmFixes(
  db: Db,
  watch: { id: string; portal: string; scope: WatchScope },
  listed: ReadonlySet<string>,
  seen: ReadonlySet<string>,
  at: string,
): Promise<number> {
  const candidates = await db
    .selectFrom('findings')
    .select(['id', 'key', 'kind', 'state', 'code', 'name', 'field', 'agency', 'level'])
    .where('portal', '=', watch.portal)
    .where('state', 'in', ['open', 'reported'])
    // Another watch of the same origin (a second listing of one portal) answers for its own
    // findings: only those this watch saw, or no watch did (officers' reports), are its to confirm.
    .where(({ exists, not, or, selectFrom }) =>
      or([
        exists(
          selectFrom('finding_sightings as s')
            .select('s.id')
            .whereRef('s.finding_id', '=', 'findings.id')
            .where('s.watch_id', '=', watch.id),
        ),
        not(
          exists(
            selectFrom('finding_sightings as s')
              .select('s.id')
              .whereRef('s.finding_id', '=', 'findings.id')
              .where('s.watch_id', 'is not', null),
          ),
        ),
      ]),
    )
    .execute();
  const run = { listed, seen, runFailedIdentity: runFailedIdentity(watch.id) };
  const fixed: string[] = [];
  for (const row of candidates) {
    const kind = row.kind as FindingKind;
    const identity = kind === 'run-failed' ? row.key.split('|').at(-2)! : identityOf(row.code, row.name);
    if (
      kind !== 'run-failed' &&
      !(
        sameScopeValue(row.field, watch.scope.field) &&
        sameScopeValue(row.agency, watch.scope.agency) &&
        sameScopeValue(row.level, watch.scope.level)
      )
    )
      continue;
    if (isConfirmedFixed({ kind, state: row.state as FindingState, identity, key: row.key }, run))
      fixed.push(row.id);
  }
  for (let i = 0; i < fixed.length; i += 500)
    await db
      .updateTable('findings')
      .set({ state: 'fixed', state_changed_at: at, state_changed_by: null })
      .where('id', 'in', fixed.slice(i, i + 500))
      .execute();
  await recordOpenings(db, fixed, at, -1);
  return fixed.length;
}

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

type FindingQuery = SelectQueryBuilder<Database, 'findings', Record<string, unknown>>;

/** The list's filters as WHERE clauses (shared by the list, the count and the export). */
function filtered<Q extends FindingQuery>(
  query: Q,
  filter: Omit<FindingListQuery, 'limit' | 'offset'>,
  now: Date,
): Q {
  let q = query as FindingQuery;
  const states = listOf(filter.state);
  const kinds = listOf(filter.kind);
  if (states.length) q = q.where('findings.state', 'in', states);
  if (kinds.length) q = q.where('findings.kind', 'in', kinds);
  if (filter.portal) q = q.where('findings.portal', '=', filter.portal);
  if (filter.agency) q = q.where('findings.agency', '=', filter.agency);
  if (filter.field) q = q.where('findings.field', '=', filter.field);
  if (filter.assignee === 'none') q = q.where('findings.assignee', 'is', null);
  else if (filter.assignee) q = q.where('findings.assignee', '=', filter.assignee);
  if (filter.watch) {
    const watch = filter.watch;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('finding_sightings as w')
          .select('w.id')
          .whereRef('w.finding_id', '=', 'findings.id')
          .where('w.watch_id', '=', watch),
      ),
    );
  }
  if (filter.olderThan !== undefined) {
    const before = new Date(now.getTime() - filter.olderThan * 86_400_000);
    q = q.where('findings.first_seen_at', '<=', before);
  }
  if (filter.q) {
    const like = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(findings.name)`, 'like', like),
        eb(sql`lower(coalesce(findings.code, ''))`, 'like', like),
      ]),
    );
  }
  return q as Q;
}

/**
 * The ids of one page of the list, in the list's order (newest sighting first, then id, so
 * equal times never swap between pages). Only ids: the index on `(last_seen_at desc, id)`
 * (migration 0006) hands them over without sorting, and the sightings and watches of a row
 * are counted for the page's rows alone, never for the rows an offset skips.
 */
function pageIds(
  db: Db,
  filter: Omit<FindingListQuery, 'limit' | 'offset'>,
  now: Date,
  limit: number,
  offset: number,
) {
  return filtered(db.selectFrom('findings').select('findings.id') as unknown as FindingQuery, filter, now)
    .orderBy('findings.last_seen_at', 'desc')
    .orderBy('findings.id')
    .limit(limit)
    .offset(offset);
}

async function readPage(
  db: Db,
  filter: Omit<FindingListQuery, 'limit' | 'offset'>,
  now: Date,
  limit: number,
  offset: number,
): Promise<Finding[]> {
  const rows = await baseQuery(db)
    .where('findings.id', 'in', pageIds(db, filter, now, limit, offset) as never)
    .orderBy('findings.last_seen_at', 'desc')
    .orderBy('findings.id')
    .execute();
  return rows.map(findingOf);
}

export async function listFindings(
  db: Db,
  query: FindingListQuery,
  now: Date,
): Promise<{ total: number; findings: Finding[] }> {
  // Two statements, not one: on PostgreSQL they run side by side on two connections.
  const [count, findings] = await Promise.all([
    filtered(db.selectFrom('findings') as unknown as FindingQuery, query, now)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
    readPage(db, query, now, query.limit, query.offset),
  ]);
  return { total: Number(count.n), findings };
}

/** Every finding the filters keep, page by page, for the export's stream. */
export async function* allFindings(
  db: Db,
  filter: Omit<FindingListQuery, 'limit' | 'offset'>,
  now: Date,
): AsyncGenerator<Finding> {
  const PAGE = 1_000;
  for (let offset = 0; ; offset += PAGE) {
    const rows = await readPage(db, filter, now, PAGE, offset);
    yield* rows;
    if (rows.length < PAGE) return;
  }
}

export async function readFinding(db: Db, id: string): Promise<Finding | null> {
  const row = await baseQuery(db).where('id', '=', id).executeTakeFirst();
  return row ? findingOf(row) : null;
}

export async function readFindingsByIds(db: Db, ids: readonly string[]): Promise<Finding[]> {
  if (ids.length === 0) return [];
  const rows = await baseQuery(db).where('id', 'in', ids).execute();
  return rows.map(findingOf);
}

const StoredEvidence = AuditEvidenceSchema.nullable();
const StoredDiffs = z.array(FieldDiffSchema);

export async function readSightings(db: Db, findingId: string): Promise<Sighting[]> {
  const rows = await db
    .selectFrom('finding_sightings')
    .selectAll()
    .where('finding_id', '=', findingId)
    .orderBy('at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    at: isoInstant(r.at),
    source: r.source as Sighting['source'],
    watchId: r.watch_id,
    runId: r.run_id,
    reportedBy: r.reported_by,
    url: r.url,
    evidence: StoredEvidence.parse(r.evidence ?? null),
    diffs: StoredDiffs.parse(r.diffs),
  }));
}

export async function updateFinding(
  db: Db,
  id: string,
  changes: { state?: FindingState; assignee?: string | null; reason?: string | null; by: string },
  at: string,
): Promise<void> {
  await db
    .updateTable('findings')
    .set({
      ...(changes.assignee !== undefined ? { assignee: changes.assignee } : {}),
      ...(changes.reason !== undefined ? { reason: changes.reason } : {}),
      ...(changes.state !== undefined
        ? { state: changes.state, state_changed_at: at, state_changed_by: changes.by }
        : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function lockFinding(db: Db, id: string): Promise<{ state: FindingState } | null> {
  const row = await db
    .selectFrom('findings')
    .select('state')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row ? { state: row.state as FindingState } : null;
}

/** Open findings of one watch (seen by it, still open or reported), for the watch list. */
export async function openFindingsByWatch(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('finding_sightings as s')
    .innerJoin('findings as f', 'f.id', 's.finding_id')
    .select(['s.watch_id', sql<number>`count(distinct f.id)::int`.as('n')])
    .where('s.watch_id', 'is not', null)
    .where('f.state', 'in', ['open', 'reported'])
    .groupBy('s.watch_id')
    .execute();
  return new Map(rows.map((r) => [r.watch_id!, Number(r.n)]));
}

/** Open and reported findings are open; fixed and dismissed ones are closed. */
export function isOpenState(state: FindingState): boolean {
  return state === 'open' || state === 'reported';
}

/**
 * Writes that a finding opened (+1: first seen, re-opened) or closed (-1: fixed, dismissed) at
 * `at`, for the trend (`finding_openings`). Only changes of openness: reported is still open.
 */
export async function recordOpenings(
  db: Db,
  ids: readonly string[],
  at: string,
  delta: 1 | -1,
): Promise<void> {
  for (let i = 0; i < ids.length; i += 500)
    await db
      .insertInto('finding_openings')
      .columns(['finding_id', 'portal', 'at', 'delta'])
      .expression(
        db
          .selectFrom('findings')
          .select([
            'id',
            'portal',
            sql<string>`${at}::timestamptz`.as('at'),
            sql<number>`${delta}::int`.as('delta'),
          ])
          .where('id', 'in', ids.slice(i, i + 500)),
      )
      .execute();
}

/**
 * How the open findings of each portal changed up to each of the trend's week ends: `step` is
 * the number of `ends` at or before the openings and closings it sums (`change`), so the open
 * findings at `ends[i]` are the sum of the changes of steps `0..i`. One GROUP BY pass over
 * `finding_openings`: fifty thousand findings come back as a few dozen rows, and a finding
 * fixed and re-opened counts open only in the weeks it was.
 */
export interface TrendStep {
  portal: string;
  step: number;
  change: number;
}

export async function trendSteps(
  db: Db,
  portal: string | undefined,
  ends: readonly Date[],
): Promise<TrendStep[]> {
  const thresholds = sql`array[${sql.join(ends.map((end) => sql`${end.toISOString()}::timestamptz`))}]`;
  let q = db
    .selectFrom('finding_openings')
    .select([
      'portal',
      sql<number>`width_bucket(at, ${thresholds})`.as('step'),
      sql<number>`sum(delta)::int`.as('change'),
    ])
    .groupBy(['portal', 'step']);
  if (portal) q = q.where('portal', '=', portal);
  return (await q.execute()).map((r) => ({
    portal: r.portal,
    step: Number(r.step),
    change: Number(r.change),
  }));
}

/** A finding first seen in `[from, to)` is new that day; one re-opened in it and first seen before, re-opened. */
function ofDay(from: string, to: string) {
  const firstSeen = sql<boolean>`(first_seen_at >= ${from}::timestamptz and first_seen_at < ${to}::timestamptz)`;
  const reopened = sql<boolean>`(reopened_at >= ${from}::timestamptz and reopened_at < ${to}::timestamptz)`;
  return { firstSeen, reopened };
}

/** The digest's lists: how many new and re-opened findings of a day each assignee has. */
export interface DayGroup {
  assignee: string | null;
  reopened: boolean;
  count: number;
}

/**
 * The findings first seen or re-opened in `[from, to)`, counted per assignee and list in SQL:
 * a day that opened tens of thousands is a handful of rows (`findingsOfDayGroup` reads the few
 * the digest shows).
 */
export async function dayGroups(db: Db, from: string, to: string): Promise<DayGroup[]> {
  const day = ofDay(from, to);
  const rows = await db
    .selectFrom('findings')
    .select([
      'assignee',
      // Not named `reopened`: GROUP BY would take the table's column of that name.
      sql<boolean>`not ${day.firstSeen}`.as('reopened_that_day'),
      sql<number>`count(*)::int`.as('n'),
    ])
    .where(sql<boolean>`(${day.firstSeen} or ${day.reopened})`)
    .groupBy(['assignee', 'reopened_that_day'])
    .execute();
  return rows.map((r) => ({
    assignee: r.assignee,
    reopened: Boolean(r.reopened_that_day),
    count: Number(r.n),
  }));
}

/** The ids of one digest list (one assignee's new or re-opened findings of the day), most recently seen first. */
export async function findingsOfDayGroup(
  db: Db,
  from: string,
  to: string,
  group: { assignee: string | null; reopened: boolean },
  limit: number,
): Promise<string[]> {
  const day = ofDay(from, to);
  let q = db
    .selectFrom('findings')
    .select('id')
    .where(group.reopened ? sql<boolean>`(${day.reopened} and not ${day.firstSeen})` : day.firstSeen)
    .orderBy('last_seen_at', 'desc')
    .orderBy('id')
    .limit(limit);
  q = group.assignee === null ? q.where('assignee', 'is', null) : q.where('assignee', '=', group.assignee);
  return (await q.execute()).map((r) => r.id);
}

/** Whole findings by id, in the order of `ids`. */
export async function findingsByIds(db: Db, ids: readonly string[]): Promise<Finding[]> {
  if (ids.length === 0) return [];
  const rows = await baseQuery(db)
    .where('id', 'in', [...ids])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, findingOf(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
