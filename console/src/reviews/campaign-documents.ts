import { documentNumberKey } from '@niemyet/core';

/**
 * The document numbers pasted into a new campaign: one a line or separated by «;», blanks
 * dropped. `distinct` counts them as the server will (the same document typed two ways is one
 * task), so the form can say how many it recognised before sending.
 */
export function pastedDocumentNumbers(text: string): { numbers: string[]; distinct: number } {
  const numbers = text
    .split(/[\n;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const keys = new Set(numbers.map((number) => documentNumberKey(number)).filter((key) => key !== ''));
  return { numbers, distinct: keys.size };
}
