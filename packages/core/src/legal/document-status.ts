import type { IsoDate } from '../dates/iso-date';
import type { LegalDocument } from '../model/legal-document';
import { documentNumberKey } from '../parsing/document-number';
import type { IncomingRelation, LegalRegistry } from './registry';

export type LegalDocumentStatus = LegalDocument['status'];

/** A document's status on a date, and what made it so (null for its own dates). */
export interface LegalStatusOnDate {
  status: LegalDocumentStatus;
  /** The date the status began, when known. */
  since: IsoDate | null;
  /** The document that amended, replaced or abolished it. */
  by: LegalDocument | null;
}

// A document stops applying for the first of these reasons to take effect.
const ENDING: Record<IncomingRelation['kind'], LegalDocumentStatus> = {
  abolishes: 'abolished',
  replaces: 'replaced',
  amends: 'amended',
};

/** Relations acting on `date` or before; one without a date is taken as acting already. */
function actingBy(relations: readonly IncomingRelation[], date: IsoDate): IncomingRelation[] {
  return relations.filter((r) => r.on === null || r.on <= date);
}

/**
 * The status of a registered document on `date`, from its own dates and the other registered
 * documents that amend, replace or abolish it (each from its effective date):
 * - not yet effective before its effective date;
 * - replaced, abolished or expired from the first of those to happen (expiresOn is the first
 *   day it no longer applies);
 * - partly amended ('amended') once an amending document is in effect;
 * - else in force.
 */
export function legalDocumentStatusOn(
  document: LegalDocument,
  registry: LegalRegistry,
  date: IsoDate,
): LegalStatusOnDate {
  if (document.effectiveOn !== null && date < document.effectiveOn)
    return { status: 'not_yet_effective', since: null, by: null };
  const relations = actingBy(registry.incoming.get(documentNumberKey(document.number)) ?? [], date);
  let ending: LegalStatusOnDate | null = null;
  for (const relation of relations) {
    if (relation.kind === 'amends') continue;
    if (ending === null || (relation.on ?? '') < (ending.since ?? '')) {
      ending = { status: ENDING[relation.kind], since: relation.on, by: relation.by };
    }
  }
  const expires = document.expiresOn;
  if (expires !== null && expires <= date && (ending === null || expires < (ending.since ?? ''))) {
    ending = { status: 'expired', since: expires, by: null };
  }
  if (ending) return ending;
  const amending = relations.filter((r) => r.kind === 'amends');
  if (amending.length > 0) {
    const latest = amending.reduce((a, b) => ((b.on ?? '') > (a.on ?? '') ? b : a));
    return { status: 'amended', since: latest.on, by: latest.by };
  }
  return { status: 'in_force', since: document.effectiveOn, by: null };
}

/** Statuses under which a procedure citing the document rests on a text that no longer applies. */
export const ENDED_STATUSES: ReadonlySet<LegalDocumentStatus> = new Set(['expired', 'replaced', 'abolished']);
