import type { IsoDate } from '../dates/iso-date';
import type { ProcedureVersion } from '../model/procedure';
import { citationIndex } from './citation-index';
import { ENDED_STATUSES, type LegalDocumentStatus, legalDocumentStatusOn } from './document-status';
import type { LegalRegistry } from './registry';

/** A document a flagged procedure cites that no longer applies. */
export interface EndedCitation {
  number: string;
  status: LegalDocumentStatus;
  /** The number of the document that replaced or abolished it, when one did. */
  by: string | null;
}

export interface FlaggedProcedure {
  procedure: ProcedureVersion;
  documents: EndedCitation[];
}

/** A count under a name; `null` name = the procedures that give no field or agency. */
export interface FlagCount {
  name: string | null;
  count: number;
}

/** The catalogue-wide view: procedures resting on an expired, replaced or abolished document. */
export interface LegalBasisFlags {
  at: IsoDate;
  procedures: FlaggedProcedure[];
  /** Largest first, then by name, the unnamed last. */
  byField: FlagCount[];
  byAgency: FlagCount[];
  /** How many flagged procedures cite each ended document, by its number. */
  byDocument: FlagCount[];
}

function counted(counts: Map<string | null, number>): FlagCount[] {
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        // "No field given" goes after the named ones of the same count.
        (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) ||
        (a.name ?? '').localeCompare(b.name ?? '', 'vi'),
    );
}

function bump(counts: Map<string | null, number>, name: string | null): void {
  counts.set(name, (counts.get(name) ?? 0) + 1);
}

/**
 * Every procedure in force on `at` that cites a registered document expired, replaced or
 * abolished by then, with counts by field, agency and document. Works from the citation index:
 * only the registered documents' statuses are computed, then their citers are gathered.
 */
export function legalBasisFlags(
  active: ReadonlyMap<string, ProcedureVersion>,
  registry: LegalRegistry,
  at: IsoDate,
): LegalBasisFlags {
  const index = citationIndex(active);
  const flagged = new Map<string, FlaggedProcedure>();
  const byDocument = new Map<string | null, number>();
  for (const [key, document] of registry.byKey) {
    if (!index.has(key)) continue;
    const status = legalDocumentStatusOn(document, registry, at);
    if (!ENDED_STATUSES.has(status.status)) continue;
    const citers = index.citing(key);
    const citation: EndedCitation = { number: key, status: status.status, by: status.by?.number ?? null };
    byDocument.set(key, citers.length);
    for (const procedure of citers) {
      const entry = flagged.get(procedure.procedureId);
      if (entry) entry.documents.push(citation);
      else flagged.set(procedure.procedureId, { procedure, documents: [citation] });
    }
  }
  const byField = new Map<string | null, number>();
  const byAgency = new Map<string | null, number>();
  const procedures = [...flagged.values()].sort((a, b) => {
    const x = a.procedure.code ?? a.procedure.procedureId;
    const y = b.procedure.code ?? b.procedure.procedureId;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  for (const { procedure } of procedures) {
    bump(byField, procedure.field);
    bump(byAgency, procedure.agency);
  }
  return {
    at,
    procedures,
    byField: counted(byField),
    byAgency: counted(byAgency),
    byDocument: counted(byDocument),
  };
}
