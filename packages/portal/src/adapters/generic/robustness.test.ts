import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { asDomDocument } from '../../dom/as-dom-document';
import {
  bootstrapTablePage,
  groupedGridPage,
  sampleLayoutRows,
  telerikRadGridPage,
} from '../../testing/layouts/index';
import { GENERIC_REASONS, genericAdapter, readGenericListing } from './index';

const URL_ = new URL('https://tthc.tinh.gov.vn/danh-muc');

function documentOf(html: string): Document {
  return asDomDocument(parseHTML(html).document);
}

function pageOf(html: string) {
  const result = readGenericListing(documentOf(html), URL_);
  if (!result.page) throw new Error(`not read: ${result.reason}`);
  return result.page;
}

const HEADER = '<thead><tr><th>STT</th><th>Mã TTHC</th><th>Tên thủ tục</th><th>Lĩnh vực</th></tr></thead>';

describe('generic reader: broken and hostile pages', () => {
  it('reads nothing from an empty document, with a reason', () => {
    expect(readGenericListing(documentOf(''), URL_)).toEqual({
      page: null,
      reason: GENERIC_REASONS.emptyPage,
    });
    expect(readGenericListing(documentOf('<html><body></body></html>'), URL_)).toEqual({
      page: null,
      reason: GENERIC_REASONS.noListing,
    });
  });

  it('says why when a table has no recognisable header', () => {
    const html =
      '<table><tr><th>Cột 1</th><th>Cột 2</th></tr><tr><td>a</td><td>Đăng ký khai sinh</td></tr></table>';
    const result = readGenericListing(documentOf(html), URL_);
    expect(result.page).toBeNull();
    expect(result.reason).toBe(GENERIC_REASONS.unrecognisedTables(1));
    expect(result.reason).toContain('không nhận ra tiêu đề cột');
    expect(genericAdapter.read(documentOf(html), URL_)).toBeNull();
  });

  it('reads what there is of truncated HTML', () => {
    const html = `<html><body><table>${HEADER}<tbody><tr><td>1</td><td>1.004227</td><td>Đăng ký khai sinh</td><td>Hộ tịch</td></tr><tr><td>2</td><td>1.000656</td><td>Đăng ký kết h`;
    const page = pageOf(html);
    expect(page.rows.map((r) => [r.code, r.name])).toEqual([
      ['1.004227', 'Đăng ký khai sinh'],
      ['1.000656', 'Đăng ký kết h'],
    ]);
  });

  it('keeps hostile markup in names as literal text and evaluates nothing', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const escaped = '&lt;img src=x onerror=alert(1)&gt;';
    const html = `<table>${HEADER}<tbody>
      <tr><td>1</td><td>1.004227</td><td><a href="javascript:alert(1)">${escaped} Đăng ký</a></td><td>Hộ&nbsp;tịch<script>document.title='x'</script></td></tr>
    </tbody></table>`;
    const page = pageOf(html);
    expect(page.rows[0]!.name).toBe(`${hostile} Đăng ký`);
    // A script link is not a detail page; script text is not cell text.
    expect(page.rows[0]!.detailUrl).toBeNull();
    expect(page.rows[0]!.field).toBe('Hộ tịch');
  });

  it('reads entity-encoded, NFD and NBSP text as clean NFC text', () => {
    const html = `<table>${HEADER}<tbody><tr><td>1</td><td>&nbsp;1.004227&nbsp;</td><td>Đăng k&yacute; khai&nbsp;&nbsp;sinh</td><td>${'Hộ tịch'.normalize('NFD')}</td></tr></tbody></table>`;
    expect(pageOf(html).rows[0]).toMatchObject({
      code: '1.004227',
      name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
    });
  });

  it('maps headers diacritic- and case-insensitively, in the first row, with colspan', () => {
    const html = `<table><tr><td>STT</td><td colspan="2">TEN THU TUC HANH CHINH</td><td>Linh vuc</td><td>Ma so TTHC</td></tr>
      <tr><td>1</td><td>Đăng ký khai sinh</td><td>(có liên thông)</td><td>Hộ tịch</td><td>1.004227</td></tr></table>`;
    expect(pageOf(html).rows[0]).toMatchObject({
      code: '1.004227',
      name: 'Đăng ký khai sinh (có liên thông)',
      field: 'Hộ tịch',
    });
  });

  it('takes field and level from rowspan cells and group rows, and skips empty, header and pager rows', () => {
    const html = `<table id="ds"><thead><tr><th>STT</th><th>Tên TTHC</th><th>Lĩnh vực</th><th>Cấp thực hiện</th></tr></thead><tbody>
      <tr><td colspan="4">A. Cấp tỉnh</td></tr>
      <tr><td>1</td><td>Thủ tục một (1.000001)</td><td rowspan="2">Hộ tịch</td><td></td></tr>
      <tr><td>2</td><td>Thủ tục hai [1.000002]</td><td></td></tr>
      <tr><td></td><td></td><td></td><td></td></tr>
      <tr><th>STT</th><th>Tên TTHC</th><th>Lĩnh vực</th><th>Cấp thực hiện</th></tr>
      <tr><td colspan="4">Lĩnh vực: Chứng thực</td></tr>
      <tr><td>3</td><td>1.000003 - Thủ tục ba</td><td></td><td>Cấp Xã</td></tr>
      <tr class="pager"><td colspan="4"><a href="?page=1">1</a> <a href="?page=2">2</a></td></tr>
      <tr><td colspan="4">« 1 2 3 »</td></tr>
    </tbody></table>`;
    const page = pageOf(html);
    expect(page.rows.map((r) => ({ code: r.code, name: r.name, field: r.field, levels: r.levels }))).toEqual([
      { code: '1.000001', name: 'Thủ tục một', field: 'Hộ tịch', levels: ['province'] },
      { code: '1.000002', name: 'Thủ tục hai', field: 'Hộ tịch', levels: ['province'] },
      // "Lĩnh vực: Chứng thực" replaced the field; the level column wins over the group.
      { code: '1.000003', name: 'Thủ tục ba', field: 'Chứng thực', levels: ['commune'] },
    ]);
    expect(page.rows.map((r) => r.elementIndex)).toEqual([1, 2, 6]);
    expect(page.rowSelector).toBe('table#ds > tbody > tr, table#ds > tr');
    expect(page.nextPageUrl).toBe('https://tthc.tinh.gov.vn/danh-muc?page=2');
  });

  it('reads responsive tables labelled by data-title, and legal basis lines', () => {
    const html = `<table class="table-result"><tbody>
      <tr><td data-title="Mã thủ tục">2.000815</td><td data-title="Tên thủ tục">Chứng thực bản sao</td><td data-title="Căn cứ pháp lý">Nghị định 23/2015/NĐ-CP<br>Thông tư 01/2020/TT-BTP; Luật Hộ tịch</td><td data-title="Phí, lệ phí">2.000 đồng/trang</td></tr>
    </tbody></table>`;
    expect(pageOf(html).rows[0]).toMatchObject({
      code: '2.000815',
      name: 'Chứng thực bản sao',
      legalBasis: ['Nghị định 23/2015/NĐ-CP', 'Thông tư 01/2020/TT-BTP', 'Luật Hộ tịch'],
      fees: '2.000 đồng/trang',
    });
  });

  it('picks the listing among layout tables and ignores navigation lists', () => {
    const listing = `<table>${HEADER}<tbody><tr><td>1</td><td>1.004227</td><td>Đăng ký khai sinh</td><td>Hộ tịch</td></tr></tbody></table>`;
    const html = `<table id="layout"><tr><td><ul class="menu"><li><a href="/dang-ky">Đăng ký tài khoản</a></li><li><a href="/tt">Thủ tục hành chính</a></li></ul></td><td>${listing}</td></tr></table>`;
    const document = documentOf(html);
    const page = readGenericListing(document, URL_).page!;
    expect(page.rows.map((r) => r.name)).toEqual(['Đăng ký khai sinh']);
    // The selector reaches the inner table's rows only, by a path from the nearest id.
    expect(page.rowSelector).toMatch(/^#layout > /);
    const selected = document.querySelectorAll(page.rowSelector!);
    expect(selected).toHaveLength(1);
    expect(selected[page.rows[0]!.elementIndex!]!.textContent).toContain('1.004227');
  });

  it('reads a 50,000-row listing whole', () => {
    const rows = sampleLayoutRows(50_000);
    const page = pageOf(bootstrapTablePage(rows));
    expect(page.rows).toHaveLength(50_000);
    expect(page.rows[49_999]).toMatchObject({ name: rows[49_999]!.name, elementIndex: 49_999 });
  }, 120_000); // parsing 50,000 rows with linkedom alone takes seconds on a loaded machine

  it('clamps hostile spans instead of building huge grids', () => {
    const html = `<table>${HEADER}<tbody><tr><td colspan="100000" rowspan="100000">1</td><td>1.004227</td><td>Đăng ký khai sinh</td><td>Hộ tịch</td></tr><tr><td>2</td><td>1.000656</td><td>Đăng ký kết hôn</td><td>Hộ tịch</td></tr></tbody></table>`;
    expect(() => readGenericListing(documentOf(html), URL_)).not.toThrow();
  });

  it('works on happy-dom too (any DOM)', () => {
    const rows = sampleLayoutRows(12);
    for (const html of [
      bootstrapTablePage(rows),
      groupedGridPage(rows),
      telerikRadGridPage(rows, { pageCount: 2 }),
    ]) {
      const window = new Window({ url: URL_.href });
      window.document.write(html);
      const document = asDomDocument(window.document);
      const result = readGenericListing(document, URL_);
      expect(result.page?.rows.map((r) => r.name)).toEqual(rows.map((r) => r.name));
      // In a browser-like DOM the parser inserts <tbody>: the selector still finds the rows.
      const elements = document.querySelectorAll(result.page!.rowSelector!);
      for (const row of result.page!.rows)
        expect(elements[row.elementIndex!]!.textContent).toContain(row.name);
      window.close();
    }
  });
});
