import {
  type CatalogueHistory,
  type CatalogueState,
  catalogueAt,
  createWorkingCalendar,
  DEFAULT_CALENDAR_ADJUSTMENTS,
  DEFAULT_DEADLINE_RULES,
  type DeadlineRule,
  type IsoDate,
  todayInVietnam,
  type WorkingCalendar,
} from '@niemyet/core';
import type { Services } from '../context';
import type { Db } from '../db/schema';
import { workspaceCalendar } from '../decisions/deadline-context';
import { readSettings } from '../repositories/workspace';

/** What every checklist of a request is counted with: read once, shared by every office. */
export interface PostingContext {
  at: IsoDate;
  history: CatalogueHistory;
  /** The catalogue on `at`, computed once for every office of the request. */
  state: CatalogueState;
  calendar: WorkingCalendar;
  rules: DeadlineRule[];
}

/**
 * The workspace's rules, each subject the table says nothing about taken from core's
 * defaults: a workspace that saved its rules before the re-posting rule existed still has
 * the 5 working days, while one that set its own re-posting rule keeps it.
 */
export function rulesWithDefaults(stored: readonly DeadlineRule[]): DeadlineRule[] {
  const subjects = new Set(stored.map((rule) => rule.subject));
  return [...stored, ...DEFAULT_DEADLINE_RULES.filter((rule) => !subjects.has(rule.subject))];
}

/** `at` (default: today in Vietnam), the catalogue history (through the cache, on the pool), calendar and rules. */
export async function postingContext(services: Services, at: IsoDate | undefined, db: Db = services.db) {
  const [settings, history] = await Promise.all([readSettings(db), services.catalogue.history(services.db)]);
  const date = at ?? todayInVietnam(services.now());
  const context: PostingContext = {
    at: date,
    history,
    state: catalogueAt(history, date),
    calendar:
      settings.calendarAdjustments.length > 0
        ? workspaceCalendar(settings.calendarAdjustments)
        : createWorkingCalendar(DEFAULT_CALENDAR_ADJUSTMENTS),
    rules: rulesWithDefaults(settings.deadlineRules),
  };
  return context;
}
