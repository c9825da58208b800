import {
  DIGEST_LIST_LIMIT,
  type Finding,
  type FindingDigestResponse,
  type FindingPatch,
  type FindingReport,
  type FindingTrendResponse,
  type IsoDate,
  todayInVietnam,
  vietnamMidnight,
} from '@niemyet/core';
import type { Services, SignedInUser } from '../context';
import { ApiHttpError, notFound } from '../http/errors';
import {
  findingsByIds,
  findingsOfDay,
  findingTimeline,
  lockFinding,
  readFinding,
  readSightings,
  recordObservation,
  updateFinding,
} from '../repositories/findings';
import { findUser } from '../repositories/users';
import { findingKey, identityOf, portalOf } from './finding-observations';
import { findingTrend } from './finding-trend';
import { manualTransitionProblem } from './fix-rules';

/** The inbox's rules: reports from extensions, hand-made state changes, the trend and the digest. */

/**
 * An officer's report: each confirmed finding becomes a sighting of the finding with its key
 * (or a new one), under the reporter's name. The catalogue in force today gives it the
 * procedure's field, agency and level, so the inbox filters it like a watch's; a procedure not in
 * force today (abolished but still listed, not yet effective) takes them from its latest version
 * in the catalogue's history.
 */
export async function reportFindings(
  services: Services,
  reporter: string,
  report: FindingReport,
): Promise<{ findings: { id: string; created: boolean }[] }> {
  const { db, catalogue } = services;
  const now = services.now();
  const at = now.toISOString();
  const portal = portalOf(report.url);
  const view = await catalogue.view(db, todayInVietnam(now));
  const byCode = new Map(view.procedures.filter((p) => p.code).map((p) => [p.code!, p]));
  const history = await catalogue.history(db);
  // A procedure's id is its code when it has one (core's procedureIdOf).
  const versionOf = (code: string | null) =>
    code ? (byCode.get(code) ?? history.procedures.get(code)?.versions.at(-1)) : undefined;
  return db.transaction().execute(async (tx) => {
    const out: { id: string; created: boolean }[] = [];
    for (const item of report.findings) {
      const version = versionOf(item.code);
      const recorded = await recordObservation(
        tx,
        {
          key: findingKey(portal, identityOf(item.code, item.name), item.kind),
          portal,
          code: item.code,
          name: item.name,
          kind: item.kind,
          field: version?.field ?? null,
          agency: version?.agency ?? null,
          level: version?.levels[0] ?? null,
          url: item.evidence?.url ?? report.url,
          evidence: item.evidence,
          diffs: item.diffs,
        },
        { source: 'extension', watchId: null, runId: null, reportedBy: reporter },
        at,
        item.clientId,
      );
      out.push({ id: recorded.id, created: recorded.created });
    }
    return { findings: out };
  });
}

export async function findingDetail(services: Services, id: string) {
  const finding = await readFinding(services.db, id);
  if (!finding) throw notFound('finding', id);
  return { finding, sightings: await readSightings(services.db, id) };
}

/** `PATCH /api/findings/:id`: assign, report to the portal's owner, dismiss with a reason, re-open. */
export async function patchFinding(
  services: Services,
  user: SignedInUser,
  id: string,
  patch: FindingPatch,
): Promise<Finding> {
  const { db } = services;
  if (patch.assignee) {
    const assignee = await findUser(db, patch.assignee);
    if (!assignee || assignee.disabled) throw notFound('user', patch.assignee);
  }
  const at = services.now().toISOString();
  await db.transaction().execute(async (tx) => {
    const current = await lockFinding(tx, id);
    if (!current) throw notFound('finding', id);
    if (patch.state !== undefined) {
      const problem = manualTransitionProblem(current.state, patch.state, patch.reason);
      if (problem === 'reason-required')
        throw new ApiHttpError(
          422,
          'reason-required',
          'Cần nêu lý do khi bỏ qua phát hiện (a reason is required).',
        );
      if (problem === 'invalid-transition')
        throw new ApiHttpError(
          409,
          'invalid-transition',
          'Không chuyển được trạng thái (invalid transition).',
          {
            from: current.state,
            to: patch.state,
          },
        );
    }
    const changesState = patch.state !== undefined && patch.state !== current.state;
    await updateFinding(
      tx,
      id,
      {
        state: changesState ? patch.state : undefined,
        assignee: patch.assignee,
        // A reason belongs to a dismissal: re-opening clears it.
        reason: patch.reason ?? (changesState && patch.state !== 'dismissed' ? null : undefined),
        by: user.username,
      },
      at,
    );
  });
  return (await readFinding(db, id))!;
}

export async function trendOf(
  services: Services,
  portal: string | undefined,
  weeks: number,
): Promise<FindingTrendResponse> {
  return findingTrend(await findingTimeline(services.db, portal), services.now(), weeks);
}

/**
 * New and re-opened findings of a day in Vietnam, grouped by assignee (unassigned last): every
 * one counted, the first `DIGEST_LIST_LIMIT` of each list read whole.
 */
export async function digestOf(
  services: Services,
  date: IsoDate | undefined,
): Promise<FindingDigestResponse> {
  const day = date ?? todayInVietnam(services.now());
  const from = new Date(vietnamMidnight(day)).toISOString();
  const to = new Date(vietnamMidnight(day) + 86_400_000).toISOString();
  const groups = new Map<string | null, { opened: string[]; reopened: string[] }>();
  for (const { id, assignee, reopened } of await findingsOfDay(services.db, from, to)) {
    let group = groups.get(assignee);
    if (!group) {
      group = { opened: [], reopened: [] };
      groups.set(assignee, group);
    }
    (reopened ? group.reopened : group.opened).push(id);
  }
  const sorted = [...groups.entries()].sort(([a], [b]) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b),
  );
  const shown = (ids: readonly string[]) => ids.slice(0, DIGEST_LIST_LIMIT);
  const whole = new Map(
    (
      await findingsByIds(
        services.db,
        sorted.flatMap(([, group]) => [...shown(group.opened), ...shown(group.reopened)]),
      )
    ).map((finding) => [finding.id, finding]),
  );
  const read = (ids: readonly string[]) => shown(ids).flatMap((id) => whole.get(id) ?? []);
  const byAssignee = sorted.map(([assignee, group]) => ({
    assignee,
    opened: read(group.opened),
    reopened: read(group.reopened),
    openedCount: group.opened.length,
    reopenedCount: group.reopened.length,
  }));
  return { date: day, byAssignee };
}
