import { type ReviewTask, ReviewTaskSchema, type ReviewTaskState } from '@niemyet/core';
import { sql } from 'kysely';
import { type Db, json } from '../db/schema';
import { INSERT_CHUNK } from './changelog';

/** Review tasks, one row each: the task as JSONB, and the columns lists filter on beside it. */

function columnsOf(task: ReviewTask) {
  return {
    campaign_id: task.campaignId,
    kind: task.kind,
    state: task.state,
    assignee: task.assignee,
    due_on: task.dueOn,
    decision_id: task.decisionId,
    document_number: task.documentNumber,
    document: json(task),
  };
}

/** A stored record as core's type: tasks moved from older bundles get the newer fields' defaults. */
function taskOf(value: unknown): ReviewTask {
  return ReviewTaskSchema.parse(value);
}

/** Adds tasks; an id held already is skipped (registering a document again makes the same ids). */
export async function insertTasks(db: Db, tasks: readonly ReviewTask[], now: string): Promise<ReviewTask[]> {
  const written: ReviewTask[] = [];
  for (let i = 0; i < tasks.length; i += INSERT_CHUNK) {
    const chunk = tasks.slice(i, i + INSERT_CHUNK);
    const rows = await db
      .insertInto('review_tasks')
      .values(chunk.map((t) => ({ id: t.id, ...columnsOf(t), updated_at: now })))
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    const ids = new Set(rows.map((r) => r.id));
    written.push(...chunk.filter((t) => ids.has(t.id)));
  }
  return written;
}

export async function updateTasks(db: Db, tasks: readonly ReviewTask[], now: string): Promise<void> {
  for (const task of tasks)
    await db
      .updateTable('review_tasks')
      .set({ ...columnsOf(task), updated_at: now })
      .where('id', '=', task.id)
      .execute();
}

export interface TaskFilter {
  state?: ReviewTaskState;
  /** A username, or null for the unassigned. */
  assignee?: string | null;
  campaignId?: string;
  decisionId?: string;
  /** Tasks reviewing this canonical number, or caused by the document with it. */
  documentNumber?: string;
  ids?: readonly string[];
}

/**
 * The tasks matching `filter`, most recently changed first; `forUpdate` locks their rows
 * until the transaction ends (a task decided twice at once keeps one outcome).
 */
export async function readTasks(db: Db, filter: TaskFilter = {}, forUpdate = false): Promise<ReviewTask[]> {
  let query = db.selectFrom('review_tasks').select('document').orderBy('updated_at', 'desc').orderBy('id');
  if (filter.state) query = query.where('state', '=', filter.state);
  if (filter.assignee !== undefined)
    query =
      filter.assignee === null
        ? query.where('assignee', 'is', null)
        : query.where('assignee', '=', filter.assignee);
  if (filter.campaignId !== undefined) query = query.where('campaign_id', '=', filter.campaignId);
  if (filter.decisionId !== undefined) query = query.where('decision_id', '=', filter.decisionId);
  if (filter.documentNumber !== undefined) {
    const number = filter.documentNumber;
    query = query.where((eb) =>
      eb.or([eb('document_number', '=', number), eb(sql<string>`document ->> 'triggeredBy'`, '=', number)]),
    );
  }
  if (filter.ids !== undefined) {
    if (filter.ids.length === 0) return [];
    query = query.where('id', 'in', filter.ids);
  }
  if (forUpdate) query = query.forUpdate();
  const rows = await query.execute();
  return rows.map((r) => taskOf(r.document));
}
