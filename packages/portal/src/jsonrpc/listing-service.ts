import { parseLevels, parseProcedureCode } from '@niemyet/core';
import { z } from 'zod';
import type { ListingRow } from '../types';
import { buildRestRequest, type RestRequest } from './rest-request';
import { countText, optionalText, requiredText } from './row-values';
import { parseServiceRows } from './service-rows';

/**
 * `get_ds_tthc_da_cong_bo_dvc_service`: one page of the published procedures, ordered by use
 * (`WEIGHT`), every row repeating the listing's total (tests/fixtures/national-portal/
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
  /** The record's numeric id (`ma_thu_tuc` of the full detail page), when the answer has it. */
  ID: optionalText.optional(),
  /** Columns some answers carry beside the code and name (the portal's own listing shows them). */
  FIELD_NAME: optionalText.optional(),
  LEVEL_NAME: optionalText.optional(),
  AGENCY_NAME: optionalText.optional(),
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
    const portalId = row.ID ?? null;
    // The full record (by numeric id) shows every field, legal basis included; the summary
    // page by code is the fallback when the answer carries no id.
    const detailPath =
      portalId !== null
        ? `/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${encodeURIComponent(portalId)}`
        : shownCode !== null
          ? `/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${encodeURIComponent(shownCode)}`
          : null;
    const listed: ListingRow = {
      code: code?.code ?? null,
      rawCode: code?.raw ?? shownCode,
      name: row.NAME,
      detailUrl: options.origin && detailPath ? new URL(detailPath, options.origin).href : null,
      portalId,
      text: [shownCode, row.NAME].filter((t) => t !== null).join(' | '),
    };
    if (row.FIELD_NAME) listed.field = row.FIELD_NAME;
    if (row.LEVEL_NAME) listed.levels = parseLevels(row.LEVEL_NAME);
    if (row.AGENCY_NAME) listed.agency = row.AGENCY_NAME;
    return listed;
  });
  const first = parsed[0];
  return { rows, total: first ? (first.TOTAL_RECORDS ?? first.AMOUNT ?? null) : null };
}
