import type { SimDataset, SimDecisionAction } from './dataset';
import { dashedDate } from './html';
import {
  BadRequestError,
  filterEntries,
  levelText,
  pageSizeParam,
  pageSlice,
  positiveInt,
} from './listing-query';
import { NATIONAL_PAGE_SIZE } from './routes';
import { variantText } from './text-variants';

/**
 * The national portal's JSON-RPC endpoint, `POST /jsp/rest.jsp` with a form body
 * `params=<url-encoded JSON>` naming a `service`. Answers have the shapes of the saved
 * fixtures (every value a string, every row repeating the total as TOTAL_RECORDS or AMOUNT).
 */

export type RestParams = Record<string, unknown>;

/** Reads the call's parameters from a form body (`params=…`) or a JSON body. */
export function parseRestBody(body: string, contentType: string | undefined): RestParams {
  let json: string | null = body;
  if (!contentType?.includes('application/json')) {
    json = new URLSearchParams(body).get('params');
    if (json === null) throw new BadRequestError('expected a form body with a "params" field holding JSON');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new BadRequestError(`params is not JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new BadRequestError('params must be a JSON object');
  }
  return parsed as RestParams;
}

/** `pageIndex`/`recordPerPage` or the `p_Page_Index`/`p_Page_Size` spelling. */
function paging(params: RestParams, defaultSize: number): { pageIndex: number; pageSize: number } {
  return {
    pageIndex: positiveInt(params.pageIndex ?? params.p_Page_Index, 1, 'pageIndex'),
    pageSize: pageSizeParam(params.recordPerPage ?? params.p_Page_Size, defaultSize, 'recordPerPage'),
  };
}

function optionalText(value: unknown, name: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new BadRequestError(`${name} must be a string`);
  return value;
}

const DECISION_ITEM_SERVICES: Record<string, SimDecisionAction> = {
  get_procedures_by_dp_id_service_v2: 'new',
  get_modified_procedures_by_dp_id_service_v2: 'amended',
  get_rescinded_procedures_by_dp_id_service_v2: 'abolished',
};

export const REST_SERVICES = [
  'get_ds_tthc_da_cong_bo_dvc_service',
  'decision_publishment_advanced_search_service_v2',
  ...Object.keys(DECISION_ITEM_SERVICES),
] as const;

/** Answers one call; throws BadRequestError for a call the portal would refuse. */
export function answerRest(dataset: SimDataset, params: RestParams): Record<string, string>[] {
  const service = params.service;
  if (service === 'get_ds_tthc_da_cong_bo_dvc_service') {
    const { pageIndex, pageSize } = paging(params, NATIONAL_PAGE_SIZE);
    const entries = filterEntries(dataset.listings.national.entries, {
      level: optionalText(params.level, 'level'),
      field: optionalText(params.field, 'field'),
    });
    const total = String(entries.length);
    return pageSlice(entries, pageIndex, pageSize).map((e) => ({
      TTHC_MA: e.rawCode,
      TYPE: e.meta.type,
      NAME: variantText(e.fields.name, e.nameVariant),
      ISNGANHDOC: e.meta.isNganhDoc,
      WEIGHT: String(e.meta.weight),
      TOTAL_RECORDS: total,
      // Beyond the saved answer: the columns the listing page shows, so its in-place
      // re-render matches the server-rendered page cell for cell.
      ID: e.meta.portalId,
      FIELD_NAME: e.fields.field ?? '',
      LEVEL_NAME: levelText(e.fields.levels, 'national'),
      AGENCY_NAME: e.fields.agency ?? '',
    }));
  }
  if (service === 'decision_publishment_advanced_search_service_v2') {
    const { pageIndex, pageSize } = paging(params, 10);
    const amount = String(dataset.decisions.length);
    return pageSlice(dataset.decisions, pageIndex, pageSize).map((d, i) => ({
      ID: d.id,
      CODE: d.number,
      NAME: d.title,
      PUBLISHING_DATE: dashedDate(d.signedOn),
      AGENCY_NAME: d.agency.name,
      AGENCY_ID: d.agency.id,
      AMOUNT: amount,
      ROW_STT: String((pageIndex - 1) * pageSize + i + 1),
    }));
  }
  if (typeof service === 'string' && service in DECISION_ITEM_SERVICES) {
    const id = optionalText(params.id === undefined ? undefined : String(params.id), 'id');
    if (!id) throw new BadRequestError(`${service} needs the decision "id"`);
    const { pageIndex, pageSize } = paging(params, 5);
    const decision = dataset.decisions.find((d) => d.id === id);
    const items = decision?.items.filter((i) => i.action === DECISION_ITEM_SERVICES[service]) ?? [];
    const amount = String(items.length);
    return pageSlice(items, pageIndex, pageSize).map((item, i) => ({
      ID: item.portalId,
      PROCEDURE_NAME: item.name,
      PUBLISHED_AGENCY: decision!.agency.name,
      PUBLISHED_AGENCY_ID: decision!.agency.id,
      AMOUNT: amount,
      ROW_STT: String((pageIndex - 1) * pageSize + i + 1),
    }));
  }
  throw new BadRequestError(
    `unknown service ${JSON.stringify(service)}; the simulator answers ${REST_SERVICES.join(', ')}`,
  );
}
