import type { DecisionAction } from '@niemyet/core';
import { findProcedureCodes } from '@niemyet/core';
import { z } from 'zod';
import type { DecisionPageItem } from '../types';
import { buildRestRequest, type RestRequest } from './rest-request';
import { countText, idText, optionalText, requiredText } from './row-values';
import { parseServiceRows } from './service-rows';

/**
 * The procedures of a publication decision, one service per action (the decision page's tabs
 * call them, five rows a page): rows give the procedure's record id and name, no code
 * (tests/fixtures/national-portal/decision-115010-modified.json).
 */
export const DECISION_PROCEDURE_SERVICES: Readonly<Record<DecisionAction, string>> = {
  new: 'get_procedures_by_dp_id_service_v2',
  amended: 'get_modified_procedures_by_dp_id_service_v2',
  abolished: 'get_rescinded_procedures_by_dp_id_service_v2',
};

export const DecisionProcedureRowSchema = z.looseObject({
  /** The procedure record's id (the full page's numeric `ma_thu_tuc`). */
  ID: idText,
  PROCEDURE_NAME: requiredText,
  PUBLISHED_AGENCY: optionalText.optional(),
  PUBLISHED_AGENCY_ID: optionalText.optional(),
  AMOUNT: countText.optional(),
});

export interface DecisionProcedureRow {
  portalId: string;
  name: string;
  agency: string | null;
  agencyId: string | null;
}

/** The request for one page (`pageIndex` from 1) of a decision's procedures of one action. */
export function decisionProceduresRequest(
  action: DecisionAction,
  decisionId: string,
  pageIndex: number,
  pageSize: number,
): RestRequest {
  return buildRestRequest(DECISION_PROCEDURE_SERVICES[action], {
    id: decisionId,
    pageIndex,
    recordPerPage: pageSize,
  });
}

/** Reads one answer; `total` is `AMOUNT`, the number of procedures of that action in the decision. */
export function readDecisionProceduresResponse(
  action: DecisionAction,
  json: unknown,
): { rows: DecisionProcedureRow[]; total: number | null } {
  const parsed = parseServiceRows(DECISION_PROCEDURE_SERVICES[action], DecisionProcedureRowSchema, json);
  const rows = parsed.map((row) => ({
    portalId: row.ID,
    name: row.PROCEDURE_NAME,
    agency: row.PUBLISHED_AGENCY ?? null,
    agencyId: row.PUBLISHED_AGENCY_ID ?? null,
  }));
  return { rows, total: parsed[0]?.AMOUNT ?? null };
}

/** The rows as decision-page items (a code only when the name itself carries one). */
export function decisionItemsFromRows(
  action: DecisionAction,
  rows: DecisionProcedureRow[],
): DecisionPageItem[] {
  return rows.map((row) => {
    const code = findProcedureCodes(row.name)[0] ?? null;
    return { action, code: code?.code ?? null, rawCode: code?.raw ?? null, name: row.name };
  });
}
