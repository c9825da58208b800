import { type Decision, documentNumberKey } from '@niemyet/core';

/**
 * A decision number as people compare them: core's canonical document number, read without
 * diacritics ("137/QD-UBND" is "137/QĐ-UBND").
 */
function numberKey(number: string): string {
  return documentNumberKey(number)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Đđ]/g, 'D')
    .toUpperCase();
}

/** The decisions bearing a number as written (several: the same number in different years). */
export function findDecisionsByNumber(decisions: readonly Decision[], number: string): Decision[] {
  const key = numberKey(number);
  if (key === '') return [];
  return decisions.filter((decision) => decision.number !== '' && numberKey(decision.number) === key);
}
