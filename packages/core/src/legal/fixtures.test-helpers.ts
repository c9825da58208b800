import { type LegalDocument, LegalDocumentSchema } from '../model/legal-document';
import type { ProcedureVersion } from '../model/procedure';
import { makeVersion } from '../testing/builders';

/** A registered document with plain defaults; `number` is taken as typed. */
export function makeDocument(
  overrides: Partial<LegalDocument> & Pick<LegalDocument, 'number'>,
): LegalDocument {
  return LegalDocumentSchema.parse({ id: `doc:${overrides.number}`, ...overrides });
}

/** A procedure in force citing the documents, numbers as written. */
export function citing(
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

export function activeMap(versions: ProcedureVersion[]): Map<string, ProcedureVersion> {
  return new Map(versions.map((v) => [v.procedureId, v]));
}
