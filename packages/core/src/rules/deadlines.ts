import type { WorkingCalendar } from '../calendar/working-days';
import { addDays, type IsoDate, isValidIsoDate } from '../dates/iso-date';
import type { DeadlineRule } from '../model/settings';

export interface DeadlineCheck {
  /** The last day on which the act is on time. */
  due: IsoDate;
  /** True when done on or before `due`, false when done after it, null when not done yet. */
  met: boolean | null;
  /**
   * Working days in (due, actual] when late, else 0. A late act on a weekend right after the
   * due day is late by 0 working days but still `met: false`.
   */
  lateByWorkingDays: number;
}

/**
 * The date a rule counts from, from the date the caller has. For 'year-start' any date in
 * the year will do (e.g. today, or 1 January of the plan's year): the rule counts from
 * 1 January of that year.
 */
function anchorDate(rule: DeadlineRule, anchor: IsoDate): IsoDate {
  if (!isValidIsoDate(anchor)) {
    throw new RangeError(`deadline rule "${rule.id}": anchor "${anchor}" is not a date as YYYY-MM-DD`);
  }
  return rule.anchor === 'year-start' ? `${anchor.slice(0, 4)}-01-01` : anchor;
}

/**
 * The due date of a rule: the last day on which the act is on time.
 * - 'before' n working days: the n-th working day before the anchor, so n working days
 *   (the due day among them) remain before the anchor — "at least 5 working days before the
 *   document takes effect" (see the counting convention in working-days.ts).
 * - 'after' n working days: the n-th working day after the anchor ("within 5 working days
 *   of signing").
 * - With `calendarDays`, the offset is in calendar days instead.
 */
export function deadlineFor(rule: DeadlineRule, anchor: IsoDate, calendar: WorkingCalendar): IsoDate {
  const from = anchorDate(rule, anchor);
  const sign = rule.direction === 'before' ? -1 : 1;
  if (rule.calendarDays !== undefined) return addDays(from, sign * rule.calendarDays);
  return calendar.addWorkingDays(from, sign * rule.workingDays);
}

/** Whether an act done on `actual` (null = not done yet) kept the rule. */
export function checkDeadline(
  rule: DeadlineRule,
  anchor: IsoDate,
  actual: IsoDate | null,
  calendar: WorkingCalendar,
): DeadlineCheck {
  const due = deadlineFor(rule, anchor, calendar);
  if (actual === null) return { due, met: null, lateByWorkingDays: 0 };
  if (!isValidIsoDate(actual)) {
    throw new RangeError(`deadline rule "${rule.id}": actual date "${actual}" is not a date as YYYY-MM-DD`);
  }
  if (actual <= due) return { due, met: true, lateByWorkingDays: 0 };
  return { due, met: false, lateByWorkingDays: calendar.workingDaysBetween(due, actual) };
}

/**
 * The rules that constrain `subject` for an issuer kind ('province', 'ministry' …). A rule
 * with no issuer kinds applies to every issuer; with `issuerKind` unknown (undefined) only
 * those universal rules are returned.
 */
export function applicableDeadlineRules(
  rules: readonly DeadlineRule[],
  subject: DeadlineRule['subject'],
  issuerKind?: string,
): DeadlineRule[] {
  return rules.filter(
    (rule) =>
      rule.subject === subject &&
      (rule.issuerKinds.length === 0 || (issuerKind !== undefined && rule.issuerKinds.includes(issuerKind))),
  );
}
