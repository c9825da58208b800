import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanText, normalizeText, parseCatalogueSnapshot } from '@niemyet/core';
import { asDomDocument } from '@niemyet/portal';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldText } from './dataset';
import { LISTING_SCRIPT } from './pages/listing-script';
import { pagerWindow } from './pages/pagination';
import {
  DECISION_PATH,
  NATIONAL_DETAIL_PATH,
  NATIONAL_LISTING_PATH,
  NATIONAL_SUMMARY_PATH,
  PROVINCIAL_LISTING_PATH,
  REST_PATH,
} from './routes';
import { type PortalSimulator, startPortalSimulator } from './server';
import { nationalFixturesDir } from './source-data';

let sim: PortalSimulator;
beforeAll(async () => {
  sim = await startPortalSimulator({ port: 0, seed: 1 });
});
afterAll(async () => {
  await sim?.close();
});

async function getHtml(path: string): Promise<Document> {
  const response = await fetch(new URL(path, sim.url));
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/html');
  return asDomDocument(parseHTML(await response.text()).document);
}

/** Rows of a JSON-RPC answer, or `{ error }` for a refused call. */
type RestBody = Record<string, string>[] & { error?: string };

async function rest(params: Record<string, unknown>): Promise<{ status: number; body: RestBody }> {
  const response = await fetch(new URL(REST_PATH, sim.url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
    body: `params=${encodeURIComponent(JSON.stringify(params))}`,
  });
  return { status: response.status, body: await response.json() };
}

const text = (el: Element | null | undefined) => cleanText(el?.textContent ?? '');
const cellByTitle = (row: Element, title: string) => row.querySelector(`td[data-title="${title}"]`);
const codeOf = (raw: string) => /^\d\.\d{6}/.exec(raw)![0];
const planted = (kind: string, listing: string, field?: string) =>
  sim.manifest.planted.filter(
    (p) => p.kind === kind && p.listing === listing && (!field || p.field === field),
  );

describe('portal-sim server', () => {
  it('listens on the loopback interface only', async () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect(startPortalSimulator({ port: 0, host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });

  it('serves the national listing with the agreed markup, paged by a.next to the end', async () => {
    const { national } = sim.manifest.listings;
    const first = await getHtml(national.url);
    expect(text(first.querySelector('#tthcListing p.result-count strong'))).toBe(
      national.total.toLocaleString('de-DE'),
    );
    const headers = [...first.querySelectorAll('#tthcListing thead th')].map(text);
    expect(headers).toEqual([
      'STT',
      'Mã thủ tục',
      'Tên thủ tục',
      'Lĩnh vực',
      'Cấp thực hiện',
      'Cơ quan thực hiện',
    ]);

    const seen: string[] = [];
    let doc: Document | null = first;
    let pages = 0;
    while (doc) {
      pages++;
      const rows = [...doc.querySelectorAll('tbody#listTTHC tr.item-tthc')];
      expect(rows.length).toBeLessThanOrEqual(national.pageSize);
      for (const row of rows) {
        const raw = row.getAttribute('data-ma-thu-tuc')!;
        expect(text(cellByTitle(row, 'Mã thủ tục'))).toBe(raw);
        expect(Number(text(cellByTitle(row, 'STT')))).toBe(seen.length + 1);
        seen.push(codeOf(raw));
      }
      expect(doc.querySelector('ul.pagination li.active a')?.textContent).toBe(String(pages));
      const next: string | null | undefined = doc
        .querySelector('ul.pagination a.next[rel="next"]')
        ?.getAttribute('href');
      doc = next ? await getHtml(`${NATIONAL_LISTING_PATH}${next}`) : null;
    }
    expect(pages).toBe(national.pages);
    expect(seen).toEqual(national.codes);
  });

  it('writes planted text variants so they read as the catalogue name', async () => {
    const doc = await getHtml(`${NATIONAL_LISTING_PATH}?pageIndex=1&pageSize=5000`);
    const rows = new Map(
      [...doc.querySelectorAll('tbody#listTTHC tr.item-tthc')].map((r) => [
        codeOf(r.getAttribute('data-ma-thu-tuc')!),
        r,
      ]),
    );
    const catalogueName = new Map(sim.catalogue.procedures.map((v) => [v.procedureId, v.name]));
    for (const [kind, marker] of [
      ['text-nfd', /[\u0300\u0301\u0303\u0309\u0323]/],
      ['text-nbsp', /\u00a0/],
      ['text-entities', null],
    ] as const) {
      const plants = planted(kind, 'national');
      expect(plants.length).toBeGreaterThan(0);
      for (const p of plants) {
        const shown = cellByTitle(rows.get(p.code)!, 'Tên thủ tục')!.textContent!;
        if (marker) expect(shown).toMatch(marker);
        expect(normalizeText(shown)).toBe(normalizeText(catalogueName.get(p.code)!));
      }
    }
    for (const p of planted('code-suffix', 'national')) {
      expect(rows.get(p.code)!.getAttribute('data-ma-thu-tuc')).toBe(p.rawCode);
    }
    for (const p of planted('changed', 'national', 'name')) {
      expect(cleanText(cellByTitle(rows.get(p.code)!, 'Tên thủ tục')!.textContent!)).toBe(
        cleanText(p.actual!),
      );
    }
  });

  it('serves a 2,000-row page and filters by level', async () => {
    const big = await getHtml(`${NATIONAL_LISTING_PATH}?pageIndex=1&pageSize=2000`);
    expect(big.querySelectorAll('tbody#listTTHC tr.item-tthc')).toHaveLength(2000);
    const commune = await getHtml(`${NATIONAL_LISTING_PATH}?pageIndex=1&pageSize=5000&level=commune`);
    const rows = [...commune.querySelectorAll('tbody#listTTHC tr.item-tthc')];
    const expected = sim.dataset.listings.national.entries.filter((e) => e.fields.levels.includes('commune'));
    expect(rows).toHaveLength(expected.length);
    for (const row of rows) expect(text(cellByTitle(row, 'Cấp thực hiện'))).toContain('Cấp Xã');
    // The field filter compares normalised text: an NFD spelling of the field finds the same rows.
    const field = sim.dataset.listings.national.entries[0]!.fields.field!;
    const byField = await getHtml(
      `${NATIONAL_LISTING_PATH}?pageSize=5000&field=${encodeURIComponent(field.normalize('NFD'))}`,
    );
    const fieldRows = [...byField.querySelectorAll('tbody#listTTHC tr.item-tthc')];
    expect(fieldRows).toHaveLength(
      sim.dataset.listings.national.entries.filter((e) => e.fields.field === field).length,
    );
    for (const row of fieldRows) expect(text(cellByTitle(row, 'Lĩnh vực'))).toBe(cleanText(field));
    const next = (await getHtml(`${NATIONAL_LISTING_PATH}?level=commune`)).querySelector('a.next')!;
    expect(new URL(next.getAttribute('href')!, sim.url).searchParams.get('level')).toBe('commune');
  });

  it('answers get_ds_tthc_da_cong_bo_dvc_service page by page, covering every row once', async () => {
    const { national } = sim.manifest.listings;
    const codes: string[] = [];
    for (let pageIndex = 1; ; pageIndex++) {
      const { status, body } = await rest({
        service: 'get_ds_tthc_da_cong_bo_dvc_service',
        provider: 'dvcquocgia',
        type: 'ref',
        pageIndex,
        recordPerPage: 300,
      });
      expect(status).toBe(200);
      if (body.length === 0) break;
      for (const row of body) {
        expect(row.TOTAL_RECORDS).toBe(String(national.total));
        expect(Object.keys(row).slice(0, 6)).toEqual([
          'TTHC_MA',
          'TYPE',
          'NAME',
          'ISNGANHDOC',
          'WEIGHT',
          'TOTAL_RECORDS',
        ]);
        codes.push(codeOf(row.TTHC_MA!));
      }
    }
    expect(codes).toEqual(national.codes);
    const alt = await rest({
      service: 'get_ds_tthc_da_cong_bo_dvc_service',
      p_Page_Index: 2,
      p_Page_Size: 7,
    });
    expect(alt.body.map((r) => codeOf(r.TTHC_MA!))).toEqual(national.codes.slice(7, 14));
    const bad = await rest({ service: 'get_ds_tthc_da_cong_bo_dvc_service', pageIndex: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/pageIndex/);
  });

  it('answers the decision services with AMOUNT and paging', async () => {
    const ids: string[] = [];
    for (let pageIndex = 1; pageIndex <= 10; pageIndex++) {
      const { body } = await rest({
        service: 'decision_publishment_advanced_search_service_v2',
        pageIndex,
        recordPerPage: 2,
      });
      if (body.length === 0) break;
      for (const row of body) {
        expect(row.AMOUNT).toBe(String(sim.dataset.decisions.length));
        expect(row.PUBLISHING_DATE).toMatch(/^\d{2}-\d{2}-\d{4}$/);
        ids.push(row.ID!);
      }
    }
    expect(ids).toEqual(sim.dataset.decisions.map((d) => d.id));
    const amended = sim.dataset.decisions.find((d) => d.items.some((i) => i.action === 'amended'))!;
    const changedCount = new Set(sim.manifest.planted.filter((p) => p.kind === 'changed').map((p) => p.code))
      .size;
    const { body } = await rest({
      service: 'get_modified_procedures_by_dp_id_service_v2',
      id: amended.id,
      pageIndex: 1,
      recordPerPage: 5,
    });
    expect(body).toHaveLength(5);
    expect(body[0]!.AMOUNT).toBe(String(changedCount));
    expect(Object.keys(body[0]!)).toEqual([
      'ID',
      'PROCEDURE_NAME',
      'PUBLISHED_AGENCY',
      'PUBLISHED_AGENCY_ID',
      'AMOUNT',
      'ROW_STT',
    ]);
  });

  it('serves detail pages with the real page labels, showing planted detail changes', async () => {
    const fixture = asDomDocument(
      parseHTML(readFileSync(resolve(nationalFixturesDir(), 'procedure-detail-full-3.000001.html'), 'utf8'))
        .document,
    );
    const labels = (doc: Document) =>
      [...doc.querySelectorAll('#popupChitietTTHC .info-row > .key')].map(text);
    expect(labels(fixture)).toHaveLength(20);

    const national = sim.dataset.listings.national.entries;
    for (const field of ['processingTime', 'fees', 'legalBasis'] as const) {
      const p = planted('changed', 'national', field)[0]!;
      const entry = national.find((e) => e.code === p.code)!;
      const doc = await getHtml(`${NATIONAL_DETAIL_PATH}?ma_thu_tuc=${entry.meta.portalId}`);
      expect(labels(doc)).toEqual(labels(fixture));
      const info = new Map(
        [...doc.querySelectorAll('#popupChitietTTHC .info-row')].map((row) => [
          text(row.querySelector('.key')),
          row.querySelector('.key + div')!,
        ]),
      );
      expect(text(info.get('Mã thủ tục:'))).toBe(entry.rawCode);
      const methodCells = [...info.get('Cách thức thực hiện:')!.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map(text),
      );
      const legal = [...info.get('Căn cứ pháp lý:')!.querySelectorAll('tbody tr td:first-child')].map(text);
      if (field === 'processingTime') for (const cells of methodCells) expect(cells[1]).toBe(p.actual);
      if (field === 'fees') for (const cells of methodCells) expect(cells[2]).toBe(p.actual);
      if (field === 'legalBasis') expect(legal.join('; ')).toBe(p.actual);
      expect(fieldText(entry.fields, field)).toBe(p.actual);
    }
    const missing = await fetch(new URL(`${NATIONAL_DETAIL_PATH}?ma_thu_tuc=999999999`, sim.url));
    expect(missing.status).toBe(404);
  });

  it('serves summary pages by code, agency suffix or not', async () => {
    const p = planted('code-suffix', 'national')[0]!;
    const entry = sim.dataset.listings.national.entries.find((e) => e.code === p.code)!;
    for (const code of [p.rawCode!, p.code]) {
      const doc = await getHtml(`${NATIONAL_SUMMARY_PATH}?ma_thu_tuc=${encodeURIComponent(code)}`);
      expect(text(doc.querySelector('h1.main-title'))).toBe(cleanText(entry.fields.name));
      const detail = doc.querySelector('a.url')!.getAttribute('href')!;
      expect(detail).toBe(`dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${entry.meta.portalId}`);
      const times = [
        ...doc.querySelectorAll('table.table-result-tthc td[data-title="Thời hạn giải quyết"]'),
      ].map(text);
      expect(times).toEqual(entry.fields.methods.map((m) => m.processingTime));
    }
  });

  it('serves decision pages with the new, amended and abolished tabs', async () => {
    for (const decision of sim.dataset.decisions) {
      const doc = await getHtml(`${DECISION_PATH}?ma_quyet_dinh=${decision.id}`);
      expect(text(doc.querySelector('h2.main-title'))).toBe(`Số quyết định: ${decision.number}`);
      const count = (id: string) => doc.querySelectorAll(`#${id} tbody tr`).length;
      expect(count('nhomckmoi')).toBe(decision.items.filter((i) => i.action === 'new').length);
      expect(count('suadoibosung')).toBe(decision.items.filter((i) => i.action === 'amended').length);
      expect(count('baibo')).toBe(decision.items.filter((i) => i.action === 'abolished').length);
      // Every item links to a record the portal serves.
      const href = doc.querySelector('#tthckt tbody a')!.getAttribute('href')!;
      expect((await fetch(new URL(href, new URL(DECISION_PATH, sim.url)))).status).toBe(200);
    }
  });

  it('serves the provincial RadGrid with group rows, ASP.NET entities and its own plants', async () => {
    const { provincial } = sim.manifest.listings;
    const seen: string[] = [];
    const cells = new Map<string, string[]>();
    let doc: Document | null = await getHtml(provincial.url);
    const headers = [...doc.querySelectorAll('table.rgMasterTable th.rgHeader')].map(text);
    expect(headers.slice(0, 6)).toEqual([
      'Mã TTHC',
      'Tên thủ tục hành chính',
      'Lĩnh vực',
      'Cấp thực hiện',
      'Thời hạn giải quyết',
      'Phí, lệ phí',
    ]);
    while (doc) {
      let group = '';
      const body = doc.querySelector('table.rgMasterTable > tbody')!;
      for (const tr of body.children) {
        if (tr.classList.contains('rgGroupHeader')) {
          group = text(tr).replace(/^Lĩnh vực: /, '');
          continue;
        }
        expect(tr.className).toMatch(/^rg(Alt)?Row$/);
        const values = [...tr.querySelectorAll('td')].map(text);
        expect(values[2]).toBe(group);
        seen.push(codeOf(values[0]!));
        cells.set(codeOf(values[0]!), values);
      }
      const next: string | null | undefined = doc.querySelector('a.rgPageNext')?.getAttribute('href');
      doc = next ? await getHtml(`${PROVINCIAL_LISTING_PATH}${next}`) : null;
    }
    expect(seen).toEqual(provincial.codes);
    const column = { name: 1, processingTime: 4, fees: 5, legalBasis: 6 } as const;
    for (const p of planted('changed', 'provincial')) {
      expect(cells.get(p.code)![column[p.field!]]).toBe(cleanText(p.actual!));
    }
    for (const p of planted('code-suffix', 'provincial')) expect(cells.get(p.code)![0]).toBe(p.rawCode);
    const raw = await (await fetch(new URL(provincial.url, sim.url))).text();
    expect(raw).toMatch(/&#2\d\d;/);
  });

  it('re-renders the listing in place through /jsp/rest.jsp when a pager link is clicked', async () => {
    const html = await (
      await fetch(new URL(`${NATIONAL_LISTING_PATH}?pageIndex=1&pageSize=20`, sim.url))
    ).text();
    const { window, document } = parseHTML(html);
    const location = {
      href: new URL(`${NATIONAL_LISTING_PATH}?pageIndex=1&pageSize=20`, sim.url).toString(),
    };
    const replaced: string[] = [];
    const win = Object.assign(window, {
      history: { replaceState: (_s: unknown, _t: string, u: string) => replaced.push(u) },
    });
    // Run the page's own inline script against this DOM, with real fetch to the simulator.
    new Function('window', 'document', 'location', 'fetch', 'URL', 'URLSearchParams', LISTING_SCRIPT)(
      win,
      document,
      location,
      fetch,
      URL,
      URLSearchParams,
    );
    const root = document.getElementById('tthcListing')!;
    const click = new window.Event('click', { bubbles: true, cancelable: true });
    document.querySelector('ul.pagination a.next')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(root.getAttribute('data-state')).toBe('loading');
    for (let i = 0; i < 200 && root.getAttribute('data-state') !== 'ready'; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(root.getAttribute('data-state')).toBe('ready');

    const server = await getHtml(`${NATIONAL_LISTING_PATH}?pageIndex=2&pageSize=20`);
    const rowsOf = (doc: { querySelectorAll(s: string): ArrayLike<Element> }) =>
      Array.from(doc.querySelectorAll('tbody#listTTHC tr.item-tthc')).map((tr) => [
        tr.getAttribute('data-ma-thu-tuc'),
        ...Array.from(tr.querySelectorAll('td')).map((td) => [
          td.getAttribute('data-title'),
          cleanText(td.textContent ?? ''),
        ]),
        tr.querySelector('a')!.getAttribute('href'),
      ]);
    expect(rowsOf(document)).toEqual(rowsOf(server));
    expect(rowsOf(document)).toHaveLength(20);
    const pager = (doc: { querySelectorAll(s: string): ArrayLike<Element> }) =>
      Array.from(doc.querySelectorAll('ul.pagination li')).map((li) => {
        const a = li.querySelector('a');
        return [
          li.className,
          a?.className ?? '',
          text(li),
          a ? new URL(a.getAttribute('href')!, sim.url).search : null,
        ];
      });
    const normalise = (items: ReturnType<typeof pager>) =>
      items.map(([cls, aCls, label, search]) => [
        cls,
        aCls,
        label,
        search && new URLSearchParams(search).toString(),
      ]);
    expect(normalise(pager(document))).toEqual(normalise(pager(server)));
    expect(replaced).toEqual([`${NATIONAL_LISTING_PATH}?pageIndex=2&pageSize=20`]);
  });

  it('keeps the inline pager rule in step with the server', () => {
    // The script carries its own copy of pagerWindow; evaluate it and compare.
    const source = /function pagerWindow[\s\S]*?return shown;\n {2}\}/.exec(LISTING_SCRIPT)![0];
    const scriptWindow = new Function(`${source}; return pagerWindow;`)() as typeof pagerWindow;
    for (const pages of [1, 2, 5, 9, 47]) {
      for (let current = 1; current <= pages; current++) {
        expect(scriptWindow(current, pages)).toEqual(pagerWindow(current, pages));
      }
    }
  });

  it('offers failures, delays and error routes for robustness tests', async () => {
    const url = new URL(`${NATIONAL_LISTING_PATH}?pageIndex=3&failFirst=2`, sim.url);
    expect((await fetch(url)).status).toBe(503);
    expect((await fetch(url)).status).toBe(503);
    expect((await fetch(url)).status).toBe(200);
    const byHeader = new URL(`${PROVINCIAL_LISTING_PATH}?page=2`, sim.url);
    expect((await fetch(byHeader, { headers: { 'x-sim-fail-first': '1' } })).status).toBe(503);
    expect((await fetch(byHeader, { headers: { 'x-sim-fail-first': '1' } })).status).toBe(200);
    const slow = await fetch(new URL(`${NATIONAL_LISTING_PATH}?delayMs=30`, sim.url));
    expect(slow.status).toBe(200);
    expect((await fetch(new URL('/sim/status/500', sim.url))).status).toBe(500);
    expect((await fetch(new URL('/sim/status/200', sim.url))).status).toBe(400);
  });

  it('answers bad routes and bad input with clear errors', async () => {
    expect((await fetch(new URL('/no/such/page', sim.url))).status).toBe(404);
    expect((await fetch(new URL(`${DECISION_PATH}?ma_quyet_dinh=1`, sim.url))).status).toBe(404);
    expect((await fetch(new URL(`${NATIONAL_SUMMARY_PATH}?ma_thu_tuc=9.999999`, sim.url))).status).toBe(404);
    const noId = await fetch(new URL(NATIONAL_DETAIL_PATH, sim.url));
    expect(noId.status).toBe(400);
    expect(await noId.text()).toMatch(/ma_thu_tuc/);
    const badSize = await fetch(new URL(`${NATIONAL_LISTING_PATH}?pageSize=100000`, sim.url));
    expect(badSize.status).toBe(400);
    expect(await badSize.text()).toMatch(/pageSize must be an integer from 1 to 5000/);
    expect((await fetch(new URL(REST_PATH, sim.url))).status).toBe(405);
    const notJson = await fetch(new URL(REST_PATH, sim.url), { method: 'POST', body: 'params={oops' });
    expect(notJson.status).toBe(400);
    const unknown = await rest({ service: 'no_such_service' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatch(/unknown service/);
  });

  it('serves the catalogue and the manifest it was started with', async () => {
    const catalogue = parseCatalogueSnapshot(
      await (await fetch(new URL('/sim/catalogue.json', sim.url))).json(),
    );
    expect(catalogue.hash).toBe(sim.catalogue.hash);
    const manifest = await (await fetch(new URL('/sim/manifest.json', sim.url))).json();
    expect(manifest).toEqual(sim.manifest);
    expect(manifest.baseUrl).toBe(sim.url);
  });
});
