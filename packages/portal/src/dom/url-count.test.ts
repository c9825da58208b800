import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDisplayedCount } from './count';
import { linkedomDocument } from './test-documents';
import { hrefOf, queryParam, resolveHref } from './url';

describe('resolveHref / hrefOf / queryParam', () => {
  const base = new URL('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=2');

  it('makes relative links absolute and drops non-navigations', () => {
    expect(resolveHref('dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.004227', base)).toBe(
      'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.004227',
    );
    expect(resolveHref('?pageIndex=3', base)).toBe(
      'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=3',
    );
    expect(resolveHref('#popupChitietTTHC', base)).toBeNull();
    expect(resolveHref('javascript:void(0)', base)).toBeNull();
    expect(resolveHref('  ', base)).toBeNull();
    expect(resolveHref(null, base)).toBeNull();
  });

  it('reads an element href with entities decoded', () => {
    const a = linkedomDocument('<a href="/jsp/x.jsp?maTTHC=3.000001&amp;idTTHC=7603">x</a>').querySelector(
      'a',
    );
    const href = hrefOf(a, base);
    expect(href).toBe('https://dichvucong.gov.vn/jsp/x.jsp?maTTHC=3.000001&idTTHC=7603');
    expect(queryParam(href, 'idTTHC')).toBe('7603');
    expect(queryParam('dvc-x.html?ma_thu_tuc=%201.004227%20', 'ma_thu_tuc')).toBe('1.004227');
    expect(queryParam(base, 'missing')).toBeNull();
  });
});

describe('parseDisplayedCount', () => {
  it.each([
    ['2.507', 2507],
    ['Tìm thấy 2.507 thủ tục', 2507],
    ['1.234.567', 1234567],
    ['12\u00a0345', 12345],
    ['2,507', 2507],
    ['51', 51],
  ])('%s → %d', (text, value) => {
    expect(parseDisplayedCount(text)).toBe(value);
  });

  it('returns null without a number', () => {
    expect(parseDisplayedCount('Không có kết quả')).toBeNull();
    expect(parseDisplayedCount(null)).toBeNull();
  });
});

describe('resolveHref on plain relative links', () => {
  it('gives what the URL parser gives, for any plain relative link and base', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_~-][A-Za-z0-9_.~%-]{0,8}$/);
    const link = fc
      .tuple(
        fc.array(segment, { minLength: 1, maxLength: 3 }),
        fc.option(fc.stringMatching(/^[A-Za-z0-9_.~%=&+-]{0,12}$/)),
      )
      .map(([parts, query]) => parts.join('/') + (query === null ? '' : `?${query}`));
    const base = fc.constantFrom(
      'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=2',
      'http://127.0.0.1:4174/p/home/',
      'https://dichvucong.hoabinh.gov.vn/',
      'https://user:pw@example.vn/a/b.html',
      'file:///tmp/saved/listing.html',
    );
    fc.assert(
      fc.property(link, base, (href, from) => {
        expect(resolveHref(href, from)).toBe(new URL(href, from).href);
        expect(resolveHref(href, new URL(from))).toBe(new URL(href, from).href);
      }),
    );
  });
});
