// @vitest-environment happy-dom

import {
  type AbolishedProcedure,
  auditRows,
  indexCatalogue,
  makeProcedureFields,
  type ProcedureVersion,
} from '@niemyet/core';
import { type ListingPage, listingRowAuditInput, readPage } from '@niemyet/portal';
import {
  cardListPage,
  nationalListingPage,
  sampleLayoutRows,
  telerikRadGridPage,
} from '@niemyet/portal/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { pageVerdicts } from '../messaging/row-verdict';
import { unpackRows, WireRowsSchema } from '../messaging/row-wire';
import { badgeContent, badgeLabel, badgeOf, STATUS_ATTRIBUTE } from './mark-page';
import { PageAuditor, type SendCommand } from './page-auditor';
import { pillContent } from './summary-pill';

/**
 * The content script's marking on the hand-built portal layouts, in happy-dom: a real read
 * with the portal adapters, a real audit (in place of the background) against a catalogue
 * made from what the page shows — with three rows altered: the first row's catalogue name
 * differs (changed), the second is abolished, the third is not in the catalogue.
 */

const URL_BASE = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html';

function load(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceChildren(
    ...Array.from(parsed.head.childNodes).map((n) => document.importNode(n, true)),
  );
  document.body.replaceWith(document.importNode(parsed.body, true));
}

function catalogueFor(listing: ListingPage) {
  const active = new Map<string, ProcedureVersion>();
  const abolished: AbolishedProcedure[] = [];
  listing.rows.forEach((row, i) => {
    if (!row.code || i === 2) return;
    const fields = makeProcedureFields({
      code: row.code,
      name: i === 0 ? `${row.name} và cấp lại` : row.name,
      levels: row.levels ?? [],
      field: row.field ?? null,
      agency: row.agency ?? null,
      ...(row.onlineService ? { onlineService: row.onlineService } : {}),
      ...(row.processingTime ? { processingTime: row.processingTime } : {}),
      ...(row.fees ? { fees: row.fees } : {}),
    });
    if (i === 1) {
      abolished.push({
        procedureId: row.code,
        code: row.code,
        name: row.name,
        levels: row.levels ?? [],
        abolishedOn: '2024-06-01',
        decisionId: 'qd-2',
        decisionNumber: '2/QĐ-UBND',
      });
      return;
    }
    active.set(row.code, {
      ...fields,
      procedureId: row.code,
      effectiveFrom: '2024-01-01',
      effectiveTo: null,
      decisionId: 'qd-1',
    });
  });
  return indexCatalogue({ asOf: '2025-01-01', active: [...active.values()], upcoming: [], abolished });
}

interface Harness {
  auditor: PageAuditor;
  sent: string[];
  /** How many rows each `preview-audit` carried. */
  previewed: number[];
}

let current: PageAuditor | null = null;

function harness(url: string, options: { catalogue?: boolean } = {}): Harness {
  const first = readPage(document, url);
  if (first.adapterId === null || first.reading.kind !== 'listing') throw new Error('layout not read');
  const index = catalogueFor(first.reading);
  const sent: string[] = [];
  const previewed: number[] = [];
  const send = (async (type: string, payload: Record<string, unknown>) => {
    sent.push(type);
    if (type === 'audit-page' || type === 'preview-audit') {
      if (options.catalogue === false) return { ok: true, value: { kind: 'no-catalogue' } };
      // What the background does: unpack the rows, audit them, pack the verdicts.
      const rows = unpackRows(WireRowsSchema.parse(payload.rows));
      const result = auditRows(
        rows.map((r) => listingRowAuditInput(r, url)),
        index,
        { at: '2025-03-01T00:00:00.000Z', url },
      );
      if (type === 'preview-audit') {
        previewed.push(rows.length);
        return { ok: true, value: { kind: 'audited', verdicts: pageVerdicts(result.findings) } };
      }
      return {
        ok: true,
        value: {
          kind: 'audited',
          auditId: 'a1',
          catalogueHash: 'h',
          asOf: result.asOf,
          summary: result.summary,
          verdicts: pageVerdicts(result.findings),
        },
      };
    }
    return { ok: true, value: { recorded: true, openedIn: 'tab' } };
  }) as unknown as SendCommand;
  const auditor = new PageAuditor({
    document,
    url: () => url,
    readPage: (doc, u) => readPage(doc, u),
    send,
    locale: async () => 'vi',
    debounceMs: 10,
  });
  current = auditor;
  return { auditor, sent, previewed };
}

afterEach(() => {
  current?.stop();
  current = null;
});

function statuses(selector: string): (string | null)[] {
  return Array.from(document.querySelectorAll(selector)).map((r) => r.getAttribute(STATUS_ATTRIBUTE));
}

const LAYOUTS: [string, () => string, string, string][] = [
  ['national listing', () => nationalListingPage(sampleLayoutRows(12)), URL_BASE, 'tr.item-tthc'],
  [
    'Telerik RadGrid (grouped)',
    () => telerikRadGridPage(sampleLayoutRows(12)),
    'https://dichvucong.hoabinh.gov.vn/tthc/danh-sach.aspx',
    'tr.rgRow, tr.rgAltRow',
  ],
  [
    'card list',
    () => cardListPage(sampleLayoutRows(12)),
    'https://dvc.example.gov.vn/thu-tuc',
    '[data-niemyet-status]',
  ],
];

describe('content script marking on portal layouts', () => {
  for (const [name, page, url, rowSelector] of LAYOUTS) {
    it(`marks every row of the ${name} in place, with a badge in a closed shadow root`, async () => {
      load(page());
      const { auditor, sent } = harness(url);
      const state = await auditor.start();
      expect(state.kind).toBe('audited');
      expect(sent).toEqual(['audit-page']);
      const marked = statuses(rowSelector);
      expect(marked.slice(0, 3)).toEqual(['changed', 'abolished', 'unknown']);
      expect(marked.slice(3)).toEqual(Array(9).fill('match'));
      if (state.kind === 'audited')
        expect(state.counts).toMatchObject({ match: 9, changed: 1, abolished: 1, unknown: 1 });
      const first = document.querySelector(`[${STATUS_ATTRIBUTE}="changed"]`)!;
      // Closed: the page cannot reach into the badge (only we hold its label).
      expect(badgeOf(first)).not.toBeNull();
      expect(badgeOf(first)!.shadowRoot).toBeNull();
      expect(badgeContent(first)).toEqual({
        text: '≠ Khác',
        title: 'Khác danh mục: Tên thủ tục',
        status: 'changed',
      });
      // Table rows hold the badge in a cell, never directly in the <tr>.
      if (first.tagName === 'TR') expect(badgeOf(first)!.parentElement!.tagName).toBe('TD');
      // Reading the page again reads the same rows: the badges add no text to the page.
      const again = readPage(document, url);
      expect(
        again.adapterId !== null && again.reading.kind === 'listing' && again.reading.rows.map((r) => r.text),
      ).toEqual(
        (() => {
          load(page());
          const fresh = readPage(document, url);
          return (
            fresh.adapterId !== null &&
            fresh.reading.kind === 'listing' &&
            fresh.reading.rows.map((r) => r.text)
          );
        })(),
      );
    });
  }

  it('shows a summary pill with the counts, in a closed shadow root', async () => {
    load(nationalListingPage(sampleLayoutRows(12)));
    const { auditor } = harness(URL_BASE);
    await auditor.start();
    const pill = document.querySelector('[data-niemyet-ui="pill"]');
    expect(pill).not.toBeNull();
    expect(pill!.shadowRoot).toBeNull();
    const chips = Array.from(pillContent(document)?.querySelectorAll('[data-status]') ?? []).map(
      (c) => `${(c as HTMLElement).dataset.status}:${c.textContent}`,
    );
    expect(chips).toEqual(['match:✓ 9', 'changed:≠ 1', 'abolished:✕ 1', 'unknown:? 1']);
  });

  it('audits the rows in view first, then the whole page, whose marks it ends with', async () => {
    load(nationalListingPage(sampleLayoutRows(300)));
    // A 600 px window over rows of 30 px (happy-dom lays nothing out): rows 0–19 in view.
    const rows = Array.from(document.querySelectorAll('tr.item-tthc'));
    rows.forEach((row, i) => {
      row.getBoundingClientRect = () => ({ top: i * 30, bottom: i * 30 + 30, height: 30 }) as DOMRect;
    });
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: 600 });
    try {
      const { auditor, sent, previewed } = harness(URL_BASE);
      const state = await auditor.start();
      await auditor.settled();
      // The rows in view and a screen below them (40) first, then all 300.
      expect(sent.filter((t) => t.endsWith('audit') || t === 'audit-page')).toEqual([
        'preview-audit',
        'audit-page',
      ]);
      expect(previewed).toEqual([40]);
      expect(state.kind === 'audited' && state.counts).toMatchObject({
        changed: 1,
        abolished: 1,
        unknown: 1,
      });
      expect(rows.every((row) => row.hasAttribute(STATUS_ATTRIBUTE))).toBe(true);
      expect(rows.every((row) => badgeOf(row) !== null)).toBe(true);
      expect(
        rows.map((row) => row.querySelectorAll('[data-niemyet-ui="badge"]').length).every((n) => n === 1),
      ).toBe(true);
      expect(badgeContent(rows[0]!)?.status).toBe('changed');
    } finally {
      Reflect.deleteProperty(window, 'innerHeight');
    }
  });

  it('re-reads when the listing changes without a navigation, and ignores its own badges', async () => {
    load(nationalListingPage(sampleLayoutRows(12)));
    const { auditor } = harness(URL_BASE);
    await auditor.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Our own writes (badges, pill) queued mutation records: none may trigger a read.
    expect(auditor.reads).toBe(1);

    // AJAX paging: the page replaces the rows of the table body.
    const tbody = document.getElementById('listTTHC')!;
    const rows = Array.from(tbody.querySelectorAll('tr'));
    tbody.replaceChildren(...rows.slice(3).map((r) => r.cloneNode(true) as Element));
    for (const row of Array.from(tbody.querySelectorAll('tr'))) {
      row.removeAttribute(STATUS_ATTRIBUTE);
      for (const badge of Array.from(row.querySelectorAll('[data-niemyet-ui]'))) badge.remove();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    await auditor.settled();
    expect(auditor.reads).toBe(2);
    expect(statuses('tr.item-tthc')).toEqual(Array(9).fill('match'));
    expect(document.querySelectorAll('[data-niemyet-ui="badge"]')).toHaveLength(9);

    // A change outside the listing is not the listing's business.
    document.body.appendChild(document.createElement('aside')).textContent = 'Tin tức';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(auditor.reads).toBe(2);
  });

  describe('a page that undoes our marks is read, audited and marked again', () => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

    async function marked() {
      load(nationalListingPage(sampleLayoutRows(12)));
      const { auditor } = harness(URL_BASE);
      await auditor.start();
      await pause();
      expect(auditor.reads).toBe(1);
      return { auditor, rows: () => Array.from(document.querySelectorAll('tr.item-tthc')) };
    }

    it('puts back a badge the page removed', async () => {
      const { auditor, rows } = await marked();
      badgeOf(rows()[0]!)!.remove();
      await pause();
      await auditor.settled();
      expect(auditor.reads).toBe(2);
      expect(badgeContent(rows()[0]!)?.status).toBe('changed');
    });

    it('rewrites a status the page changed, and replaces a badge it restyled or forged', async () => {
      const { auditor, rows } = await marked();
      const [changed, abolished, , matching] = rows();
      changed!.setAttribute(STATUS_ATTRIBUTE, 'match');
      const host = badgeOf(abolished!)!;
      host.setAttribute('style', 'display:none !important');
      // A forged badge: the page's own element claiming to be ours, in a matching row.
      const forged = document.createElement('span');
      forged.setAttribute('data-niemyet-ui', 'badge');
      forged.textContent = '✓ Khớp';
      matching!.querySelector('td')!.appendChild(forged);
      await pause();
      await auditor.settled();
      expect(auditor.reads).toBe(2);
      expect(changed!.getAttribute(STATUS_ATTRIBUTE)).toBe('changed');
      expect(host.isConnected).toBe(false);
      expect(badgeOf(abolished!)!.getAttribute('style') ?? '').not.toContain('display:none');
      expect(badgeContent(abolished!)?.status).toBe('abolished');
      expect(forged.isConnected).toBe(false);
      expect(matching!.querySelectorAll('[data-niemyet-ui="badge"]')).toHaveLength(1);
      // Our own rewrites queued records too: they do not start another read.
      await pause();
      expect(auditor.reads).toBe(2);
    });

    it("audits the row's current text, whatever the page kept equal (element, code, badge)", async () => {
      const { auditor, rows } = await marked();
      const [changed, , , matching] = rows();
      // The portal edits names in place: same elements, same codes, same badges.
      const nameLink = (row: Element) =>
        Array.from(row.querySelectorAll('a')).find((a) => (a.textContent ?? '').length > 10)!;
      const wanted = `${nameLink(changed!).textContent} và cấp lại`;
      nameLink(changed!).firstChild!.nodeValue = wanted;
      nameLink(matching!).firstChild!.nodeValue = 'Thủ tục khác hẳn';
      await pause();
      await auditor.settled();
      expect(auditor.reads).toBe(2);
      expect(changed!.getAttribute(STATUS_ATTRIBUTE)).toBe('match');
      expect(badgeContent(changed!)?.status).toBe('match');
      expect(matching!.getAttribute(STATUS_ATTRIBUTE)).toBe('changed');
      expect(badgeContent(matching!)?.status).toBe('changed');
    });
  });

  it('keeps hostile names as text: no markup from the page reaches the badge or the pill', async () => {
    const rows = sampleLayoutRows(12);
    rows[0] = { ...rows[0]!, name: '<img src=x onerror="alert(1)">Đăng ký <b>khai sinh</b>' };
    load(nationalListingPage(rows));
    const { auditor } = harness(URL_BASE);
    await auditor.start();
    expect(document.querySelectorAll('img')).toHaveLength(0);
    const first = document.querySelector('tr.item-tthc')!;
    expect(first.getAttribute(STATUS_ATTRIBUTE)).toBe('changed');
    expect(badgeLabel(first)!.querySelectorAll('img, b')).toHaveLength(0);
  });

  it('with no catalogue marks nothing and says so in the pill', async () => {
    load(nationalListingPage(sampleLayoutRows(5)));
    const { auditor } = harness(URL_BASE, { catalogue: false });
    expect((await auditor.start()).kind).toBe('no-catalogue');
    expect(document.querySelectorAll(`[${STATUS_ATTRIBUTE}]`)).toHaveLength(0);
    expect(pillContent(document)!.textContent).toContain('Chưa có danh mục để đối chiếu');
  });

  it('reports a page no adapter understands, once, and marks nothing', async () => {
    load('<!doctype html><html><body><h1>Tin tức</h1><p>Không có danh sách.</p></body></html>');
    const sent: string[] = [];
    const auditor = new PageAuditor({
      document,
      url: () => 'https://dichvucong.gov.vn/p/home/tin-tuc.html',
      readPage: (doc, u) => readPage(doc, u),
      send: (async (type: string) => {
        sent.push(type);
        return { ok: true, value: { recorded: true } };
      }) as unknown as SendCommand,
      locale: async () => 'vi',
      debounceMs: 5,
    });
    current = auditor;
    const state = await auditor.start();
    expect(state.kind).toBe('no-adapter');
    await auditor.refresh();
    expect(sent).toEqual(['report-page']);
    expect(document.querySelector('[data-niemyet-ui]')).toBeNull();
  });
});
