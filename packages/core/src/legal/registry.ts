import type { IsoDate } from '../dates/iso-date';
import type { LegalDocument } from '../model/legal-document';
import { documentNumberKey } from '../parsing/document-number';

/** A relation seen from its target: `by` amends, replaces or abolishes the document. */
export interface IncomingRelation {
  kind: LegalDocument['relations'][number]['kind'];
  by: LegalDocument;
  /** When `by` acts: its effective date, else its issue date, null when it gives neither. */
  on: IsoDate | null;
}

/** The registered documents by canonical key, and the relations pointing at each key. */
export interface LegalRegistry {
  documents: readonly LegalDocument[];
  byKey: ReadonlyMap<string, LegalDocument>;
  incoming: ReadonlyMap<string, readonly IncomingRelation[]>;
}

/** The date a document starts acting on others. */
export function actsOn(document: LegalDocument): IsoDate | null {
  return document.effectiveOn ?? document.issuedOn;
}

// One index per documents array: the registry is read many times per screen or report.
const registries = new WeakMap<readonly LegalDocument[], LegalRegistry>();

/**
 * The registry over a bundle's documents, keyed however each number was typed (the stored
 * number and each relation target go through `documentNumberKey`). Computed once per array,
 * so the array is read as immutable: a caller adding a document makes a new array (as
 * `registerLegalDocuments` does).
 */
export function legalRegistry(documents: readonly LegalDocument[]): LegalRegistry {
  const known = registries.get(documents);
  if (known) return known;
  const byKey = new Map<string, LegalDocument>();
  const incoming = new Map<string, IncomingRelation[]>();
  for (const document of documents) {
    byKey.set(documentNumberKey(document.number), document);
    for (const relation of document.relations) {
      const target = documentNumberKey(relation.target);
      const list = incoming.get(target) ?? [];
      list.push({ kind: relation.kind, by: document, on: actsOn(document) });
      incoming.set(target, list);
    }
  }
  const registry: LegalRegistry = { documents, byKey, incoming };
  registries.set(documents, registry);
  return registry;
}

/** The registered document with this number, however it is spelled; undefined when not registered. */
export function findLegalDocument(registry: LegalRegistry, number: string): LegalDocument | undefined {
  return registry.byKey.get(documentNumberKey(number));
}
