import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRestRequestBody } from '../jsonrpc/rest-request';
import { pullRequest, readPulledPage, restListingPullUrl } from './rest-listing';

const FIXTURES = join(import.meta.dirname, '../../../../tests/fixtures/national-portal');
const LISTING = 'https://thutuc.dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html';
const noHtml = () => {
  throw new Error('not HTML');
};

describe('pulling the national listing through its JSON service', () => {
  it('addresses the service for national listing pages only', () => {
    const address = restListingPullUrl(`${LISTING}?pageIndex=3&pageSize=20&level=province`)!;
    const url = new URL(address);
    expect(url.origin + url.pathname).toBe('https://thutuc.dichvucong.gov.vn/jsp/rest.jsp');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      service: 'get_ds_tthc_da_cong_bo_dvc_service',
      pageIndex: '1',
      recordPerPage: '20',
      level: 'province',
    });
    expect(
      restListingPullUrl('https://thutuc.dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html'),
    ).toBeNull();
    expect(restListingPullUrl('https://dichvucong.tinh.gov.vn/tthc/danh-sach.aspx')).toBeNull();
  });

  it('turns a service address into the POST the portal expects, and pages into GETs', () => {
    const request = pullRequest(
      restListingPullUrl(`${LISTING}?level=commune`)!.replace('pageIndex=1', 'pageIndex=4'),
    );
    expect(request).toMatchObject({ url: 'https://thutuc.dichvucong.gov.vn/jsp/rest.jsp', method: 'POST' });
    expect(parseRestRequestBody(request.body!)).toMatchObject({
      service: 'get_ds_tthc_da_cong_bo_dvc_service',
      provider: 'dvcquocgia',
      type: 'ref',
      pageIndex: 4,
      recordPerPage: 50,
      level: 'commune',
    });
    expect(pullRequest(LISTING)).toMatchObject({ url: LISTING, method: 'GET' });
  });

  it('reads a real service answer as a listing page with its total and next page', () => {
    const body = readFileSync(join(FIXTURES, 'listing-service-page.json'), 'utf8');
    const rows = JSON.parse(body) as unknown[];
    const address = restListingPullUrl(`${LISTING}?pageSize=${rows.length}`)!;
    const result = readPulledPage(body, address, noHtml);
    if (result.adapterId === null) throw new Error(result.reason);
    expect(result.reading.kind).toBe('listing');
    if (result.reading.kind !== 'listing') return;
    expect(result.reading.total).toBe(2507);
    expect(result.reading.rows).toHaveLength(rows.length);
    expect(result.reading.rows[0]).toMatchObject({ code: '3.000323', name: 'Đăng ký giám sát việc giám hộ' });
    expect(new URL(result.reading.nextPageUrl!).searchParams.get('pageIndex')).toBe('2');

    const last = address.replace('pageIndex=1', `pageIndex=${Math.ceil(2507 / rows.length)}`);
    const lastRead = readPulledPage(body, last, noHtml);
    expect(
      lastRead.adapterId === 'national' &&
        lastRead.reading.kind === 'listing' &&
        lastRead.reading.nextPageUrl,
    ).toBe(null);
  });

  it('names a broken answer instead of throwing', () => {
    const address = restListingPullUrl(LISTING)!;
    expect(readPulledPage('<html>busy</html>', address, noHtml)).toMatchObject({
      adapterId: null,
      reason: expect.stringContaining('JSON'),
    });
    expect(readPulledPage('[{"NAME": ""}]', address, noHtml)).toMatchObject({
      adapterId: null,
      reason: expect.stringContaining('row'),
    });
  });
});
