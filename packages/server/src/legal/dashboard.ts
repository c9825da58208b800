import {
  fromDayNumber,
  type IsoDate,
  type ReviewDashboardResponse,
  type ReviewTask,
  reviewTaskDueState,
  toDayNumber,
  workspaceDeadlineSetup,
} from '@niemyet/core';
import type { Services } from '../context';
import { readTasks } from '../repositories/review-tasks';
import { readSettings } from '../repositories/workspace';
import { campaignViews } from './campaign-service';
import { today } from './legal-reading';
import { byDueDate, taskViews } from './task-views';

const URGENT_LIMIT = 50;

/** Monday and Sunday of the week of `date` (offices plan Monday to Sunday). */
export function weekAround(date: IsoDate): { from: IsoDate; to: IsoDate } {
  const day = toDayNumber(date);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counted from Monday.
  const monday = day - ((day + 3) % 7);
  return { from: fromDayNumber(monday), to: fromDayNumber(monday + 6) };
}

type Row = ReviewDashboardResponse['byAssignee'][number];

/**
 * The review desk on `at`: counts of tasks by state and against their dates (core's
 * `reviewTaskDueState` on the workspace's calendar), a row per assignee, the urgent tasks
 * (overdue, then due this week, soonest first) and every campaign's progress.
 */
export async function reviewDashboard(
  services: Services,
  at: IsoDate | undefined,
): Promise<ReviewDashboardResponse> {
  const day = at ?? today(services);
  const [tasks, settings, campaigns] = await Promise.all([
    readTasks(services.db),
    readSettings(services.db),
    campaignViews(services),
  ]);
  const { calendar } = workspaceDeadlineSetup(settings);
  const counts = { open: 0, inProgress: 0, done: 0, overdue: 0, dueThisWeek: 0 };
  const rows = new Map<string | null, Row>();
  const overdue: ReviewTask[] = [];
  const thisWeek: ReviewTask[] = [];
  for (const task of tasks) {
    const due = reviewTaskDueState(task, day, calendar).due;
    let row = rows.get(task.assignee);
    if (!row) {
      row = { assignee: task.assignee, open: 0, inProgress: 0, overdue: 0, dueThisWeek: 0, done: 0 };
      rows.set(task.assignee, row);
    }
    if (task.state === 'done') {
      counts.done++;
      row.done++;
      continue;
    }
    if (task.state === 'open') {
      counts.open++;
      row.open++;
    } else {
      counts.inProgress++;
      row.inProgress++;
    }
    if (due === 'overdue') {
      counts.overdue++;
      row.overdue++;
      overdue.push(task);
    } else if (due === 'due_this_week') {
      counts.dueThisWeek++;
      row.dueThisWeek++;
      thisWeek.push(task);
    }
  }
  const byAssignee = [...rows.values()].sort(
    (a, b) =>
      b.open + b.inProgress - (a.open + a.inProgress) ||
      // The unassigned after the named of the same load, names in Vietnamese order.
      (a.assignee === null ? 1 : 0) - (b.assignee === null ? 1 : 0) ||
      (a.assignee ?? '').localeCompare(b.assignee ?? '', 'vi'),
  );
  const urgent = [...overdue.sort(byDueDate), ...thisWeek.sort(byDueDate)].slice(0, URGENT_LIMIT);
  return {
    at: day,
    week: weekAround(day),
    counts,
    byAssignee,
    urgent: await taskViews(services, urgent),
    campaigns,
  };
}
