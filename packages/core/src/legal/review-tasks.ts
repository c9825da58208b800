import type { WorkingCalendar } from '../calendar/working-days';
import type { IsoDate } from '../dates/iso-date';
import type { LegalDocument, ReviewTask } from '../model/legal-document';
import type { ProcedureVersion } from '../model/procedure';
import type { DeadlineRule } from '../model/settings';
import { documentNumberKey } from '../parsing/document-number';
import { applicableDeadlineRules, deadlineFor } from '../rules/deadlines';
import { citationIndex } from './citation-index';
import { actsOn } from './registry';

export interface EventTaskContext {
  /** The catalogue in force on a date (`(d) => catalogueAt(history, d).active`). */
  activeOn(date: IsoDate): ReadonlyMap<string, ProcedureVersion>;
  /** The deadline rules (workspace settings, or `DEFAULT_DEADLINE_RULES`). */
  rules: readonly DeadlineRule[];
  calendar: WorkingCalendar;
  /** Who publishes ('province', 'ministry'): picks the rule ("5 working days" for a province). */
  issuerKind: string;
}

/** Why a document that acts on no date, or no rule, cannot give tasks. */
export class ReviewTaskError extends Error {
  override readonly name = 'ReviewTaskError';
  constructor(
    readonly code: 'document-without-date' | 'no-deadline-rule',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The publication deadline for procedures a document changes: the rule for 'decision-signed'
 * counted back from the date the document takes effect (for a province, the 5th working day
 * before it, Tết and compensatory days off skipped by the calendar).
 */
export function publicationDueDate(
  effectiveOn: IsoDate,
  context: Omit<EventTaskContext, 'activeOn'>,
): IsoDate {
  const rule = applicableDeadlineRules(context.rules, 'decision-signed', context.issuerKind)[0];
  if (!rule)
    throw new ReviewTaskError(
      'no-deadline-rule',
      `không có quy tắc thời hạn công bố cho «${context.issuerKind}» (no publication deadline rule for issuer kind ${context.issuerKind})`,
    );
  return deadlineFor(rule, effectiveOn, context.calendar);
}

/**
 * The review tasks a newly registered document creates: one per procedure in force on the
 * day it takes effect that cites a document it amends, replaces or abolishes. A procedure
 * citing several of its targets gets one task, for the first target in the document's
 * relation order (abolition and replacement weigh more, so they come first). Ids are
 * `event:<document id>:<procedure id>`, so registering the same document again gives the
 * same tasks and a caller can skip those it already has.
 */
export function eventReviewTasks(document: LegalDocument, context: EventTaskContext): ReviewTask[] {
  if (document.relations.length === 0) return [];
  const on = actsOn(document);
  if (on === null)
    throw new ReviewTaskError(
      'document-without-date',
      `văn bản «${document.number}» chưa có ngày hiệu lực hoặc ngày ban hành, không tính được hạn rà soát (the document has no effective or issue date)`,
    );
  const dueOn = publicationDueDate(on, context);
  const index = citationIndex(context.activeOn(on));
  const weight = { abolishes: 0, replaces: 1, amends: 2 } as const;
  const relations = [...document.relations].sort((a, b) => weight[a.kind] - weight[b.kind]);
  const tasks = new Map<string, ReviewTask>();
  for (const relation of relations) {
    const target = documentNumberKey(relation.target);
    for (const procedure of index.citing(target)) {
      if (tasks.has(procedure.procedureId)) continue;
      tasks.set(procedure.procedureId, {
        id: `event:${document.id}:${procedure.procedureId}`,
        campaignId: null,
        documentNumber: target,
        assignee: null,
        dueOn,
        outcome: null,
        procedureIds: [procedure.procedureId],
        decisionId: null,
        note: null,
        kind: 'event',
        state: 'open',
        reason: null,
        triggeredBy: document.number,
        relation: relation.kind,
      });
    }
  }
  return [...tasks.values()];
}
