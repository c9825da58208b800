import { cleanText } from '@niemyet/core';

/**
 * A count as a Vietnamese page prints it: "2.507", "2,507", "2 507" (NBSP), "Tìm thấy 2.507
 * thủ tục". Vietnamese writes thousands with dots, so a dot followed by exactly three digits
 * is a separator, never a decimal point. Returns the first count in the text, null when none.
 */
export function parseDisplayedCount(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = /\d{1,3}(?:[.,\s]\d{3})+(?!\d)|\d+/u.exec(cleanText(text));
  if (!m) return null;
  const value = Number(m[0].replace(/\D/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}
