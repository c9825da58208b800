import type { Decision, DecisionItem } from '../model/decision';
import type { ReviewOutcome, ReviewTask } from '../model/legal-document';
import type { LegalRef, ProcedureVersion } from '../model/procedure';
import { documentNumberKey } from '../parsing/document-number';
import type { LegalRegistry } from './registry';

/** The citation of a registered document (number, title, date, issuer), or of its number alone. */
function refOf(number: string, registry: LegalRegistry): LegalRef {
  const document = registry.byKey.get(documentNumberKey(number));
  return {
    number: document?.number ?? documentNumberKey(number),
    title: document?.title || null,
    issuedOn: document?.issuedOn ?? null,
    issuer: document?.issuer ?? null,
  };
}

/** Outcomes that need no decision item: the procedure stays as it is. */
const NO_CHANGE: ReadonlySet<ReviewOutcome> = new Set(['keep', 'no_action']);

/**
 * The items of a decision drafted from review tasks ("draft a decision" on one or several
 * tasks): each affected procedure in force once, abolished when its task's outcome is
 * 'abolish' (or, with no outcome yet, the new document abolishes what it cited), else amended
 * with its legal basis brought up to date — the replaced or abolished citation swapped for the
 * new document, the new document added after an amended one. Each item cites the new document
 * as its cause. Tasks decided 'keep' or 'no action', and procedures no longer in force, give
 * no item.
 */
export function draftItemsFromReviewTasks(
  tasks: readonly ReviewTask[],
  active: ReadonlyMap<string, ProcedureVersion>,
  registry: LegalRegistry,
): DecisionItem[] {
  const items = new Map<string, DecisionItem>();
  for (const task of tasks) {
    if (task.outcome !== null && NO_CHANGE.has(task.outcome)) continue;
    const cause = task.triggeredBy ? refOf(task.triggeredBy, registry) : null;
    const abolish = task.outcome === 'abolish' || (task.outcome === null && task.relation === 'abolishes');
    for (const procedureId of task.procedureIds) {
      const version = active.get(procedureId);
      if (!version || items.has(procedureId)) continue;
      const base = {
        id: `review:${task.id}:${procedureId}`,
        procedureId,
        code: version.code,
        rawCode: null,
        name: version.name,
        reason: task.reason,
        causeDocument: cause,
        nationalDbOn: null,
      };
      if (abolish) {
        items.set(procedureId, { ...base, action: 'abolished', changes: {} });
        continue;
      }
      items.set(procedureId, {
        ...base,
        action: 'amended',
        changes: cause ? { legalBasis: updatedLegalBasis(version.legalBasis, task, cause) } : {},
      });
    }
  }
  return [...items.values()];
}

function updatedLegalBasis(basis: readonly LegalRef[], task: ReviewTask, cause: LegalRef): LegalRef[] {
  const target = documentNumberKey(task.documentNumber);
  const causeKey = documentNumberKey(cause.number);
  const swap = task.relation === 'replaces' || task.relation === 'abolishes' || task.outcome === 'replace';
  const out: LegalRef[] = [];
  for (const ref of basis) {
    const key = documentNumberKey(ref.number);
    if (key === causeKey) continue; // added once below
    if (key === target && swap) {
      out.push(cause);
      continue;
    }
    out.push(ref);
    if (key === target) out.push(cause);
  }
  if (!out.includes(cause)) out.push(cause);
  return out;
}

/** The tasks with a draft decision linked: in progress, carried out by that decision. */
export function linkReviewTasksToDecision(tasks: readonly ReviewTask[], decisionId: string): ReviewTask[] {
  return tasks.map((task) => ({
    ...task,
    decisionId,
    state: task.state === 'done' ? 'done' : 'in_progress',
  }));
}

/**
 * Once a decision is issued, the tasks it carries out are done, linked to it; a task without
 * an outcome takes the one the decision gave its procedure (abolished → 'abolish'; amended →
 * 'replace' when the new document replaces the cited one, else 'amend'). Other tasks are
 * returned as they are.
 */
export function closeReviewTasksForDecision(tasks: readonly ReviewTask[], decision: Decision): ReviewTask[] {
  if (decision.state !== 'issued') return [...tasks];
  const actions = new Map(decision.items.map((item) => [item.procedureId, item.action]));
  return tasks.map((task) => {
    if (task.decisionId !== decision.id || task.state === 'done') return task;
    const abolished = task.procedureIds.some((id) => actions.get(id) === 'abolished');
    const outcome: ReviewOutcome =
      task.outcome ?? (abolished ? 'abolish' : task.relation === 'replaces' ? 'replace' : 'amend');
    return { ...task, state: 'done', outcome };
  });
}
