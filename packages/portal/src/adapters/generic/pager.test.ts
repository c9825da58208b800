import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { asDomDocument } from '../../dom/as-dom-document';
import { findNextPage } from './pager';

const HERE = new URL('https://tthc.tinh.gov.vn/thu-tuc/danh-sach?linhvuc=5&page=2');

function next(body: string, url: URL = HERE) {
  const document = asDomDocument(parseHTML(`<html><body>${body}</body></html>`).document);
  return findNextPage(document, url, url);
}

describe('findNextPage', () => {
  it('follows rel=next first', () => {
    expect(next('<a href="?page=9">›</a><a rel="next" href="?page=3">Sau</a>')).toEqual({
      url: 'https://tthc.tinh.gov.vn/thu-tuc/danh-sach?page=3',
      paging: null,
    });
  });

  it('follows .pagination .next links', () => {
    expect(next('<ul class="pagination"><li class="next"><a href="p3.html">Next</a></li></ul>').url).toBe(
      'https://tthc.tinh.gov.vn/thu-tuc/p3.html',
    );
  });

  it.each(['›', '»', 'Sau', 'Tiếp', 'Trang sau', 'Tiếp theo »'])('follows a link reading “%s”', (text) => {
    expect(next(`<div><a href="?page=1">1</a> <a href="/ds?trang=3">${text}</a></div>`).url).toBe(
      'https://tthc.tinh.gov.vn/ds?trang=3',
    );
  });

  it('finds page N+1 by number when nothing says "next"', () => {
    expect(next('<a href="?page=1">1</a><a href="?page=2">2</a><a href="?page=3">3</a>').url).toBe(
      'https://tthc.tinh.gov.vn/thu-tuc/danh-sach?page=3',
    );
    const first = new URL('https://tthc.tinh.gov.vn/ds');
    expect(next('<a href="?pageIndex=1">1</a><a href="?pageIndex=2">2</a>', first).url).toBe(
      'https://tthc.tinh.gov.vn/ds?pageIndex=2',
    );
  });

  it('reports a Telerik postback instead of a URL', () => {
    const form = (control: string) =>
      `<form method="post"><div class="rgWrap rgNumPart"><a class="rgCurrentPage" href="#"><span>1</span></a><a href="javascript:__doPostBack('g$ctl02','')"><span>2</span></a></div>${control}</form>`;
    expect(next(form('<input type="submit" class="rgPageNext" title="Next Page" value=" ">'))).toEqual({
      url: null,
      paging: 'postback',
    });
    expect(next(form(`<a class="rgPageNext" href="javascript:__doPostBack('g$ctl03','')"></a>`))).toEqual({
      url: null,
      paging: 'postback',
    });
  });

  it('sees disabled and last-page controls as no next page', () => {
    expect(next('<ul class="pagination"><li class="next disabled"><a href="#">›</a></li></ul>')).toEqual({
      url: null,
      paging: null,
    });
    expect(next('<a rel="next" href="?linhvuc=5&amp;page=2">»</a>').url).toBeNull(); // a link to this very page
    const last = `<form><div class="rgNumPart"><a href="javascript:__doPostBack('a','')"><span>1</span></a><a class="rgCurrentPage" href="#"><span>2</span></a></div><input type="submit" class="rgPageNext"></form>`;
    expect(next(last)).toEqual({ url: null, paging: null });
    expect(next('<p>Không có trang nào</p>')).toEqual({ url: null, paging: null });
  });

  it('ignores script links that are not postbacks, but says the page pages by script', () => {
    expect(next('<a href="javascript:void(0)" onclick="load(3)">Trang sau</a>')).toEqual({
      url: null,
      paging: 'script',
    });
  });
});
