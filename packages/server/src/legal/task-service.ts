import {
  type DecisionContent,
  type DraftFromTasksBody,
  type DraftFromTasksResponse,
  documentNumberKey,
  draftItemsFromReviewTasks,
  type LegalRef,
  linkReviewTasksToDecision,
  type ReviewOutcome,
  type ReviewTask,
  type ReviewTaskListQuery,
  type ReviewTaskListResponse,
  type ReviewTaskPatch,
  type ReviewTaskView,
  reviewTaskDueState,
  workspaceDeadlineSetup,
} from '@niemyet/core';
import type { Services, SignedInUser } from '../context';
import type { Db } from '../db/schema';
import { insertDraft, newDecisionId, newDraft } from '../decisions/decision-service';
import { ApiHttpError, notFound } from '../http/errors';
import { readTasks, type TaskFilter, updateTasks } from '../repositories/review-tasks';
import { findUser } from '../repositories/users';
import { readSettings } from '../repositories/workspace';
import { activeOn, registryOf, today } from './legal-reading';
import { byDueDate, taskViews } from './task-views';

/**
 * The rules of review tasks on the server: who may be assigned, how an outcome moves a task,
 * and drafting a decision from tasks. Each write locks the tasks' rows, so two reviewers
 * deciding one task at once leave one outcome, and a task is never drafted into two decisions.
 */

function taskClosed(taskId: string): ApiHttpError {
  return new ApiHttpError(
    409,
    'task-closed',
    `Nhiệm vụ rà soát ${taskId} đã xong, không thay đổi được (the task is done).`,
    {
      taskId,
    },
  );
}

/** Outcomes that settle an event task at once: the procedure stays, no decision is needed. */
const SETTLING: ReadonlySet<ReviewOutcome> = new Set(['keep', 'no_action']);

export async function listTasks(
  services: Services,
  user: SignedInUser,
  query: ReviewTaskListQuery,
): Promise<ReviewTaskListResponse> {
  const filter: TaskFilter = {};
  if (query.state) filter.state = query.state;
  if (query.assignee !== undefined)
    filter.assignee =
      query.assignee === 'me' ? user.username : query.assignee === 'none' ? null : query.assignee;
  if (query.campaign !== undefined) filter.campaignId = query.campaign;
  if (query.document !== undefined) filter.documentNumber = documentNumberKey(query.document);
  let tasks = await readTasks(services.db, filter);
  if (query.due) {
    const day = today(services);
    const { calendar } = workspaceDeadlineSetup(await readSettings(services.db));
    const wanted = query.due === 'overdue' ? 'overdue' : 'due_this_week';
    tasks = tasks.filter((task) => reviewTaskDueState(task, day, calendar).due === wanted);
  }
  tasks.sort(byDueDate);
  return {
    total: tasks.length,
    tasks: await taskViews(services, tasks.slice(query.offset, query.offset + query.limit)),
  };
}

export async function patchTask(
  services: Services,
  id: string,
  patch: ReviewTaskPatch,
): Promise<ReviewTaskView> {
  if (patch.assignee) {
    const account = await findUser(services.db, patch.assignee);
    if (!account || account.disabled)
      throw new ApiHttpError(
        422,
        'bad-request',
        `Không có tài khoản đang hoạt động «${patch.assignee}» (no active account of that name).`,
        { field: 'assignee', issue: 'no active account', in: 'body' },
      );
  }
  const at = services.now().toISOString();
  const updated = await services.db.transaction().execute(async (tx) => {
    const task = (await readTasks(tx, { ids: [id] }, true))[0];
    if (!task) throw notFound('nhiệm vụ rà soát', id);
    if (task.state === 'done') throw taskClosed(id);
    const reason = patch.reason ?? task.reason;
    if (patch.outcome !== undefined && !reason)
      throw new ApiHttpError(
        422,
        'reason-required',
        'Cần ghi lý do cho kết quả rà soát (an outcome needs its reason).',
      );
    let state: ReviewTask['state'] = patch.state ?? task.state;
    if (patch.outcome !== undefined)
      // A campaign reviews a document: its outcome is the review's end. An event task that
      // changes the procedure stays open until the decision carrying it out is issued.
      state = task.kind === 'campaign' || SETTLING.has(patch.outcome) ? 'done' : 'in_progress';
    const next: ReviewTask = {
      ...task,
      ...(patch.assignee !== undefined ? { assignee: patch.assignee } : {}),
      ...(patch.dueOn !== undefined ? { dueOn: patch.dueOn } : {}),
      ...(patch.note !== undefined ? { note: patch.note || null } : {}),
      ...(patch.outcome !== undefined ? { outcome: patch.outcome } : {}),
      reason,
      state,
    };
    await updateTasks(tx, [next], at);
    return next;
  });
  return (await taskViews(services, [updated]))[0]!;
}

/** Whether a task's decision is live: drafted and not withdrawn (an issued one closes its tasks). */
async function liveDecisionOf(tx: Db, task: ReviewTask): Promise<string | null> {
  if (task.decisionId === null) return null;
  const row = await tx
    .selectFrom('decisions')
    .select('state')
    .where('id', '=', task.decisionId)
    .executeTakeFirst();
  return row && row.state !== 'withdrawn' ? task.decisionId : null;
}

/** The citation of each document that caused the tasks, once: the drafted decision's legal basis. */
function causesOf(items: readonly { causeDocument: LegalRef | null }[]): LegalRef[] {
  const seen = new Map<string, LegalRef>();
  for (const item of items)
    if (item.causeDocument && !seen.has(item.causeDocument.number))
      seen.set(item.causeDocument.number, item.causeDocument);
  return [...seen.values()];
}

/**
 * A draft decision from review tasks (core's `draftItemsFromReviewTasks` over the catalogue in
 * force on the latest effective date of the documents that caused them), the tasks linked to it.
 */
export async function draftDecisionFromTasks(
  services: Services,
  user: SignedInUser,
  body: DraftFromTasksBody,
): Promise<DraftFromTasksResponse> {
  const ids = [...new Set(body.taskIds)];
  const registry = await registryOf(services.db);
  const seen = await readTasks(services.db, { ids });
  const missing = ids.find((id) => !seen.some((t) => t.id === id));
  if (missing) throw notFound('nhiệm vụ rà soát', missing);
  const causes = [...new Set(seen.flatMap((t) => (t.triggeredBy ? [t.triggeredBy] : [])))]
    .map((number) => registry.byKey.get(documentNumberKey(number)))
    .filter((d) => d !== undefined);
  const effectiveOn = causes
    .map((d) => d.effectiveOn)
    .reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
  // The catalogue is read before the transaction: inside it, the cache would fold again.
  const active = await activeOn(services, effectiveOn ?? today(services));
  const at = services.now().toISOString();
  const { decisionId, linked } = await services.db.transaction().execute(async (tx) => {
    const tasks = await readTasks(tx, { ids }, true);
    for (const task of tasks) {
      if (task.state === 'done') throw taskClosed(task.id);
      const live = await liveDecisionOf(tx, task);
      if (live)
        throw new ApiHttpError(
          409,
          'task-linked',
          `Nhiệm vụ ${task.id} đã được đưa vào quyết định ${live} (the task is carried by a live decision already).`,
          { taskId: task.id, decisionId: live },
        );
    }
    const ordered = ids.map((id) => tasks.find((t) => t.id === id)!).filter(Boolean);
    const items = draftItemsFromReviewTasks(ordered, active, registry);
    if (items.length === 0)
      throw new ApiHttpError(
        422,
        'nothing-to-draft',
        'Các nhiệm vụ này không cần sửa đổi hay bãi bỏ thủ tục nào (the tasks give no item to draft).',
        { taskIds: ids },
      );
    const id = newDecisionId();
    const numbers = causes.map((d) => d.number);
    const content: DecisionContent = {
      number: '',
      title:
        body.title ??
        (numbers.length > 0
          ? `Công bố thủ tục hành chính sửa đổi, bổ sung, bãi bỏ theo ${numbers.join(', ')}`
          : 'Công bố thủ tục hành chính sửa đổi, bổ sung, bãi bỏ sau rà soát'),
      issuer: null,
      signer: null,
      signedOn: null,
      effectiveOn,
      scope: { agency: null, fields: [], levels: [] },
      items,
      legalBasis: causesOf(items),
      attachments: [],
    };
    await insertDraft(tx, newDraft(id, user, at, content), at);
    const linked = linkReviewTasksToDecision(ordered, id);
    await updateTasks(tx, linked, at);
    return { decisionId: id, linked };
  });
  return { decisionId, tasks: await taskViews(services, linked) };
}
