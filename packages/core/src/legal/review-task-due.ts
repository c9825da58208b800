import type { WorkingCalendar } from '../calendar/working-days';
import { fromDayNumber, type IsoDate, toDayNumber } from '../dates/iso-date';
import type { ReviewTask } from '../model/legal-document';

/** Where a task stands against its due date, as the reviews dashboard groups them. */
export type ReviewTaskDue = 'done' | 'overdue' | 'due_this_week' | 'upcoming' | 'no_date';

export interface ReviewTaskDueState {
  due: ReviewTaskDue;
  /** Working days from today to the due date (negative when late), null without a date or once done. */
  workingDaysLeft: number | null;
}

/** Monday of the week of `date` (weeks run Monday to Sunday, as offices plan them). */
function mondayOf(date: IsoDate): IsoDate {
  const day = toDayNumber(date);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counted from Monday.
  return fromDayNumber(day - ((day + 3) % 7));
}

/**
 * A task's standing on `today`: done once its state is done; overdue after its due date;
 * due this week when the date falls between today and Sunday; else upcoming.
 */
export function reviewTaskDueState(
  task: ReviewTask,
  today: IsoDate,
  calendar: WorkingCalendar,
): ReviewTaskDueState {
  if (task.state === 'done') return { due: 'done', workingDaysLeft: null };
  if (task.dueOn === null) return { due: 'no_date', workingDaysLeft: null };
  const workingDaysLeft = calendar.workingDaysBetween(today, task.dueOn);
  if (task.dueOn < today) return { due: 'overdue', workingDaysLeft };
  const sunday = fromDayNumber(toDayNumber(mondayOf(today)) + 6);
  return { due: task.dueOn <= sunday ? 'due_this_week' : 'upcoming', workingDaysLeft };
}
