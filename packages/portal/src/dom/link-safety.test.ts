import { describe, expect, it } from 'vitest';
import { readPage } from '../read-page';
import { safeLinkValue } from './link-safety';
import { linkedomDocument } from './test-documents';
import { resolveHref } from './url';

const BASE = new URL('https://tthc.tinh.gov.vn/thu-tuc/danh-sach?page=1');

/** Spellings of non-http schemes that browsers would still run or open. */
const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscr\ript:alert(1)',
  '\x01javascript:alert(1)',
  '\x00\x1f javascript:alert(1)',
  ' vbscript:msgbox(1)',
  'file:///etc/passwd',
  'FILE://server/share',
  'data:text/html,<script>alert(1)</script>',
  'mailto:a@b.vn',
  'ftp://tthc.tinh.gov.vn/x',
  '#top',
  ' \t ',
];

describe('safeLinkValue', () => {
  it.each(HOSTILE)('drops %j', (value) => {
    expect(safeLinkValue(value)).toBeNull();
    expect(resolveHref(value, BASE)).toBeNull();
  });

  it('keeps http(s) and relative links, cleaned as a browser cleans them', () => {
    expect(safeLinkValue(' https://tthc.tinh.gov.vn/a\n')).toBe('https://tthc.tinh.gov.vn/a');
    expect(safeLinkValue('chi-\ttiet.html?id=1')).toBe('chi-tiet.html?id=1');
    expect(safeLinkValue('HTTP://x.vn/')).toBe('HTTP://x.vn/');
    expect(resolveHref('\x02?page=2', BASE)).toBe('https://tthc.tinh.gov.vn/thu-tuc/danh-sach?page=2');
    // A colon later in the value is not a scheme.
    expect(resolveHref('tim-kiem?q=a:b', BASE)).toBe('https://tthc.tinh.gov.vn/thu-tuc/tim-kiem?q=a:b');
  });
});

describe('every reader drops non-http(s) links', () => {
  function listing(detailHref: string, nextHref: string, extraHead = ''): string {
    const rows = [1, 2, 3]
      .map(
        (i) =>
          `<tr><td>${i}</td><td>1.00000${i}</td><td><a href="${detailHref}">Thủ tục số ${i}</a></td><td>Hộ tịch</td></tr>`,
      )
      .join('');
    return `<html><head>${extraHead}</head><body><table><thead><tr><th>STT</th><th>Mã thủ tục</th><th>Tên thủ tục</th><th>Lĩnh vực</th></tr></thead><tbody>${rows}</tbody></table>
      <ul class="pagination"><li><a href="?page=1">1</a></li><li class="next"><a href="${nextHref}">Sau</a></li></ul></body></html>`;
  }

  function read(html: string) {
    const result = readPage(linkedomDocument(html), BASE.href);
    if (result.adapterId === null || result.reading.kind !== 'listing') throw new Error('not read');
    return result.reading;
  }

  it.each([
    ['java&#9;script:alert(1)', '&#1;javascript:next()'],
    [' vbscript:x', 'file:///C:/page2.html'],
    ['data:text/html,x', 'java&#10;script:void(0)'],
  ])('generic table: detail %j and next %j', (detail, next) => {
    const page = read(listing(detail, next));
    expect(page.rows).toHaveLength(3);
    expect(page.rows.every((r) => r.detailUrl === null || r.detailUrl === undefined)).toBe(true);
    expect(page.nextPageUrl).toBeNull();
  });

  it('ignores a <base href> that is not http(s)', () => {
    const page = read(listing('chi-tiet.html?id=1', '?page=2', '<base href="file:///srv/">'));
    expect(page.rows[0]!.detailUrl).toBe('https://tthc.tinh.gov.vn/thu-tuc/chi-tiet.html?id=1');
    expect(page.nextPageUrl).toBe('https://tthc.tinh.gov.vn/thu-tuc/danh-sach?page=2');
  });

  it('national listing: a file: or script next link is no next page', () => {
    const url = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html';
    for (const href of ['file:///etc/passwd', '\x01javascript:go(2)']) {
      const html = `<html><body><div class="result-count"><strong>3</strong></div><table><thead><tr><th>Mã thủ tục</th><th>Tên thủ tục</th></tr></thead>
        <tbody id="listTTHC"><tr data-ma-thu-tuc="1.000001"><td data-title="Mã thủ tục">1.000001</td><td data-title="Tên thủ tục"><a href="java\tscript:x()">A</a></td></tr></tbody></table>
        <ul class="pagination"><li class="active"><a href="?pageIndex=1">1</a></li><li class="next"><a href="${href}">›</a></li></ul></body></html>`;
      const result = readPage(linkedomDocument(html), url);
      if (result.adapterId === null || result.reading.kind !== 'listing') throw new Error('not read');
      expect(result.adapterId).toBe('national');
      expect(result.reading.nextPageUrl).toBeNull();
      expect(result.reading.rows[0]!.detailUrl).toBeNull();
    }
  });
});
