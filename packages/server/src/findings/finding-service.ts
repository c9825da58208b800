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
  dayGroups,
  findingsByIds,
  findingsOfDayGroup,
  isOpenState,
  lockFinding,
  readFinding,
  readSightings,
  recordObservation,
  recordOpenings,
  trendSteps,
  updateFinding,
} from '../repositories/findings';
import { findUser } from '../repositories/users';
import { findingKey, identityOf, portalOf } from './finding-observations';
import { findingTrend, trendWeeks } from './finding-trend';
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
    if (changesState && isOpenState(current.state) !== isOpenState(patch.state!))
      await recordOpenings(tx, [id], at, isOpenState(patch.state!) ? 1 : -1);
  });
  return (await readFinding(db, id))!;
}

export async function trendOf(
  services: Services,
  portal: string | undefined,
  weeks: number,
): Promise<FindingTrendResponse> {
  const { labels, ends } = trendWeeks(services.now(), weeks);
  return findingTrend(await trendSteps(services.db, portal, ends), labels);
}

/**
 * New and re-opened findings of a day in Vietnam, grouped by assignee (unassigned last): every
 * one counted (in SQL), the first `DIGEST_LIST_LIMIT` of each list read whole.
 */
export async function digestOf(
  services: Services,
  date: IsoDate | undefined,
): Promise<FindingDigestResponse> {
  const { db } = services;
  const day = date ?? todayInVietnam(services.now());
  const from = new Date(vietnamMidnight(day)).toISOString();
  const to = new Date(vietnamMidnight(day) + 86_400_000).toISOString();
  const groups = new Map<string | null, { opened: number; reopened: number }>();
  for (const { assignee, reopened, count } of await dayGroups(db, from, to)) {
    const group = groups.get(assignee) ?? { opened: 0, reopened: 0 };
    group[reopened ? 'reopened' : 'opened'] = count;
    groups.set(assignee, group);
  }
  const sorted = [...groups.entries()].sort(([a], [b]) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b),
  );
  const listOf = async (assignee: string | null, reopened: boolean, count: number) =>
    count === 0
      ? []
      : findingsByIds(db, await findingsOfDayGroup(db, from, to, { assignee, reopened }, DIGEST_LIST_LIMIT));
  const byAssignee = [];
  // One list after the other: on PGlite they queue on one thread anyway, and a team has few assignees.
  for (const [assignee, group] of sorted)
    byAssignee.push({
      assignee,
      opened: await listOf(assignee, false, group.opened),
      reopened: await listOf(assignee, true, group.reopened),
      openedCount: group.opened,
      reopenedCount: group.reopened,
    });
  return { date: day, byAssignee };
}
