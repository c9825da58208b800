import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CatalogueSnapshot, IsoDate } from '@niemyet/core';
import { buildSimCatalogue } from './catalogue';
import { buildDataset, type ListingId, type PortalEntry, type SimDataset } from './dataset';
import { escapeHtml, portalHtml } from './html';
import { BadRequestError, filterEntries, pageSizeParam, positiveInt } from './listing-query';
import { buildManifest, type SimManifest } from './manifest';
import { renderDecision } from './pages/decision';
import { nationalPage } from './pages/layout';
import { renderNationalDetail } from './pages/national-detail';
import { renderNationalListing } from './pages/national-listing';
import { renderNationalSummary } from './pages/national-summary';
import { renderProvincialGrid } from './pages/provincial-grid';
import { answerRest, parseRestBody } from './rest';
import {
  DECISION_PATH,
  NATIONAL_DETAIL_PATH,
  NATIONAL_LISTING_PATH,
  NATIONAL_PAGE_SIZE,
  NATIONAL_SUMMARY_PATH,
  PROVINCIAL_LISTING_PATH,
  PROVINCIAL_PAGE_SIZE,
  REST_PATH,
  SIM_CATALOGUE_PATH,
  SIM_MANIFEST_PATH,
  SIM_STATUS_PREFIX,
} from './routes';

/**
 * The portal simulator: a node:http server on the loopback interface serving the national
 * portal's pages and JSON-RPC and a DNN provincial grid over a seeded dataset with planted
 * discrepancies, plus the answer key (`/sim/manifest.json`) and the catalogue
 * (`/sim/catalogue.json`). Robustness knobs on any URL: `?delayMs=N` (or header
 * `x-sim-delay-ms`) slows the answer; `?failFirst=N` (or header `x-sim-fail-first`) makes the
 * first N requests for that exact URL fail with 503; `/sim/status/<code>` always answers
 * with that status.
 */

export interface PortalSimulatorOptions {
  /** 0 picks a free port (tests). Default 4174. */
  port?: number;
  seed?: number;
  /** Loopback only: 127.0.0.1 (default), localhost or ::1. */
  host?: string;
  asOf?: IsoDate;
}

export interface PortalSimulator {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:4174`. */
  url: string;
  close(): Promise<void>;
  dataset: SimDataset;
  manifest: SimManifest;
  catalogue: CatalogueSnapshot;
  /**
   * "Fixes" planted discrepancies of a listing, as a portal's owner would: a row that should
   * not be listed (abolished, unknown, not yet in force) is taken off, a changed row shows
   * the catalogue's record again, a missing procedure is listed. Returns the codes fixed.
   * The manifest keeps describing the dataset as generated (the answer key before fixes).
   */
  fix(listing: ListingId, codes: readonly string[]): string[];
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);
const MAX_DELAY_MS = 30_000;
const MAX_BODY_BYTES = 1_000_000;

export async function startPortalSimulator(options: PortalSimulatorOptions = {}): Promise<PortalSimulator> {
  const { port = 4174, seed = 1, host = '127.0.0.1', asOf } = options;
  if (!LOOPBACK_HOSTS.has(host)) {
    throw new Error(
      `portal-sim listens on the loopback interface only (127.0.0.1, localhost, ::1), not ${host}`,
    );
  }
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`invalid port ${port}`);
  const dataset = buildDataset({ seed, asOf });
  const catalogue = buildSimCatalogue(dataset);
  const state: SimState = {
    dataset,
    catalogue,
    manifest: buildManifest(dataset, catalogue.hash),
    pages: nationalRecordIndex(dataset),
    failures: new Map(),
  };
  const server = createServer((req, res) => {
    handle(state, req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, 500, 'text/plain; charset=utf-8', `portal-sim: ${(error as Error).message}`);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  state.manifest = buildManifest(dataset, catalogue.hash, url);
  return {
    url,
    dataset,
    manifest: state.manifest,
    catalogue,
    fix: (listing, codes) => fixEntries(state, listing, codes),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function fixEntries(state: SimState, listing: ListingId, codes: readonly string[]): string[] {
  const { dataset } = state;
  const entries = dataset.listings[listing].entries;
  const fixed: string[] = [];
  for (const code of codes) {
    const at = entries.findIndex((e) => e.code === code);
    const truth = dataset.records.get(code);
    if (at >= 0) {
      const entry = entries[at]!;
      if (entry.expected === 'changed' && truth) {
        entries[at] = {
          ...entry,
          fields: truth.fields,
          nameVariant: 'plain',
          expected: 'match',
          changedFields: [],
        };
      } else if (entry.expected !== 'match') {
        entries.splice(at, 1);
      } else continue;
      fixed.push(code);
    } else if (truth) {
      // A missing procedure listed again, at the end, with the record the catalogue holds.
      entries.push({
        code,
        rawCode: code,
        fields: truth.fields,
        meta: { ...truth.meta, weight: 0 },
        nameVariant: 'plain',
        expected: 'match',
        changedFields: [],
      });
      fixed.push(code);
    }
  }
  state.pages = nationalRecordIndex(dataset);
  return fixed;
}

interface SimState {
  dataset: SimDataset;
  catalogue: CatalogueSnapshot;
  manifest: SimManifest;
  pages: NationalRecordIndex;
  /** Requests seen per `failFirst` URL. */
  failures: Map<string, number>;
}

interface NationalRecordIndex {
  byPortalId: Map<string, PortalEntry>;
  byCode: Map<string, PortalEntry>;
}

/**
 * The records the national portal has pages for: every row of its listing, as listed, and
 * the procedures of the simulated decisions (their links must lead somewhere), as true.
 */
function nationalRecordIndex(dataset: SimDataset): NationalRecordIndex {
  const byPortalId = new Map<string, PortalEntry>();
  const byCode = new Map<string, PortalEntry>();
  const add = (entry: PortalEntry) => {
    if (byCode.has(entry.code)) return;
    byPortalId.set(entry.meta.portalId, entry);
    byCode.set(entry.code, entry);
  };
  for (const entry of dataset.listings.national.entries) add(entry);
  for (const decision of dataset.decisions) {
    for (const item of decision.items) {
      const record = dataset.records.get(item.code)!;
      add({
        code: item.code,
        rawCode: item.code,
        fields: record.fields,
        meta: record.meta,
        nameVariant: 'plain',
        expected: 'match',
        changedFields: [],
      });
    }
  }
  return { byPortalId, byCode };
}

async function handle(state: SimState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const query = url.searchParams;

  const delayMs = Math.min(
    MAX_DELAY_MS,
    Math.max(0, Number(query.get('delayMs') ?? header(req, 'x-sim-delay-ms') ?? 0) || 0),
  );
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));

  const failFirst = Number(query.get('failFirst') ?? header(req, 'x-sim-fail-first') ?? 0) || 0;
  if (failFirst > 0) {
    const key = `${req.method} ${url.pathname}${url.search}`;
    const seen = state.failures.get(key) ?? 0;
    state.failures.set(key, seen + 1);
    if (seen < failFirst) {
      res.setHeader('Retry-After', '0');
      send(
        res,
        503,
        'text/plain; charset=utf-8',
        `portal-sim: simulated failure ${seen + 1} of ${failFirst}`,
      );
      return;
    }
  }

  try {
    if (url.pathname === REST_PATH) {
      if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
      const body = await readBody(req);
      const rows = answerRest(state.dataset, parseRestBody(body, req.headers['content-type']));
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify(rows));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET, HEAD');
    const page = route(state, url);
    if (page === null) {
      send(res, 404, 'text/html; charset=utf-8', notFoundPage(url.pathname));
      return;
    }
    if (page.headers) for (const [k, v] of Object.entries(page.headers)) res.setHeader(k, v);
    send(res, page.status ?? 200, page.type, req.method === 'HEAD' ? '' : page.body);
  } catch (error) {
    if (!(error instanceof BadRequestError)) throw error;
    const json = url.pathname === REST_PATH;
    send(
      res,
      400,
      json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
      json ? JSON.stringify({ error: error.message }) : `portal-sim: ${error.message}`,
    );
  }
}

interface Page {
  status?: number;
  type: string;
  body: string;
  headers?: Record<string, string>;
}

const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

function route(state: SimState, url: URL): Page | null {
  const { dataset, pages } = state;
  const query = url.searchParams;
  switch (url.pathname) {
    case '/':
      return { type: HTML, body: indexPage(state) };
    case NATIONAL_LISTING_PATH: {
      const level = query.get('level');
      const field = query.get('field');
      const entries = filterEntries(dataset.listings.national.entries, { level, field });
      const pageIndex = positiveInt(query.get('pageIndex'), 1, 'pageIndex');
      const pageSize = pageSizeParam(query.get('pageSize'), NATIONAL_PAGE_SIZE, 'pageSize');
      return { type: HTML, body: renderNationalListing({ entries, pageIndex, pageSize, level, field }) };
    }
    case NATIONAL_DETAIL_PATH: {
      const id = required(query, 'ma_thu_tuc');
      const entry = pages.byPortalId.get(id);
      return entry ? { type: HTML, body: renderNationalDetail(entry) } : null;
    }
    case NATIONAL_SUMMARY_PATH: {
      const raw = required(query, 'ma_thu_tuc');
      // The listing links rows by the code as shown, agency suffix and all.
      const code = /^\s*(\d\.\d{6})/.exec(raw)?.[1];
      const entry = code ? pages.byCode.get(code) : undefined;
      return entry ? { type: HTML, body: renderNationalSummary(entry) } : null;
    }
    case DECISION_PATH: {
      const id = required(query, 'ma_quyet_dinh');
      const decision = dataset.decisions.find((d) => d.id === id);
      return decision ? { type: HTML, body: renderDecision(decision) } : null;
    }
    case PROVINCIAL_LISTING_PATH: {
      const page = positiveInt(query.get('page'), 1, 'page');
      const pageSize = pageSizeParam(query.get('pageSize'), PROVINCIAL_PAGE_SIZE, 'pageSize');
      const entries = dataset.listings.provincial.entries;
      return { type: HTML, body: renderProvincialGrid({ dataset, entries, page, pageSize }) };
    }
    case SIM_MANIFEST_PATH:
      return { type: JSON_TYPE, body: JSON.stringify(state.manifest), headers: CORS };
    case SIM_CATALOGUE_PATH:
      return { type: JSON_TYPE, body: JSON.stringify(state.catalogue), headers: CORS };
  }
  if (url.pathname.startsWith(SIM_STATUS_PREFIX)) {
    const status = Number(url.pathname.slice(SIM_STATUS_PREFIX.length));
    if (!Number.isInteger(status) || status < 400 || status > 599) {
      throw new BadRequestError(`${SIM_STATUS_PREFIX}<code> takes an error status from 400 to 599`);
    }
    return { status, type: 'text/plain; charset=utf-8', body: `portal-sim: status ${status} on request` };
  }
  return null;
}

/** The console may poll the catalogue from another origin. */
const CORS = { 'Access-Control-Allow-Origin': '*' };

function required(query: URLSearchParams, name: string): string {
  const value = query.get(name)?.trim();
  if (!value) throw new BadRequestError(`missing query parameter ${name}`);
  return value;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

function methodNotAllowed(res: ServerResponse, allow: string): void {
  res.setHeader('Allow', allow);
  send(res, 405, 'text/plain; charset=utf-8', `portal-sim: method not allowed (use ${allow})`);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BadRequestError(`request body over ${MAX_BODY_BYTES} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function notFoundPage(path: string): string {
  return nationalPage(
    `    <div class="container"><h1 class="main-title">404</h1><p>${portalHtml('Không tìm thấy trang')} ${escapeHtml(path)}</p></div>`,
  );
}

function indexPage(state: SimState): string {
  const { manifest, dataset } = state;
  const first = dataset.decisions[0];
  const sample = dataset.listings.national.entries[0];
  const links: [string, string][] = [
    [
      `${NATIONAL_LISTING_PATH}?pageIndex=1&pageSize=${NATIONAL_PAGE_SIZE}`,
      `National listing (${manifest.listings.national.total})`,
    ],
    [
      `${PROVINCIAL_LISTING_PATH}?page=1`,
      `Provincial grid, ${dataset.province.name} (${manifest.listings.provincial.total})`,
    ],
    ...(sample
      ? ([
          [`${NATIONAL_SUMMARY_PATH}?ma_thu_tuc=${sample.rawCode}`, `Summary page ${sample.rawCode}`],
          [
            `${NATIONAL_DETAIL_PATH}?ma_thu_tuc=${sample.meta.portalId}`,
            `Detail page ${sample.meta.portalId}`,
          ],
        ] as [string, string][])
      : []),
    ...(first
      ? ([[`${DECISION_PATH}?ma_quyet_dinh=${first.id}`, `Decision ${first.number}`]] as [string, string][])
      : []),
    [SIM_MANIFEST_PATH, 'Manifest (answer key)'],
    [SIM_CATALOGUE_PATH, 'Catalogue snapshot'],
  ];
  return nationalPage(
    `    <div class="container">
        <h1 class="main-title">portal-sim, seed ${manifest.seed}, ${manifest.asOf}</h1>
        <ul>
${links.map(([href, label]) => `            <li><a href="${escapeHtml(href)}">${portalHtml(label)}</a></li>`).join('\n')}
        </ul>
    </div>`,
  );
}
