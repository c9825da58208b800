import { type LegalDocument, LegalDocumentSchema } from '../model/legal-document';
import type { ProcedureVersion } from '../model/procedure';
import { makeVersion } from './builders';

/** Builders for legal-registry tests. */

/** A registered document with plain defaults; `number` is taken as typed. */
export function makeLegalDocument(
  overrides: Partial<LegalDocument> & Pick<LegalDocument, 'number'>,
): LegalDocument {
  return LegalDocumentSchema.parse({ id: `doc:${overrides.number}`, ...overrides });
}

/** A procedure in force citing the documents, numbers as written. */
export function makeCitingVersion(
  code: string,
  numbers: string[],
  extra: Partial<ProcedureVersion> = {},
): ProcedureVersion {
  return makeVersion({
    code,
    name: `Thủ tục ${code}`,
    legalBasis: numbers.map((number) => ({ number, title: null, issuedOn: null, issuer: null })),
    ...extra,
  });
}

/** A catalogue in force (`catalogueAt(…).active`) holding the versions, by procedure id. */
export function activeMapOf(versions: ProcedureVersion[]): Map<string, ProcedureVersion> {
  return new Map(versions.map((v) => [v.procedureId, v]));
}
