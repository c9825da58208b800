/**
 * Requests to the national portal's JSON-RPC endpoint: `POST /jsp/rest.jsp` with a form body
 * `params=<url-encoded JSON>` holding the service name, the provider, `type: "ref"` and the
 * service's own parameters (paging as `pageIndex`/`recordPerPage`).
 */
export const REST_PATH = '/jsp/rest.jsp';
export const REST_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=UTF-8';

export interface RestRequest {
  path: typeof REST_PATH;
  /** `params=<url-encoded JSON>`. */
  body: string;
  contentType: string;
}

/** Services are identifiers ("get_ds_tthc_da_cong_bo_dvc_service"), never free text. */
const SERVICE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Builds a request for one service. `provider` ("dvcquocgia") and `type` ("ref") default to
 * what the portal's own pages send; `params` may override them (some services are answered by
 * "dvcquocgiaRead"). `service` in `params` is ignored: the argument names the service.
 */
export function buildRestRequest(service: string, params: Record<string, unknown>): RestRequest {
  if (!SERVICE_NAME.test(service)) {
    throw new Error(
      `Invalid JSON-RPC service name ${JSON.stringify(service)}: expected letters, digits and "_"`,
    );
  }
  const payload = { provider: 'dvcquocgia', type: 'ref', ...params, service };
  return {
    path: REST_PATH,
    body: `params=${encodeURIComponent(JSON.stringify(payload))}`,
    contentType: REST_CONTENT_TYPE,
  };
}

/**
 * Reads the service payload back out of a request body (the simulator answers requests with
 * it). Accepts both `params=` form bodies and bare JSON. Throws an Error naming the problem.
 */
export function parseRestRequestBody(body: string): Record<string, unknown> & { service: string } {
  const form = new URLSearchParams(body);
  const raw = form.get('params') ?? body;
  let payload: unknown;
  try {
    payload = JSON.parse(raw);
  } catch {
    throw new Error('JSON-RPC request body: "params" is not valid JSON');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new Error('JSON-RPC request body: "params" must be a JSON object');
  }
  const service = (payload as Record<string, unknown>).service;
  if (typeof service !== 'string' || !SERVICE_NAME.test(service)) {
    throw new Error('JSON-RPC request body: "service" is missing or not a service name');
  }
  return payload as Record<string, unknown> & { service: string };
}
