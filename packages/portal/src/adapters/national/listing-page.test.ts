import { describe, expect, it } from 'vitest';
import { DOMS, linkedomDocument } from '../../dom/test-documents';
import { LISTING_ROW_SELECTOR, readListingPage } from './listing-page';

/** A listing page as /tmp/national-listing-spec.md describes it, with the real pages' mess. */
function listingHtml(options: { pagination?: string; total?: string } = {}): string {
  const nfd = (s: string) => s.normalize('NFD');
  const pagination =
    options.pagination ??
    `<li><a href="?pageIndex=1&amp;pageSize=50">1</a></li>
     <li class="active"><a href="?pageIndex=2&amp;pageSize=50">2</a></li>
     <li><a class="next" rel="next" href="?pageIndex=3&amp;pageSize=50">&raquo;</a></li>`;
  return `<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body>
  <div class="content" id="tthcListing">
    <p class="result-count">T&igrave;m thấy <strong>${options.total ?? '2.507'}</strong> thủ tục</p>
    <table class="table table-result">
      <thead><tr><th>STT</th><th>M&atilde; thủ tục</th><th>T&ecirc;n thủ tục</th><th>Lĩnh vực</th><th>Cấp thực hiện</th><th>Cơ quan thực hiện</th></tr></thead>
      <tbody id="listTTHC">
        <tr class="item-tthc" data-ma-thu-tuc="1.004227">
          <td data-title="STT">51</td>
          <td data-title="M&atilde; thủ tục">1.004227</td>
          <td data-title="T&ecirc;n thủ tục"><a href="dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.004227">Đăng k&yacute;
              khai sinh</a></td>
          <td data-title="Lĩnh vực">${nfd('Hộ tịch')}</td>
          <td data-title="Cấp thực hiện">Cấp&nbsp;X&atilde;</td>
          <td data-title="Cơ quan thực hiện">Ủy ban Nh&acirc;n d&acirc;n x&atilde;, phường, thị trấn</td>
        </tr>
        <tr class="item-tthc" data-ma-thu-tuc="">
          <td data-title="STT">52</td>
          <td data-title="M&atilde; thủ tục">1.012753.H19</td>
          <td data-title="T&ecirc;n thủ tục"><a href="dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=8821">${nfd('Cấp giấy phép xây dựng')}</a></td>
          <td data-title="Lĩnh vực">Hoạt động x&acirc;y dựng</td>
          <td data-title="Cấp thực hiện">Cấp Tỉnh, Cấp Huyện</td>
          <td data-title="Cơ quan thực hiện">Sở X&acirc;y dựng</td>
        </tr>
        <tr class="item-tthc"><td colspan="6"></td></tr>
        <tr class="item-tthc">
          <td>54</td><td>Không có mã số</td><td>Thủ tục chưa có m&atilde;</td><td></td><td>Cấp Xã</td><td></td>
        </tr>
      </tbody>
    </table>
    <ul class="pagination">${pagination}</ul>
  </div></body></html>`;
}

const PAGE_URL =
  'https://thutuc.dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=2&pageSize=50&level=province';

describe.each(DOMS)('national listing page ($name)', ({ parse }) => {
  it('reads every row with its element index, code, name, field, levels and agency', async () => {
    const { document, close } = parse(listingHtml(), PAGE_URL);
    const page = readListingPage(document, new URL(PAGE_URL));
    const elements = document.querySelectorAll(LISTING_ROW_SELECTOR);
    await close();
    expect(page?.rowSelector).toBe(LISTING_ROW_SELECTOR);
    expect(elements).toHaveLength(4);
    expect(page?.rows.map((r) => r.elementIndex)).toEqual([0, 1, 3]);
    expect(page?.rows[0]).toEqual({
      code: '1.004227',
      rawCode: '1.004227',
      name: 'Đăng ký khai sinh',
      levels: ['commune'],
      field: 'Hộ tịch',
      agency: 'Ủy ban Nhân dân xã, phường, thị trấn',
      detailUrl:
        'https://thutuc.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.004227',
      portalId: null,
      text: '51 | 1.004227 | Đăng ký khai sinh | Hộ tịch | Cấp Xã | Ủy ban Nhân dân xã, phường, thị trấn',
      elementIndex: 0,
    });
    expect(page?.rows[1]).toMatchObject({
      code: '1.012753',
      rawCode: '1.012753.H19',
      name: 'Cấp giấy phép xây dựng',
      levels: ['province', 'district'],
      portalId: '8821',
    });
    // No code column value, headers by position (no data-title), "Không có mã số".
    expect(page?.rows[2]).toMatchObject({
      code: null,
      rawCode: null,
      name: 'Thủ tục chưa có mã',
      field: null,
    });
  });

  it('reads the total "2.507" as 2507, the next page as an absolute URL keeping the filter, and the scope', async () => {
    const { document, close } = parse(listingHtml(), PAGE_URL);
    const page = readListingPage(document, new URL(PAGE_URL));
    await close();
    expect(page?.total).toBe(2507);
    expect(page?.nextPageUrl).toBe(
      'https://thutuc.dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=3&pageSize=50&level=province',
    );
    expect(page?.scope).toEqual({ level: 'province' });
  });
});

describe('listing paging', () => {
  const url = new URL(
    'http://127.0.0.1:4173/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=2&pageSize=50',
  );
  const read = (pagination: string, total?: string) =>
    readListingPage(linkedomDocument(listingHtml({ pagination, ...(total ? { total } : {}) })), url);

  it('follows the link after the active page when there is no rel="next"', () => {
    const page = read(
      '<li><a href="?pageIndex=1&amp;pageSize=50">1</a></li><li class="active"><a href="?pageIndex=2&amp;pageSize=50">2</a></li><li><a href="?pageIndex=3&amp;pageSize=50">3</a></li>',
    );
    expect(page?.nextPageUrl).toBe(
      'http://127.0.0.1:4173/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=3&pageSize=50',
    );
  });

  it('has no next page on the last page or when paging is by script', () => {
    expect(
      read('<li><a href="?pageIndex=1">1</a></li><li class="active"><a href="?pageIndex=2">2</a></li>')
        ?.nextPageUrl,
    ).toBeNull();
    expect(
      read('<li class="active"><a href="#">2</a></li><li><a rel="next" href="javascript:void(0)">»</a></li>')
        ?.nextPageUrl,
    ).toBeNull();
  });

  it('reads totals written with NBSP or commas', () => {
    expect(read('', '12\u00a0345')?.total).toBe(12345);
    expect(read('', '2,507')?.total).toBe(2507);
  });

  it('is not a listing without tbody#listTTHC', () => {
    expect(
      readListingPage(linkedomDocument('<table><tbody><tr><td>1</td></tr></tbody></table>'), url),
    ).toBeNull();
  });
});
