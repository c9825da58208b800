import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { asDomDocument } from '../../dom/as-dom-document';
import {
  bootstrapTablePage,
  cardListPage,
  groupedGridPage,
  type LayoutOptions,
  type LayoutRow,
  LEVEL_KEYS,
  linkCodeTablePage,
  sampleLayoutRows,
  telerikRadGridPage,
} from '../../testing/layouts/index';
import type { ListingPage } from '../../types';
import { readGenericListing } from './index';

const PAGE_URL = new URL('https://dichvucong.example.gov.vn/thu-tuc/danh-sach?linhvuc=0');

function documentOf(html: string): Document {
  return asDomDocument(parseHTML(html).document);
}

function read(html: string, url: URL = PAGE_URL): { page: ListingPage; document: Document } {
  const document = documentOf(html);
  const result = readGenericListing(document, url);
  if (!result.page) throw new Error(`not read: ${result.reason}`);
  return { page: result.page, document };
}

/** The canonical code of a shown code ("1.004227.H19" → "1.004227"). */
function canonical(code: string | null): string | null {
  return code === null ? null : code.slice(0, 8);
}

/** Every row is there, in order, with its code, name, field and level; its element is findable. */
function expectRows(
  page: ListingPage,
  document: Document,
  rows: LayoutRow[],
  expect_: { field: boolean; level: boolean },
) {
  expect(page.rows.map((r) => r.name)).toEqual(rows.map((r) => r.name));
  expect(page.rows.map((r) => r.code)).toEqual(rows.map((r) => canonical(r.code)));
  expect(page.rows.map((r) => r.rawCode)).toEqual(rows.map((r) => r.code));
  if (expect_.field) expect(page.rows.map((r) => r.field)).toEqual(rows.map((r) => r.field));
  if (expect_.level) expect(page.rows.map((r) => r.levels)).toEqual(rows.map((r) => [LEVEL_KEYS[r.level]]));
  expect(page.rowSelector).not.toBeNull();
  const elements = document.querySelectorAll(page.rowSelector!);
  for (const row of page.rows) {
    expect(row.elementIndex).toBeTypeOf('number');
    const element = elements[row.elementIndex!]!;
    expect(element.textContent?.normalize('NFC')).toContain(row.name);
  }
  // Indices are distinct and increasing: the extension marks rows in page order.
  const indices = page.rows.map((r) => r.elementIndex!);
  expect(indices).toEqual([...indices].sort((a, b) => a - b));
  expect(new Set(indices).size).toBe(indices.length);
}

const rows = sampleLayoutRows(24);
const encodings: NonNullable<LayoutOptions['encoding']>[] = ['plain', 'entities', 'nfd'];

describe('generic reader on the hand-built layouts', () => {
  describe.each(encodings)('text written as %s', (encoding) => {
    it('(a) bootstrap table with a code column', () => {
      const { page, document } = read(
        bootstrapTablePage(rows, { page: 2, pageCount: 5, total: 1234, encoding }),
      );
      expectRows(page, document, rows, { field: true, level: true });
      expect(page.rows.map((r) => r.onlineService)).toEqual(rows.map((r) => r.onlineService));
      expect(page.rows[0]!.detailUrl).toBe(
        `https://dichvucong.example.gov.vn/thu-tuc-hanh-chinh/chi-tiet?id=${rows[0]!.portalId}`,
      );
      expect(page.rows[0]!.portalId).toBe(rows[0]!.portalId);
      expect(page.total).toBe(1234);
      expect(page.nextPageUrl).toBe('https://dichvucong.example.gov.vn/thu-tuc/danh-sach?page=3');
      expect(page.rowSelector).toBe('table#tblThuTuc > tbody > tr, table#tblThuTuc > tr');
    });

    it('(b) table without a code column: codes in links and in brackets', () => {
      const { page, document } = read(linkCodeTablePage(rows, { pageCount: 2, encoding }));
      expectRows(page, document, rows, { field: true, level: false });
      expect(page.rows.map((r) => r.agency)).toEqual(rows.map((r) => r.agency));
      expect(page.rows.map((r) => r.processingTime)).toEqual(rows.map((r) => r.processingTime));
      expect(page.rows.map((r) => r.fees)).toEqual(rows.map((r) => r.fees));
      // The layout shows no level: the rows say nothing about it (rather than "no level").
      expect(page.rows.every((r) => r.levels === undefined)).toBe(true);
      // Row 4 has no link: its code came out of the name, and the name lost it.
      expect(page.rows[3]!.detailUrl).toBeNull();
      expect(page.rows[1]!.detailUrl).toBe(`https://dichvucong.example.gov.vn/thu-tuc/${rows[1]!.code}`);
      expect(page.nextPageUrl).toBe('https://dichvucong.example.gov.vn/thu-tuc/danh-sach.html?pageIndex=2');
      expect(page.total).toBeNull();
    });

    it('(c) card list with label–value lines', () => {
      const { page, document } = read(cardListPage(rows, { pageCount: 3, total: 71, encoding }));
      expectRows(page, document, rows, { field: true, level: true });
      expect(page.rows.map((r) => r.onlineService)).toEqual(rows.map((r) => r.onlineService));
      expect(page.rowSelector).toBe('div#dsThuTuc > div.item-tthc');
      expect(page.total).toBe(71);
      expect(page.nextPageUrl).toBe('https://dichvucong.example.gov.vn/tthc?trang=2');
    });

    it('(d) grid with level and field group rows, repeated headers and a footer row', () => {
      const { page, document } = read(
        groupedGridPage(rows, { repeatHeaderEvery: 7, pageCount: 4, encoding }),
      );
      expectRows(page, document, rows, { field: true, level: true });
      // "Toàn trình" | "Một phần" tick columns under a spanning header.
      expect(page.rows.map((r) => r.onlineService)).toEqual(rows.map((r) => r.onlineService));
      expect(page.total).toBe(rows.length);
      expect(page.nextPageUrl).toBe('https://dichvucong.example.gov.vn/thu-tuc/danh-sach?page=2');
    });

    it('(e) DNN/Telerik RadGrid grouped by field, paging by postback', () => {
      const { page, document } = read(telerikRadGridPage(rows, { pageCount: 3, total: 60, encoding }));
      expectRows(page, document, rows, { field: true, level: true });
      expect(page.rows.map((r) => r.onlineService)).toEqual(rows.map((r) => r.onlineService));
      expect(page.rows[0]!.portalId).toBe(rows[0]!.portalId);
      expect(page.nextPageUrl).toBeNull();
      expect(page.scope.pager).toBe('postback');
      expect(page.total).toBe(60);
      expect(page.rowSelector).toBe(
        'table#dnn_ctr1043_ViewTTHC_grdThuTuc_ctl00 > tbody > tr, table#dnn_ctr1043_ViewTTHC_grdThuTuc_ctl00 > tr',
      );
    });
  });

  it('(e) RadGrid with a javascript:__doPostBack next link', () => {
    const { page } = read(telerikRadGridPage(rows, { pageCount: 3, nextStyle: 'link' }));
    expect(page.nextPageUrl).toBeNull();
    expect(page.scope.pager).toBe('postback');
  });

  it('sees the last page as last on every layout', () => {
    const last = { page: 3, pageCount: 3 };
    for (const html of [
      bootstrapTablePage(rows, last),
      linkCodeTablePage(rows, last),
      cardListPage(rows, last),
      groupedGridPage(rows, last),
    ]) {
      const { page } = read(
        html,
        new URL('https://dichvucong.example.gov.vn/thu-tuc/danh-sach?page=3&pageIndex=3'),
      );
      expect(page.nextPageUrl).toBeNull();
      expect(page.scope.pager).toBeUndefined();
    }
    for (const nextStyle of ['input', 'link'] as const) {
      const { page } = read(telerikRadGridPage(rows, { ...last, nextStyle }));
      expect(page.nextPageUrl).toBeNull();
      expect(page.scope.pager).toBeUndefined();
    }
  });

  it('reads a row without a code as code null, keeping the name', () => {
    const withoutCode = rows.map((r, i) => (i === 2 ? { ...r, code: null } : r));
    for (const html of [
      bootstrapTablePage(withoutCode),
      groupedGridPage(withoutCode),
      telerikRadGridPage(withoutCode),
    ]) {
      const { page } = read(html);
      expect(page.rows[2]).toMatchObject({ code: null, rawCode: null, name: rows[2]!.name });
      expect(page.rows).toHaveLength(rows.length);
    }
  });
});
