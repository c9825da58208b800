import {
  type ChangeLogEntry,
  type RestoreResponse,
  verifyChangeLog,
  verifyDecisionsAgainstChain,
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type WorkspaceBundle,
  WorkspaceBundleSchema,
} from '@niemyet/core';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../db/schema';
import { ApiHttpError } from '../http/errors';
import { insertChangeLog, readChangeLog } from '../repositories/changelog';
import { insertComments, readComments } from '../repositories/decision-comments';
import { insertRevisions, readAllRevisions } from '../repositories/decision-revisions';
import { insertDecisions, readDecisions } from '../repositories/decisions';
import { insertLegalDocuments, readLegalDocuments } from '../repositories/legal-documents';
import {
  insertPostingRecords,
  readAllPostingRecords,
  readAllPostings,
  upsertPostings,
} from '../repositories/office-postings';
import { clearOffices, insertOffices, readOffices } from '../repositories/offices';
import { insertCampaigns, readCampaigns } from '../repositories/review-campaigns';
import { insertTasks, readTasks } from '../repositories/review-tasks';
import {
  bumpGeneration,
  clearHistory,
  insertBaseline,
  lockChain,
  readBaseline,
  readSettings,
  writeSettings,
} from '../repositories/workspace';

/** The whole workspace as a `niemyet.workspace` bundle, read in one transaction (a consistent picture). */
export async function exportBundle(db: Kysely<Database>, now: string): Promise<WorkspaceBundle> {
  return db.transaction().execute(async (tx) => {
    const [
      baseline,
      decisions,
      changeLog,
      settings,
      decisionRevisions,
      decisionComments,
      legalDocuments,
      reviewCampaigns,
      reviewTasks,
      offices,
      officePostings,
      postingRecords,
    ] = await Promise.all([
      readBaseline(tx),
      readDecisions(tx),
      readChangeLog(tx),
      readSettings(tx),
      readAllRevisions(tx),
      readComments(tx),
      readLegalDocuments(tx),
      readCampaigns(tx),
      readTasks(tx),
      readOffices(tx),
      readAllPostings(tx),
      readAllPostingRecords(tx),
    ]);
    return {
      format: WORKSPACE_FORMAT,
      version: WORKSPACE_VERSION,
      exportedAt: now,
      baseline,
      decisions,
      legalDocuments,
      // Oldest first, as a bundle lists what was added over time.
      reviewCampaigns: reviewCampaigns.reverse(),
      reviewTasks: reviewTasks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      changeLog,
      settings,
      decisionRevisions,
      decisionComments,
      offices,
      officePostings,
      postingRecords,
    };
  });
}

/** Checks a bundle before anything is touched: format, version, schema, and the change-log chain. */
export function checkRestoreBundle(value: unknown): WorkspaceBundle {
  const refuse = (reason: string, message: string, params: Record<string, unknown> = {}) =>
    new ApiHttpError(422, 'restore-refused', message, { reason, ...params });
  if (typeof value !== 'object' || value === null)
    throw refuse('not-a-bundle', 'Không phải gói dữ liệu (not a workspace bundle).');
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== WORKSPACE_FORMAT)
    throw refuse('format', `Không phải gói «${WORKSPACE_FORMAT}» (not a ${WORKSPACE_FORMAT} bundle).`, {
      format,
    });
  if (typeof version === 'number' && version > WORKSPACE_VERSION)
    throw refuse(
      'newer-version',
      `Gói phiên bản ${version} mới hơn phiên bản máy chủ đọc được (${WORKSPACE_VERSION}) (the bundle is of a newer version).`,
      { version, supported: WORKSPACE_VERSION },
    );
  const parsed = WorkspaceBundleSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.');
    throw refuse('invalid', `Gói dữ liệu hỏng tại «${field}»: ${issue.message} (corrupt bundle).`, { field });
  }
  const chain = verifyChangeLog(parsed.data.changeLog as ChangeLogEntry[]);
  if (!chain.ok)
    throw refuse(
      'chain-broken',
      `Sổ thay đổi trong gói không toàn vẹn: ${chain.reason} (the change log does not verify).`,
      {
        seq: chain.seq,
      },
    );
  // A bundle whose issued decisions were edited after they were logged is refused too.
  const issued = parsed.data.decisions.filter((d) => d.state === 'issued');
  const decisions = verifyDecisionsAgainstChain(issued, parsed.data.changeLog as ChangeLogEntry[]);
  const problem = decisions.problems[0];
  if (problem)
    throw refuse(
      'chain-broken',
      `Quyết định ${problem.decisionNumber} không khớp sổ thay đổi (the decisions do not match the change log): ${problem.message}`,
      { seq: problem.seq ?? 0 },
    );
  // Revisions and comments belong to a decision of the bundle: one naming another is corrupt.
  const ids = new Set(parsed.data.decisions.map((d) => d.id));
  for (const key of ['decisionRevisions', 'decisionComments'] as const) {
    const index = (parsed.data[key] ?? []).findIndex((record) => !ids.has(record.decisionId));
    if (index >= 0)
      throw refuse(
        'invalid',
        `Gói dữ liệu hỏng tại «${key}.${index}»: không có quyết định ${parsed.data[key]![index]!.decisionId} (corrupt bundle).`,
        { field: `${key}.${index}.decisionId` },
      );
  }
  return parsed.data;
}

/** Replaces the workspace's history with the bundle, all or nothing (the caller's transaction). */
export async function restoreBundle(tx: Db, bundle: WorkspaceBundle, now: string): Promise<RestoreResponse> {
  await lockChain(tx);
  await clearHistory(tx);
  await insertDecisions(tx, bundle.decisions, now);
  await insertBaseline(tx, bundle.baseline);
  await insertChangeLog(tx, bundle.changeLog);
  await insertRevisions(tx, bundle.decisionRevisions ?? []);
  await insertComments(tx, bundle.decisionComments ?? []);
  await writeSettings(tx, bundle.settings);
  await insertLegalDocuments(tx, bundle.legalDocuments, now, null);
  await insertCampaigns(tx, bundle.reviewCampaigns, now);
  await insertTasks(tx, bundle.reviewTasks, now);
  // A bundle without offices (written before them, or by a browser console) leaves the
  // server's offices and what they posted as they are: a counter's wall does not change.
  if (bundle.offices) {
    await clearOffices(tx);
    await insertPostingBundle(tx, bundle);
  }
  await bumpGeneration(tx);
  return {
    decisions: bundle.decisions.length,
    baseline: bundle.baseline.length,
    changeLog: bundle.changeLog.length,
    legalDocuments: bundle.legalDocuments.length,
  };
}

/** Offices, then their postings and records (those of an office the bundle lacks are dropped). */
export async function insertPostingBundle(
  tx: Db,
  bundle: Pick<WorkspaceBundle, 'offices' | 'officePostings' | 'postingRecords'>,
): Promise<void> {
  const offices = bundle.offices ?? [];
  await insertOffices(tx, offices);
  const ids = new Set(offices.map((office) => office.id));
  await upsertPostings(
    tx,
    (bundle.officePostings ?? []).filter((posting) => ids.has(posting.officeId)),
  );
  await insertPostingRecords(
    tx,
    (bundle.postingRecords ?? []).filter((record) => ids.has(record.officeId)),
  );
}
