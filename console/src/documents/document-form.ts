import {
  type DocumentBody,
  type DocumentRow,
  formatVietnameseDate,
  type IsoDate,
  type LegalDocument,
  parseDocumentNumber,
  parseVietnameseDate,
} from '@niemyet/core';
import type { DocumentsMessages } from '../i18n/documents-messages';

/**
 * The register / edit form's values as typed (dates as dd/mm/yyyy text), how they fill from a
 * registered document or a citation, and how they become the contract's body. The checks
 * mirror the registry's own rules (core's CSV import and the server's 422s): a number that
 * reads as a document number, dates that exist, an expiry after the start, relation targets
 * that are numbers, and a date to count the review deadline from when there are relations.
 */

export type RelationKind = LegalDocument['relations'][number]['kind'];

export interface DocumentFormValues {
  number: string;
  type: string;
  issuer: string;
  title: string;
  issuedOn: string;
  effectiveOn: string;
  expiresOn: string;
  relations: { kind: RelationKind; target: string }[];
}

export type DocumentFormField = Exclude<keyof DocumentFormValues, 'relations'> | `relations.${number}`;
export type DocumentFormErrors = Partial<Record<DocumentFormField, string>>;

const dateText = (date: IsoDate | null) => (date === null ? '' : formatVietnameseDate(date));

export const EMPTY_DOCUMENT_FORM: DocumentFormValues = {
  number: '',
  type: '',
  issuer: '',
  title: '',
  issuedOn: '',
  effectiveOn: '',
  expiresOn: '',
  relations: [],
};

/** The form filled with a registered document, for "Sửa". */
export function formFromDocument(document: LegalDocument): DocumentFormValues {
  return {
    number: document.rawNumber ?? document.number,
    type: document.type ?? '',
    issuer: document.issuer ?? '',
    title: document.title,
    issuedOn: dateText(document.issuedOn),
    effectiveOn: dateText(document.effectiveOn),
    expiresOn: dateText(document.expiresOn),
    relations: document.relations.map((r) => ({ kind: r.kind, target: r.target })),
  };
}

/** The form filled from what the catalogue's citation gives of a document only cited. */
export function formFromCitation(row: DocumentRow): DocumentFormValues {
  const ref = row.citation;
  return {
    ...EMPTY_DOCUMENT_FORM,
    number: row.number,
    type: typeOfNumber(row.number),
    issuer: ref?.issuer ?? '',
    title: ref?.title ?? '',
    issuedOn: dateText(ref?.issuedOn ?? null),
  };
}

// The type a number's code names: "43/2014/NĐ-CP" is a Decree. Longest prefix first.
const TYPE_NAMES: readonly [string, string][] = [
  ['TTLT', 'Thông tư liên tịch'],
  ['NĐ', 'Nghị định'],
  ['NQ', 'Nghị quyết'],
  ['QĐ', 'Quyết định'],
  ['TT', 'Thông tư'],
  ['CT', 'Chỉ thị'],
];

/** The document type a number names ("Nghị định" for …/NĐ-CP), '' when it names none. */
export function typeOfNumber(number: string): string {
  const code = parseDocumentNumber(number)?.typeCode ?? '';
  return TYPE_NAMES.find(([prefix]) => code.startsWith(prefix))?.[1] ?? '';
}

export type FormCheck = { ok: true; body: DocumentBody } | { ok: false; errors: DocumentFormErrors };

export function checkDocumentForm(values: DocumentFormValues, m: DocumentsMessages['form']): FormCheck {
  const errors: DocumentFormErrors = {};
  const number = values.number.trim();
  if (number === '') errors.number = m.errors.numberRequired;
  else if (number.length > 200) errors.number = m.errors.tooLong(200);
  else if (parseDocumentNumber(number) === null) errors.number = m.errors.numberInvalid(number);
  const date = (field: 'issuedOn' | 'effectiveOn' | 'expiresOn'): IsoDate | null => {
    const text = values[field].trim();
    if (text === '') return null;
    const parsed = parseVietnameseDate(text);
    if (parsed === null) errors[field] = m.errors.dateInvalid(text);
    return parsed;
  };
  const issuedOn = date('issuedOn');
  const effectiveOn = date('effectiveOn');
  const expiresOn = date('expiresOn');
  const starts = effectiveOn ?? issuedOn;
  if (expiresOn !== null && starts !== null && expiresOn <= starts)
    errors.expiresOn = m.errors.expiresBeforeEffective;
  if (values.type.trim().length > 100) errors.type = m.errors.tooLong(100);
  if (values.issuer.trim().length > 300) errors.issuer = m.errors.tooLong(300);
  if (values.title.trim().length > 2000) errors.title = m.errors.tooLong(2000);
  values.relations.forEach((relation, index) => {
    const target = relation.target.trim();
    if (target === '') errors[`relations.${index}`] = m.errors.relationTargetRequired;
    else if (parseDocumentNumber(target) === null)
      errors[`relations.${index}`] = m.errors.numberInvalid(target);
  });
  const datesGiven = values.effectiveOn.trim() !== '' || values.issuedOn.trim() !== '';
  if (values.relations.length > 0 && !datesGiven) errors.effectiveOn ??= m.errors.relationsNeedDate;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    ok: true,
    body: {
      number,
      type: text(values.type),
      issuer: text(values.issuer),
      title: values.title.trim(),
      issuedOn,
      effectiveOn,
      expiresOn,
      relations: values.relations.map((r) => ({ kind: r.kind, target: r.target.trim() })),
    },
  };
}
