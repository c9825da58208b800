import type { IsoDate, ReviewTask, ReviewTaskView } from '@niemyet/core';
import type { Services } from '../context';
import type { Db } from '../db/schema';
import { readCampaigns } from '../repositories/review-campaigns';
import { activeOn, historyOf, registryOf, today } from './legal-reading';
import { procedureRefsOf } from './procedure-refs';

/** Whether a task is late on `day`: due before it and not done. */
export function isOverdue(task: ReviewTask, day: IsoDate): boolean {
  return task.state !== 'done' && task.dueOn !== null && task.dueOn < day;
}

/** Due date soonest first, tasks without one last, then by id: the order every task list uses. */
export function byDueDate(a: ReviewTask, b: ReviewTask): number {
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Tasks as lists show them: their procedures named (as in force today, else as last known),
 * the title of the document under review, the campaign's title, the number of the decision
 * carrying it out (once issued), and whether each is overdue on the server's today.
 */
export async function taskViews(services: Services, tasks: readonly ReviewTask[]): Promise<ReviewTaskView[]> {
  if (tasks.length === 0) return [];
  const day = today(services);
  const [registry, active, history, campaigns, numbers] = await Promise.all([
    registryOf(services.db),
    activeOn(services, day),
    historyOf(services),
    tasks.some((t) => t.campaignId !== null) ? readCampaigns(services.db) : Promise.resolve([]),
    decisionNumbers(services.db, tasks),
  ]);
  const titles = new Map(campaigns.map((c) => [c.id, c.title]));
  return tasks.map((task) => ({
    ...task,
    procedures: procedureRefsOf(task.procedureIds, active, history),
    documentTitle: registry.byKey.get(task.documentNumber)?.title ?? '',
    overdue: isOverdue(task, day),
    campaignTitle: task.campaignId === null ? null : (titles.get(task.campaignId) ?? null),
    decisionNumber: task.decisionId === null ? null : (numbers.get(task.decisionId) ?? null),
  }));
}

/** The numbers of the decisions carrying the tasks out, those that have one (a draft has ''). */
async function decisionNumbers(db: Db, tasks: readonly ReviewTask[]): Promise<Map<string, string>> {
  const ids = [...new Set(tasks.flatMap((t) => (t.decisionId === null ? [] : [t.decisionId])))];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('decisions').select(['id', 'number']).where('id', 'in', ids).execute();
  return new Map(rows.filter((r) => r.number !== '').map((r) => [r.id, r.number]));
}
