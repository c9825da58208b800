import { isNationalPortalUrl, nationalPageKindByPath } from '../adapters/national/page-kind';
import {
  LISTING_SERVICE,
  listingServiceRequest,
  readListingServiceResponse,
} from '../jsonrpc/listing-service';
import { REST_PATH } from '../jsonrpc/rest-request';
import type { ReadPageResult } from '../read-page';

/**
 * Pulling the national listing through the portal's JSON-RPC. The real listing page renders
 * its rows with script from `POST /jsp/rest.jsp`: fetched as HTML it has no rows. A pull
 * therefore addresses each page of the service as a URL of its own,
 * `/jsp/rest.jsp?service=…&pageIndex=N&recordPerPage=S[&level=…]`, which `pullRequest` turns
 * into the POST the portal expects and `readPulledPage` reads as a listing page — so the
 * scheduler's paging, retries, resume and evidence work unchanged.
 */

const FILTERS = ['level', 'field', 'agency'] as const;
const DEFAULT_PAGE_SIZE = 50;

/** The pull address of a national listing page's service, or null for any other page. */
export function restListingPullUrl(listingPageUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(listingPageUrl);
  } catch {
    return null;
  }
  if (!isNationalPortalUrl(url) || nationalPageKindByPath(url) !== 'listing') return null;
  const pageSize = Number(url.searchParams.get('pageSize') ?? url.searchParams.get('recordPerPage'));
  const address = new URL(REST_PATH, url.origin);
  address.searchParams.set('service', LISTING_SERVICE);
  address.searchParams.set('pageIndex', '1');
  address.searchParams.set(
    'recordPerPage',
    String(Number.isInteger(pageSize) && pageSize > 0 ? pageSize : DEFAULT_PAGE_SIZE),
  );
  for (const name of FILTERS) {
    const value = url.searchParams.get(name);
    if (value) address.searchParams.set(name, value);
  }
  return address.href;
}

function isRestPullUrl(url: URL): boolean {
  return url.pathname === REST_PATH && url.searchParams.get('service') === LISTING_SERVICE;
}

export interface PullRequest {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
  headers: Record<string, string>;
}

/** The HTTP request that fetches one pull address (GET for pages, POST for the service). */
export function pullRequest(address: string): PullRequest {
  const url = new URL(address);
  if (!isRestPullUrl(url))
    return { url: address, method: 'GET', headers: { accept: 'text/html,application/xhtml+xml' } };
  const pageIndex = Number(url.searchParams.get('pageIndex') ?? '1');
  const pageSize = Number(url.searchParams.get('recordPerPage') ?? DEFAULT_PAGE_SIZE);
  const filters: Record<string, string> = {};
  for (const name of FILTERS) {
    const value = url.searchParams.get(name);
    if (value) filters[name] = value;
  }
  const request = listingServiceRequest(pageIndex, pageSize, filters);
  return {
    url: new URL(request.path, url.origin).href,
    method: 'POST',
    body: request.body,
    headers: { 'content-type': request.contentType, accept: 'application/json' },
  };
}

/**
 * Reads what a pull fetched: a service answer as a listing page (paged by the total every row
 * repeats), anything else with the page readers (`readHtml` parses it with the DOM at hand).
 */
export function readPulledPage(
  body: string,
  address: string,
  readHtml: (body: string, url: string) => ReadPageResult,
): ReadPageResult {
  const url = new URL(address);
  if (!isRestPullUrl(url)) return readHtml(body, address);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return {
      adapterId: null,
      reason: `${LISTING_SERVICE}: câu trả lời không phải JSON / the answer is not JSON`,
    };
  }
  try {
    const { rows, total } = readListingServiceResponse(json, { origin: url.origin });
    const pageIndex = Number(url.searchParams.get('pageIndex') ?? '1');
    const pageSize = Number(url.searchParams.get('recordPerPage') ?? DEFAULT_PAGE_SIZE);
    let nextPageUrl: string | null = null;
    if (total !== null && rows.length > 0 && pageIndex * pageSize < total) {
      const next = new URL(address);
      next.searchParams.set('pageIndex', String(pageIndex + 1));
      nextPageUrl = next.href;
    }
    const scope: Record<string, string> = {};
    for (const name of FILTERS) {
      const value = url.searchParams.get(name);
      if (value) scope[name] = value;
    }
    return {
      adapterId: 'national',
      reading: { kind: 'listing', rows, rowSelector: null, total, nextPageUrl, scope },
    };
  } catch (error) {
    return { adapterId: null, reason: error instanceof Error ? error.message : String(error) };
  }
}
