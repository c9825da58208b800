import type { DeadlineStatus } from '../api/decisions';
import type { WorkingCalendar } from '../calendar/working-days';
import type { IsoDate } from '../dates/iso-date';
import type { Decision } from '../model/decision';
import type { LegalDocument } from '../model/legal-document';
import type { DeadlineRule } from '../model/settings';
import { documentNumberKey } from '../parsing/document-number';
import { DEFAULT_DEADLINE_RULES } from '../rules/deadline-rules';
import { applicableDeadlineRules, deadlineFor } from '../rules/deadlines';
import { issuerKindOf, sharedDefaultCalendar } from './deadline-check';

/** A deadline this close (in working days, the due day counted) is shown as due soon. */
export const DUE_SOON_WORKING_DAYS = 5;

export interface DeadlineStatusContext {
  /** Documents that items cite as their cause; matched by normalised number. */
  legalDocuments: readonly LegalDocument[];
  /** The day the status is for (the server's day in Vietnam). */
  today: IsoDate;
  calendar?: WorkingCalendar;
  rules?: readonly DeadlineRule[];
}

const NONE: DeadlineStatus = { status: 'none', kind: null, dueOn: null };

/**
 * The nearest statutory deadline of a decision, for a list to flag (the same rules as the
 * warnings of `checkDecisionDeadlines`, DESIGN §6):
 * - not yet issued: the latest day to sign it — the earliest due day over its items whose
 *   cause document has an effective date; `overdue` once today is past it;
 * - issued with items not yet entered on the national database: the latest day to enter them;
 * - issued with every item entered: `late` when some entry came after its due day, else none.
 * `due-soon`: today is the due day or at most DUE_SOON_WORKING_DAYS working days before it.
 * A withdrawn decision has no deadline.
 */
export function decisionDeadlineStatus(decision: Decision, context: DeadlineStatusContext): DeadlineStatus {
  const rules = context.rules ?? DEFAULT_DEADLINE_RULES;
  const calendar = context.calendar ?? sharedDefaultCalendar();
  const issuerKind = issuerKindOf(decision.issuer);

  if (decision.state === 'withdrawn') return NONE;

  if (decision.state !== 'issued') {
    const documents = new Map(context.legalDocuments.map((doc) => [documentNumberKey(doc.number), doc]));
    const signingRules = applicableDeadlineRules(rules, 'decision-signed', issuerKind);
    let due: IsoDate | null = null;
    for (const item of decision.items) {
      const document = item.causeDocument
        ? documents.get(documentNumberKey(item.causeDocument.number))
        : undefined;
      if (!document?.effectiveOn) continue;
      for (const rule of signingRules) {
        const day = deadlineFor(rule, document.effectiveOn, calendar);
        if (due === null || day < due) due = day;
      }
    }
    return due === null ? NONE : pending('decision-signed', due, context.today, calendar);
  }

  const signedOn = decision.signedOn;
  const entryRules = applicableDeadlineRules(rules, 'national-db-entry', issuerKind);
  if (!signedOn || entryRules.length === 0 || decision.items.length === 0) return NONE;
  // ISO dates sort as text: the first is the earliest.
  const due = entryRules.map((rule) => deadlineFor(rule, signedOn, calendar)).sort()[0]!;
  if (decision.items.some((item) => item.nationalDbOn === null))
    return pending('national-db-entry', due, context.today, calendar);
  const late = decision.items.some((item) => item.nationalDbOn !== null && item.nationalDbOn > due);
  return late ? { status: 'late', kind: 'national-db-entry', dueOn: due } : NONE;
}

function pending(
  kind: NonNullable<DeadlineStatus['kind']>,
  due: IsoDate,
  today: IsoDate,
  calendar: WorkingCalendar,
): DeadlineStatus {
  if (today > due) return { status: 'overdue', kind, dueOn: due };
  const soon = calendar.workingDaysBetween(today, due) <= DUE_SOON_WORKING_DAYS;
  return { status: soon ? 'due-soon' : 'ok', kind, dueOn: due };
}
