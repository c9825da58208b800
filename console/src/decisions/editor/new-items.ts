import type { DecisionItem, ItemRow, LegalRef, ProcedurePatch, ProcedureVersion } from '@niemyet/core';

/**
 * Items the editor adds. Each gets its id here, which the server keeps, so an item is the same
 * item from the first keystroke through every revision (and the conflict screen can tell
 * mine from theirs). Until saved, a procedure without a code is known by a local id.
 */

export function newItemId(): string {
  // getRandomValues, not randomUUID: the console may be served over plain HTTP on an office
  // network, where randomUUID (secure contexts only) is missing.
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12));
  return `item-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function blank(id: string): Omit<DecisionItem, 'action' | 'procedureId' | 'code' | 'name' | 'changes'> {
  return { id, rawCode: null, reason: null, causeDocument: null, nationalDbOn: null };
}

/** An amendment of a procedure in force: no field changed yet. */
export function amendedItem(version: ProcedureVersion): DecisionItem {
  const id = newItemId();
  return {
    ...blank(id),
    action: 'amended',
    procedureId: version.procedureId,
    code: version.code,
    name: version.name,
    changes: {},
  };
}

export function abolishedItem(version: ProcedureVersion, causeDocument: LegalRef | null): DecisionItem {
  const id = newItemId();
  return {
    ...blank(id),
    action: 'abolished',
    procedureId: version.procedureId,
    code: version.code,
    name: version.name,
    changes: {},
    causeDocument,
  };
}

/** A new procedure: `changes` holds every field it is published with. */
export function newProcedureItem(
  name: string,
  code: string | null,
  changes: ProcedurePatch = {},
): DecisionItem {
  const id = newItemId();
  return {
    ...blank(id),
    action: 'new',
    procedureId: code ?? `local:${id}`,
    code,
    rawCode: code,
    name,
    changes: { ...changes, name },
  };
}

/** A pasted spreadsheet row as an item: a new procedure with what the row says, or the procedure it amends or abolishes. */
export function itemFromRow(row: ItemRow): DecisionItem {
  const id = newItemId();
  const base = {
    ...blank(id),
    procedureId: row.code ?? `local:${id}`,
    code: row.code,
    rawCode: row.rawCode,
    name: row.name,
    nationalDbOn: row.nationalDbOn,
  };
  if (row.action === 'new') {
    const changes: ProcedurePatch = { name: row.name };
    if (row.levels.length > 0) changes.levels = row.levels;
    if (row.field) changes.field = row.field;
    if (row.agency) changes.agency = row.agency;
    if (row.legalBasis.length > 0) changes.legalBasis = row.legalBasis;
    return { ...base, action: 'new', changes };
  }
  // An amendment's row names the procedure; what it changes is written in the editor afterwards.
  return {
    ...base,
    action: row.action,
    changes: {},
    causeDocument: row.action === 'abolished' ? (row.legalBasis[0] ?? null) : null,
  };
}
