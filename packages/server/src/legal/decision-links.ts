import { closeReviewTasksForDecision, type Decision, type ReviewTask } from '@niemyet/core';
import type { Db } from '../db/schema';
import { readTasks, updateTasks } from '../repositories/review-tasks';

/**
 * What a decision's life does to the review tasks it carries, in the transaction that moves
 * the decision: issuing closes them (done, linked to it, their outcome taken from its items
 * when none was given: core's `closeReviewTasksForDecision`); withdrawing hands them back
 * (open, no decision) so another draft can carry them.
 */
export async function followDecision(tx: Db, decision: Decision, at: string): Promise<void> {
  if (decision.state !== 'issued' && decision.state !== 'withdrawn') return;
  const tasks = await readTasks(tx, { decisionId: decision.id }, true);
  if (tasks.length === 0) return;
  const next: ReviewTask[] =
    decision.state === 'issued'
      ? closeReviewTasksForDecision(tasks, decision)
      : tasks.map((task) => (task.state === 'done' ? task : { ...task, state: 'open', decisionId: null }));
  await updateTasks(
    tx,
    next.filter((task, i) => task !== tasks[i]),
    at,
  );
}
