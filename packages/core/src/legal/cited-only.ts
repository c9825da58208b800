import type { LegalRef, ProcedureVersion } from '../model/procedure';
import { documentNumberKey } from '../parsing/document-number';
import { citationIndex } from './citation-index';
import type { LegalRegistry } from './registry';

/** A document the catalogue cites but the registry does not hold. */
export interface CitedOnlyDocument {
  /** Canonical key. */
  number: string;
  /** The first citation that gives a title, issue date or issuer (else the first citation). */
  ref: LegalRef;
  /** How many procedures in force cite it. */
  procedureCount: number;
}

function richest(procedures: readonly ProcedureVersion[], key: string): LegalRef {
  let first: LegalRef | null = null;
  for (const procedure of procedures) {
    for (const ref of procedure.legalBasis) {
      if (documentNumberKey(ref.number) !== key) continue;
      if (ref.title || ref.issuedOn || ref.issuer) return ref;
      first ??= ref;
    }
  }
  return first!;
}

/**
 * The registry's "cited only" list: documents in the legal bases of the procedures in force
 * that were never registered, most cited first, so the office registers those first.
 */
export function citedOnlyDocuments(
  active: ReadonlyMap<string, ProcedureVersion>,
  registry: LegalRegistry,
): CitedOnlyDocument[] {
  const out: CitedOnlyDocument[] = [];
  const index = citationIndex(active);
  for (const key of index.keys()) {
    if (registry.byKey.has(key)) continue;
    const procedures = index.citing(key);
    out.push({ number: key, ref: richest(procedures, key), procedureCount: procedures.length });
  }
  return out.sort((a, b) => b.procedureCount - a.procedureCount || a.number.localeCompare(b.number, 'vi'));
}
