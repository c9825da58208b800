import { parseProcedureCode } from '@niemyet/core';
import { z } from 'zod';
import type { ListingRow } from '../types';
import { buildRestRequest, type RestRequest } from './rest-request';
import { countText, optionalText, requiredText } from './row-values';
import { parseServiceRows } from './service-rows';

/**
 * `get_ds_tthc_da_cong_bo_dvc_service`: one page of the published procedures, ordered by use
 * (`WEIGHT`), every row repeating the listing's total (shared/fixtures/national-portal/
 * listing-service-page.json, procedures-citizen.json, procedures-business.json).
 */
export const LISTING_SERVICE = 'get_ds_tthc_da_cong_bo_dvc_service';

export const ListingServiceRowSchema = z.looseObject({
  /** The code as the portal stores it; blank for procedures without one. */
  TTHC_MA: optionalText.optional(),
  NAME: requiredText,
  /** "1" citizens, "5" businesses: the audience the listing was asked for. */
  TYPE: optionalText.optional(),
  TOTAL_RECORDS: countText.optional(),
  AMOUNT: countText.optional(),
});
export type ListingServiceRow = z.output<typeof ListingServiceRowSchema>;

/** The request for one page (`pageIndex` from 1) of the listing. Extra filters pass through. */
export function listingServiceRequest(
  pageIndex: number,
  pageSize: number,
  filters: Record<string, unknown> = {},
): RestRequest {
  return buildRestRequest(LISTING_SERVICE, { ...filters, pageIndex, recordPerPage: pageSize });
}

export interface ListingServiceOptions {
  /**
   * Origin of the portal that answered ("https://dichvucong.gov.vn", the simulator's
   * "http://127.0.0.1:…"): rows then link to their summary pages. Without it `detailUrl` is null.
   */
  origin?: string;
}

/**
 * Reads an answer of the listing service into listing rows and the listing's total
 * (`TOTAL_RECORDS`, or `AMOUNT`, of the first row; null for an empty answer, which says
 * nothing about the total). Throws an Error naming the service and the bad row.
 */
export function readListingServiceResponse(
  json: unknown,
  options: ListingServiceOptions = {},
): { rows: ListingRow[]; total: number | null } {
  const parsed = parseServiceRows(LISTING_SERVICE, ListingServiceRowSchema, json);
  const rows = parsed.map((row): ListingRow => {
    const shownCode = row.TTHC_MA ?? null;
    const code = shownCode === null ? null : parseProcedureCode(shownCode);
    const detailUrl =
      options.origin && shownCode !== null
        ? new URL(
            `/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${encodeURIComponent(shownCode)}`,
            options.origin,
          ).href
        : null;
    return {
      code: code?.code ?? null,
      rawCode: code?.raw ?? shownCode,
      name: row.NAME,
      detailUrl,
      portalId: null,
      text: [shownCode, row.NAME].filter((t) => t !== null).join(' | '),
    };
  });
  const first = parsed[0];
  return { rows, total: first ? (first.TOTAL_RECORDS ?? first.AMOUNT ?? null) : null };
}
