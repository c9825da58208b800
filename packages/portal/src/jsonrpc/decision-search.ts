import type { IsoDate } from '@niemyet/core';
import { cleanText, documentNumberKey, parseVietnameseDate } from '@niemyet/core';
import { z } from 'zod';
import { countText, idText, optionalText, requiredText } from './row-values';
import { parseServiceRows } from './service-rows';

/**
 * `decision_publishment_advanced_search_service_v2`: publication decisions, newest first
 * (tests/fixtures/national-portal/decision-search.json). Numbers are typed by hand on the
 * portal: "2193/QĐ-UBND." (trailing dot), "2226/QĐ-UBND ngày 04/12/2025".
 */
export const DECISION_SEARCH_SERVICE = 'decision_publishment_advanced_search_service_v2';

/** "dd-mm-yyyy" as the portal writes dates; blank → null, anything else unreadable → an issue. */
const portalDate = z
  .union([z.string(), z.null()])
  .optional()
  .transform((value, ctx): IsoDate | null => {
    const text = value === null || value === undefined ? '' : cleanText(value);
    if (text === '') return null;
    const date = parseVietnameseDate(text);
    if (date === null) {
      ctx.issues.push({
        code: 'custom',
        message: `expected a date as dd-mm-yyyy, got "${text}"`,
        input: value,
      });
      return z.NEVER;
    }
    return date;
  });

export const DecisionSearchRowSchema = z.looseObject({
  ID: idText,
  CODE: requiredText,
  NAME: optionalText.optional(),
  PUBLISHING_DATE: portalDate,
  AGENCY_NAME: optionalText.optional(),
  AGENCY_ID: optionalText.optional(),
  AMOUNT: countText.optional(),
});

export interface DecisionSearchRow {
  /** The portal's decision id (`ma_quyet_dinh` of the decision page). */
  id: string;
  /** Canonical number (`documentNumberKey`): "2193/QĐ-UBND" for "2193/QĐ-UBND.". */
  number: string;
  /** The number as the portal shows it. */
  rawNumber: string;
  title: string | null;
  publishedOn: IsoDate | null;
  agency: string | null;
  agencyId: string | null;
}

/** Reads a decision-search answer; `total` is the search's `AMOUNT` (null for an empty answer). */
export function readDecisionSearchResponse(json: unknown): {
  rows: DecisionSearchRow[];
  total: number | null;
} {
  const parsed = parseServiceRows(DECISION_SEARCH_SERVICE, DecisionSearchRowSchema, json);
  const rows = parsed.map((row) => ({
    id: row.ID,
    number: documentNumberKey(row.CODE) || row.CODE,
    rawNumber: row.CODE,
    title: row.NAME ?? null,
    publishedOn: row.PUBLISHING_DATE,
    agency: row.AGENCY_NAME ?? null,
    agencyId: row.AGENCY_ID ?? null,
  }));
  return { rows, total: parsed[0]?.AMOUNT ?? null };
}
