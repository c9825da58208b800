import type { IsoDate } from '../../dates/iso-date';
import { sha256Hex } from '../../hashing/canonical-json';
import { documentNumberKey, parseDocumentNumber } from '../../parsing/document-number';

/**
 * Rows belong to one decision when their numbers are the same document number, read
 * without diacritics (spreadsheets typed without a Vietnamese keyboard write "QD-UBND"), in
 * the same year: a province numbers its decisions afresh every year, so "123/QĐ-UBND" of
 * 2020 and of 2021 are two decisions. A number that carries its year says so itself.
 */
export function decisionGroupKey(decisionNumber: string, signedOn: IsoDate | null): string {
  const number = documentNumberKey(decisionNumber)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Đđ]/g, 'D')
    .toUpperCase();
  if (parseDocumentNumber(decisionNumber)?.year != null) return number;
  return `${number}|${signedOn?.slice(0, 4) ?? '?'}`;
}

/** The stable id of the decision a group key names. */
export function decisionIdOf(key: string): string {
  return `decision:${sha256Hex(`decision|${key}`).slice(0, 16)}`;
}
