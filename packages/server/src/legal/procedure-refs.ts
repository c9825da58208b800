import {
  type CatalogueHistory,
  type ProcedureRef,
  type ProcedureVersion,
  procedureHistory,
} from '@niemyet/core';

/** A procedure as legal views list it: enough to name it and link to `#/procedures/:code`. */
export function procedureRef(version: ProcedureVersion): ProcedureRef {
  return {
    procedureId: version.procedureId,
    code: version.code,
    name: version.name,
    levels: version.levels,
    field: version.field,
    agency: version.agency,
  };
}

/**
 * The procedures a task names: as in force today, else as last known (a task outlives the
 * procedure it was about when a decision abolished it); an id the history never held is left
 * out rather than shown nameless.
 */
export function procedureRefsOf(
  ids: readonly string[],
  active: ReadonlyMap<string, ProcedureVersion>,
  history: CatalogueHistory,
): ProcedureRef[] {
  const refs: ProcedureRef[] = [];
  for (const id of ids) {
    const version = active.get(id) ?? procedureHistory(history, id).at(-1);
    if (version) refs.push(procedureRef(version));
  }
  return refs;
}
