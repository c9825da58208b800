import { type CatalogueState, type OfficeScope, type ProcedureVersion, searchKey } from '@niemyet/core';

/**
 * The catalogue narrowed to what could concern one office, for the list of every office:
 * core's checklist walks the whole catalogue in force per office (matching each procedure's
 * agency without diacritics), so with many offices over 20,000 procedures the list would
 * repeat that walk per office. The catalogue is indexed once per request by agency key and
 * level; each office's checklist then runs over its candidates and its posted procedures.
 * Core's scope matcher still decides (the candidates are a superset), so the checklist is the
 * one core computes over the whole catalogue.
 */
export interface CatalogueIndex {
  byAgency: Map<string, ProcedureVersion[]>;
  byLevel: Map<string, ProcedureVersion[]>;
}

function push(map: Map<string, ProcedureVersion[]>, key: string, version: ProcedureVersion): void {
  const list = map.get(key);
  if (list) list.push(version);
  else map.set(key, [version]);
}

export function indexCatalogue(state: CatalogueState): CatalogueIndex {
  const index: CatalogueIndex = { byAgency: new Map(), byLevel: new Map() };
  for (const version of state.active.values()) {
    if (version.agency) push(index.byAgency, searchKey(version.agency), version);
    for (const level of new Set(version.levels)) push(index.byLevel, level, version);
  }
  return index;
}

/** The state with only the office's candidates and posted procedures in force; the rest as it is. */
export function stateForOffice(
  state: CatalogueState,
  index: CatalogueIndex,
  scope: OfficeScope,
  postedIds: Iterable<string>,
): CatalogueState {
  const active = new Map<string, ProcedureVersion>();
  // An office must match every part of its scope: one part's candidates are enough.
  const lists =
    scope.agencies.length > 0
      ? scope.agencies.map((agency) => index.byAgency.get(searchKey(agency)))
      : scope.levels.map((level) => index.byLevel.get(level.trim()));
  for (const list of lists) for (const version of list ?? []) active.set(version.procedureId, version);
  for (const id of postedIds) {
    const version = state.active.get(id);
    if (version) active.set(id, version);
  }
  return { ...state, active };
}
