import type { IsoDate } from '../dates/iso-date';
import type { LegalDocument } from '../model/legal-document';
import type { LegalRef, ProcedureVersion } from '../model/procedure';
import { documentNumberKey } from '../parsing/document-number';
import { citationIndex } from './citation-index';
import { type LegalDocumentStatus, legalDocumentStatusOn } from './document-status';
import type { LegalRegistry } from './registry';

/** The procedures in force on `at` that cite one document. */
export interface DocumentImpact {
  /** The document's canonical number (or the cleaned text when it does not parse). */
  document: string;
  at: IsoDate;
  procedures: ProcedureVersion[];
}

/**
 * Every procedure of the catalogue in force on `at` (`catalogueAt(history, at).active`) citing
 * the document, matched on the canonical key however either side typed the number:
 * `42/2022/NĐCP`, `01 /2018/TT-VPCP`, `Nghị định số 43/2014/NĐ-CP`. A lookup in the
 * catalogue's citation index.
 */
export function documentImpact(
  active: ReadonlyMap<string, ProcedureVersion>,
  number: string,
  at: IsoDate,
): DocumentImpact {
  const document = documentNumberKey(number);
  return { document, at, procedures: [...citationIndex(active).citing(document)] };
}

/** One citation of a procedure's legal basis, with what the registry knows of it. */
export interface LegalBasisEntry {
  ref: LegalRef;
  key: string;
  /** The registered document, or null when the catalogue cites it but it was never registered. */
  document: LegalDocument | null;
  /** Its status on the date, or 'cited_only' when it is not registered. */
  status: LegalDocumentStatus | 'cited_only';
}

/** A procedure's legal basis, each document with its status on `at`. */
export function procedureLegalBasis(
  version: ProcedureVersion,
  registry: LegalRegistry,
  at: IsoDate,
): LegalBasisEntry[] {
  return version.legalBasis.map((ref) => {
    const key = documentNumberKey(ref.number);
    const document = registry.byKey.get(key) ?? null;
    const status = document ? legalDocumentStatusOn(document, registry, at).status : 'cited_only';
    return { ref, key, document, status };
  });
}
