import type { IsoDate } from '../dates/iso-date';
import type { Decision, DecisionItem } from '../model/decision';
import type { ProcedureFields, ProcedureVersion } from '../model/procedure';
import { inForceOn } from './fold';
import { applyProcedurePatch, emptyProcedureFields, fieldsOf } from './procedure-fields';
import type { CatalogueHistory } from './types';

/** What one item of a decision does to the catalogue: the procedure before it and after it. */
export interface DecisionItemOutcome {
  item: DecisionItem;
  /** The version in force when the decision takes effect (undefined for a new procedure or an unknown one). */
  before: ProcedureVersion | undefined;
  /** The procedure as the catalogue has it after the decision; for an abolition, the version it ends. */
  after: ProcedureFields;
}

/**
 * The catalogue after a decision, item by item, as the annex prints it. For an issued decision
 * the fold already holds it (the version the decision made, the one it ended); for any other
 * state it is worked out the way the fold would: the version in force on `on` (the decision's
 * effective date, else `fallbackOn`) with the item's changes applied.
 */
export function decisionOutcome(
  history: CatalogueHistory,
  decision: Decision,
  fallbackOn: IsoDate,
): DecisionItemOutcome[] {
  const applied = history.decisionsById.has(decision.id);
  const on = decision.effectiveOn ?? fallbackOn;
  return decision.items.map((item) => {
    const timeline = history.procedures.get(item.procedureId);
    const versions = timeline?.versions ?? [];
    if (applied) {
      if (item.action === 'abolished') {
        const ended = timeline?.abolitions.findLast(
          (a) => a.decisionId === decision.id && a.itemId === item.id,
        );
        if (ended) return { item, before: ended.version, after: ended.version };
      } else {
        const index = versions.findLastIndex((version) => version.decisionId === decision.id);
        if (index >= 0) {
          const made = versions[index]!;
          const before =
            index > 0 && versions[index - 1]!.effectiveTo === made.effectiveFrom
              ? versions[index - 1]
              : undefined;
          return { item, before: item.action === 'new' ? undefined : before, after: made };
        }
      }
    }
    // Not applied (a draft, or an item the fold could not place): the version in force that day.
    const before = versions.findLast(
      (version) => inForceOn(version, on) && !(applied && version.decisionId === decision.id),
    );
    if (item.action === 'abolished')
      return { item, before, after: before ?? patched(emptyProcedureFields(item.name, item.code), {}) };
    const base =
      item.action === 'amended' && before ? fieldsOf(before) : emptyProcedureFields(item.name, item.code);
    return { item, before: item.action === 'new' ? undefined : before, after: patched(base, item.changes) };
  });
}

function patched(fields: ProcedureFields, changes: DecisionItem['changes']): ProcedureFields {
  applyProcedurePatch(fields, changes);
  return fields;
}
