import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { asDomDocument } from '../../dom/as-dom-document';
import { readGenericListing } from './index';

const URL_ = new URL('https://dvc.tinh.gov.vn/tra-cuu');

function read(body: string) {
  const document = asDomDocument(parseHTML(`<html><body>${body}</body></html>`).document);
  return { document, result: readGenericListing(document, URL_) };
}

const MENU = `<nav><ul><li><a href="/dang-ky">Đăng ký tài khoản</a></li><li><a href="/thu-tuc">Thủ tục hành chính</a></li><li><a href="/cap-phep">Cấp phép xây dựng</a></li></ul></nav>`;

describe('generic reader: card lists', () => {
  it('reads cards with procedure-like names and no codes, ignoring the navigation menu', () => {
    const { document, result } = read(`${MENU}
      <ul class="ds">
        <li><a href="/tt/101">Đăng ký khai sinh</a><span>Lĩnh vực: Hộ tịch</span></li>
        <li><a href="/tt/102">Cấp bản sao trích lục hộ tịch</a><span>Lĩnh vực: Hộ tịch</span></li>
        <li><a href="/tt/103">Thủ tục thay đổi, cải chính hộ tịch</a><span>Lĩnh vực: Hộ tịch</span></li>
      </ul>`);
    const page = result.page!;
    expect(page.rows.map((r) => [r.code, r.name, r.field])).toEqual([
      [null, 'Đăng ký khai sinh', 'Hộ tịch'],
      [null, 'Cấp bản sao trích lục hộ tịch', 'Hộ tịch'],
      [null, 'Thủ tục thay đổi, cải chính hộ tịch', 'Hộ tịch'],
    ]);
    expect(page.rows[1]!.detailUrl).toBe('https://dvc.tinh.gov.vn/tt/102');
    expect(page.rowSelector).toBe('ul.ds > li');
    expect(document.querySelectorAll(page.rowSelector!)[2]!.textContent).toContain('cải chính');
  });

  it('takes codes from card links and the name brackets', () => {
    const { result } = read(`
      <div id="kq">
        <article><h4><a href="/chi-tiet?maTTHC=1.004227">Đăng ký khai sinh</a></h4></article>
        <article><h4><a href="/chi-tiet?id=5">Đăng ký kết hôn (1.000656)</a></h4><p>Cấp thực hiện: Cấp Xã</p></article>
      </div>`);
    expect(result.page!.rows.map((r) => [r.code, r.name, r.levels])).toEqual([
      ['1.004227', 'Đăng ký khai sinh', undefined],
      ['1.000656', 'Đăng ký kết hôn', ['commune']],
    ]);
    expect(result.page!.rowSelector).toBe('div#kq > article');
  });

  it('does not take a page of news links for a listing', () => {
    const { result } = read(
      `${MENU}<div class="news"><div class="item"><a href="/a">Hội nghị tổng kết năm 2024</a></div><div class="item"><a href="/b">Lịch tiếp công dân tháng 5</a></div><div class="item"><a href="/c">Thông tin tuyển dụng</a></div></div>`,
    );
    expect(result.page).toBeNull();
  });
});
