import { DEFAULT_CALENDAR_ADJUSTMENTS } from '../calendar/default-adjustments';
import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-days';
import { catalogueAt } from '../catalogue/catalogue-at';
import { foldCatalogue } from '../catalogue/fold';
import type { LegalDocument, ReviewTask } from '../model/legal-document';
import type { DeadlineRule, WorkspaceSettings } from '../model/settings';
import type { WorkspaceBundle } from '../model/workspace-bundle';
import { DEFAULT_DEADLINE_RULES } from '../rules/deadline-rules';
import { eventReviewTasks } from './review-tasks';

/**
 * The rule table and calendar a workspace counts deadlines with: its own rules when it has
 * any, else the statutory ones; the public holidays with its own adjustments winning on the
 * days they name.
 */
export function workspaceDeadlineSetup(settings: WorkspaceSettings): {
  rules: readonly DeadlineRule[];
  calendar: WorkingCalendar;
} {
  const own = new Set(settings.calendarAdjustments.map((a) => a.date));
  return {
    rules: settings.deadlineRules.length > 0 ? settings.deadlineRules : DEFAULT_DEADLINE_RULES,
    calendar: createWorkingCalendar([
      ...DEFAULT_CALENDAR_ADJUSTMENTS.filter((a) => !own.has(a.date)),
      ...settings.calendarAdjustments,
    ]),
  };
}

export interface RegisteredDocuments {
  bundle: WorkspaceBundle;
  /** The review tasks the new documents created (already in `bundle.reviewTasks`). */
  tasks: ReviewTask[];
}

/**
 * A bundle with `documents` registered (checked against the bundle beforehand, e.g. by the
 * CSV import's `existing`) and, for each one that amends, replaces or abolishes a document,
 * a review task per procedure of the bundle's catalogue citing that document on the day the
 * new one takes effect. Tasks the bundle already holds (same id) are not made twice.
 */
export function registerLegalDocuments(
  bundle: WorkspaceBundle,
  documents: readonly LegalDocument[],
  issuerKind: string,
): RegisteredDocuments {
  const { rules, calendar } = workspaceDeadlineSetup(bundle.settings);
  const needsCatalogue = documents.some((d) => d.relations.length > 0);
  const history = needsCatalogue ? foldCatalogue(bundle.baseline, bundle.decisions) : null;
  const activeOn = (date: string) => (history ? catalogueAt(history, date).active : new Map());
  const known = new Set(bundle.reviewTasks.map((t) => t.id));
  const tasks: ReviewTask[] = [];
  for (const document of documents) {
    for (const task of eventReviewTasks(document, { rules, calendar, issuerKind, activeOn })) {
      if (known.has(task.id)) continue;
      known.add(task.id);
      tasks.push(task);
    }
  }
  return {
    bundle: {
      ...bundle,
      legalDocuments: [...bundle.legalDocuments, ...documents],
      reviewTasks: [...bundle.reviewTasks, ...tasks],
    },
    tasks,
  };
}
