import { z } from 'zod';
import { idText, optionalText } from './row-values';
import { parseServiceRows } from './service-rows';

/**
 * `get_list_agency_service_v2`: ministries and provinces with their e-identifier codes, short
 * ("H19", "G03") or hierarchical ("000.00.00.G01") — the suffixes local procedure codes carry
 * (tests/fixtures/national-portal/agencies.json).
 */
export const AGENCIES_SERVICE = 'get_list_agency_service_v2';

export const AgencyRowSchema = z
  .looseObject({
    ID: idText,
    AGENCY_NAME: optionalText.optional(),
    NAME: optionalText.optional(),
    CODE: optionalText.optional(),
  })
  .refine((row) => (row.AGENCY_NAME ?? row.NAME ?? null) !== null, {
    message: 'expected AGENCY_NAME or NAME',
    path: ['AGENCY_NAME'],
  });

export interface AgencyRow {
  id: string;
  name: string;
  /** E-identifier as the portal writes it ("H19", "000.00.00.G01"), null when missing. */
  code: string | null;
}

export function readAgenciesResponse(json: unknown): AgencyRow[] {
  return parseServiceRows(AGENCIES_SERVICE, AgencyRowSchema, json).map((row) => ({
    id: row.ID,
    name: (row.AGENCY_NAME ?? row.NAME)!,
    code: row.CODE ?? null,
  }));
}
