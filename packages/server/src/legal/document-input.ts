import {
  type DocumentBody,
  documentNumberKey,
  type IsoDate,
  type LegalDocument,
  legalDocumentId,
  legalDocumentStatusOn,
  legalRegistry,
  parseDocumentNumber,
} from '@niemyet/core';
import { ApiHttpError } from '../http/errors';

function badField(field: string, issue: string, message: string): ApiHttpError {
  return new ApiHttpError(422, 'bad-request', message, { field, issue, in: 'body' });
}

/**
 * The document a form gives, as the registry stores it: the number canonical (what was typed
 * kept in `rawNumber`), relation targets canonical, and the status on `today` among the
 * documents registered. Refused as the CSV import refuses a row: a number that is no document
 * number, an expiry not after the document takes effect, a relation to itself.
 */
export function documentFromBody(
  body: DocumentBody,
  registered: readonly LegalDocument[],
  today: IsoDate,
): LegalDocument {
  const parsed = parseDocumentNumber(body.number);
  if (!parsed)
    throw badField(
      'number',
      'not a document number',
      `«${body.number}» không phải số ký hiệu văn bản như 43/2014/NĐ-CP (not a document number).`,
    );
  const starts = body.effectiveOn ?? body.issuedOn;
  if (body.expiresOn !== null && starts !== null && body.expiresOn <= starts)
    throw badField(
      'expiresOn',
      'not after the document takes effect',
      'Ngày hết hiệu lực phải sau ngày văn bản có hiệu lực (the expiry date is not after the document takes effect).',
    );
  const relations = body.relations.map((r) => ({ kind: r.kind, target: documentNumberKey(r.target) }));
  const self = relations.findIndex((r) => r.target === parsed.canonical);
  if (self >= 0)
    throw badField(
      `relations.${self}.target`,
      'self',
      'Văn bản không thể tác động đến chính nó (a document cannot act on itself).',
    );
  const document: LegalDocument = {
    id: legalDocumentId(parsed.canonical),
    number: parsed.canonical,
    rawNumber: body.number === parsed.canonical ? null : body.number,
    type: body.type || null,
    issuer: body.issuer || null,
    title: body.title,
    issuedOn: body.issuedOn,
    effectiveOn: body.effectiveOn,
    expiresOn: body.expiresOn,
    status: 'in_force',
    relations,
  };
  // The stored status is the one on the day it was written, among the documents known then.
  const others = registered.filter((d) => d.number !== document.number);
  document.status = legalDocumentStatusOn(document, legalRegistry([...others, document]), today).status;
  return document;
}
