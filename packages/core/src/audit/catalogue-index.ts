import type { ProcedureVersion } from '../model/procedure';
import type { AbolishedProcedure } from '../model/snapshot';
import { normalizeText, searchKey } from '../text/normalize';

/**
 * The catalogue arranged for audits: built once per catalogue (when a snapshot is loaded),
 * then every audit is a handful of map look-ups per row — keyed, never quadratic.
 */
export interface CatalogueIndex {
  asOf: string;
  /** Versions in force on `asOf`, by canonical code. */
  activeByCode: Map<string, ProcedureVersion>;
  /** Versions in force, by normalised name (several procedures share names across levels). */
  activeByName: Map<string, ProcedureVersion[]>;
  upcomingByCode: Map<string, ProcedureVersion>;
  upcomingByName: Map<string, ProcedureVersion[]>;
  abolishedByCode: Map<string, AbolishedProcedure>;
  abolishedByName: Map<string, AbolishedProcedure[]>;
  /** All versions in force, in catalogue order, for "missing from portal" checks. */
  active: ProcedureVersion[];
  /** searchKey token → indexes into `active`, for name candidates of rows without a code. */
  tokens: Map<string, number[]>;
  /** searchKey tokens per entry of `active`. */
  activeTokens: string[][];
}

export interface CatalogueIndexInput {
  asOf: string;
  active: Iterable<ProcedureVersion>;
  upcoming: Iterable<ProcedureVersion>;
  abolished: Iterable<AbolishedProcedure>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Distinct searchKey tokens of a name; short words ("và", "của") still count, they are cheap. */
export function nameTokens(name: string): string[] {
  return [...new Set(searchKey(name).split(' ').filter(Boolean))];
}

export function indexCatalogue(input: CatalogueIndexInput): CatalogueIndex {
  const index: CatalogueIndex = {
    asOf: input.asOf,
    activeByCode: new Map(),
    activeByName: new Map(),
    upcomingByCode: new Map(),
    upcomingByName: new Map(),
    abolishedByCode: new Map(),
    abolishedByName: new Map(),
    active: [],
    tokens: new Map(),
    activeTokens: [],
  };
  for (const version of input.active) {
    const i = index.active.push(version) - 1;
    if (version.code) index.activeByCode.set(version.code, version);
    push(index.activeByName, normalizeText(version.name), version);
    const tokens = nameTokens(version.name);
    index.activeTokens[i] = tokens;
    for (const token of tokens) push(index.tokens, token, i);
  }
  for (const version of input.upcoming) {
    // The earliest upcoming version is the one a portal could be showing too early.
    if (version.code && !index.upcomingByCode.has(version.code))
      index.upcomingByCode.set(version.code, version);
    push(index.upcomingByName, normalizeText(version.name), version);
  }
  for (const gone of input.abolished) {
    if (gone.code) index.abolishedByCode.set(gone.code, gone);
    push(index.abolishedByName, normalizeText(gone.name), gone);
  }
  return index;
}
