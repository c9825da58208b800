import { describe, expect, it } from 'vitest';
import { linkedomDocument, nationalFixtureNames, readNationalFixture } from '../../dom/test-documents';
import { nationalAdapter } from './index';

const doc = (name: string) => linkedomDocument(readNationalFixture(name));
const BLANK = linkedomDocument('<html><body><p>Trang chủ</p></body></html>');

describe('nationalAdapter.matches', () => {
  it.each([
    'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
    'https://thutuc.dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html',
    'http://127.0.0.1:4173/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=1&pageSize=50',
    'http://localhost:8080/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.004227',
  ])('knows %s', (url) => {
    expect(nationalAdapter.matches(new URL(url), BLANK)).toBe(true);
  });

  it.each([
    'https://dichvucong.hanoi.gov.vn/thu-tuc-hanh-chinh',
    'https://dichvucong.gov.vn.example.com/p/other/page.html',
    'http://127.0.0.1:4173/portal/tthc.html',
  ])('leaves %s to other adapters', (url) => {
    expect(nationalAdapter.matches(new URL(url), BLANK)).toBe(false);
  });
});

describe('nationalAdapter.read dispatch', () => {
  const base = 'https://dichvucong.gov.vn/p/home/';

  it('reads each real page by its URL', () => {
    const full = nationalAdapter.read(
      doc('procedure-detail-full-3.000001.html'),
      new URL(`${base}dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=7603`),
    );
    const summary = nationalAdapter.read(
      doc('procedure-summary-3.000001.html'),
      new URL(`${base}dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=3.000001`),
    );
    const decision = nationalAdapter.read(
      doc('decision-115010.html'),
      new URL(`${base}dvc-tthc-quyet-dinh-cong-bo-chi-tiet.html?ma_quyet_dinh=115010`),
    );
    expect(full?.kind === 'detail' && full.procedure.name).toBe('Cấp điện mới từ lưới điện hạ áp');
    expect(summary?.kind === 'detail' && summary.procedure.name).toBe(
      'Cấp điện mới từ lưới điện hạ áp (220/380V)',
    );
    expect(decision?.kind === 'decision' && decision.decision.number).toBe('2751/QĐ-UBND');
  });

  it('recognises saved pages by their structure when the URL says nothing', () => {
    // The decision page also carries an empty record popup: it must not read as a record.
    const kinds = [
      'procedure-detail-full-3.000001.html',
      'procedure-summary-3.000001.html',
      'decision-115010.html',
    ].map((name) => {
      const reading = nationalAdapter.read(doc(name), new URL(`file:///tmp/${name}`));
      return reading?.kind === 'detail' ? `detail:${reading.procedure.portalId}` : reading?.kind;
    });
    expect(kinds).toEqual(['detail:7603', 'detail:7603', 'decision']);
  });

  it('returns null for national pages it does not read', () => {
    expect(nationalAdapter.read(BLANK, new URL(`${base}dvc-trang-chu.html`))).toBeNull();
  });
});

describe('fixture coverage', () => {
  it('has a reader test for every file of tests/fixtures/national-portal', () => {
    // Pages are read above and in the page tests; JSON answers in jsonrpc/*.test.ts. A new
    // fixture file must get a reader (and be added here).
    expect(nationalFixtureNames()).toEqual([
      'PROVENANCE.md',
      'README.md',
      'agencies.json',
      'decision-115010-modified.json',
      'decision-115010.html',
      'decision-search.json',
      'fields.json',
      'listing-service-page.json',
      'procedure-detail-full-3.000001.html',
      'procedure-summary-3.000001.html',
      'procedures-business.json',
      'procedures-citizen.json',
    ]);
  });
});
