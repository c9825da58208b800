import type { ProcedureVersion } from '../model/procedure';
import { documentNumberKey } from '../parsing/document-number';

/** The procedures in force citing each document, by canonical key, in code order. */
export type CitationIndex = ReadonlyMap<string, readonly ProcedureVersion[]>;

// One index per catalogue: `catalogueAt` makes a new `active` map per date, so a cached index
// never outlives the catalogue it describes, and looking up one document is a map read.
const indexes = new WeakMap<ReadonlyMap<string, ProcedureVersion>, CitationIndex>();

function byCode(a: ProcedureVersion, b: ProcedureVersion): number {
  const x = a.code ?? a.procedureId;
  const y = b.code ?? b.procedureId;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Every document cited in the legal bases of a catalogue's procedures, with the procedures
 * citing it. A procedure citing one document twice (two spellings) is listed once.
 */
export function citationIndex(active: ReadonlyMap<string, ProcedureVersion>): CitationIndex {
  const known = indexes.get(active);
  if (known) return known;
  // Keys are parsed once per distinct spelling: 20,000 procedures cite a few hundred texts.
  const keyOf = new Map<string, string>();
  const index = new Map<string, ProcedureVersion[]>();
  for (const version of active.values()) {
    let previous: string | undefined;
    const seen = version.legalBasis.length > 1 ? new Set<string>() : null;
    for (const ref of version.legalBasis) {
      let key = keyOf.get(ref.number);
      if (key === undefined) {
        key = documentNumberKey(ref.number);
        keyOf.set(ref.number, key);
      }
      if (seen) {
        if (seen.has(key)) continue;
        seen.add(key);
      } else if (key === previous) continue;
      previous = key;
      const list = index.get(key);
      if (list) list.push(version);
      else index.set(key, [version]);
    }
  }
  for (const list of index.values()) list.sort(byCode);
  indexes.set(active, index);
  return index;
}
