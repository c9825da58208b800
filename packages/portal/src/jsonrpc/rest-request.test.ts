import { describe, expect, it } from 'vitest';
import { listingServiceRequest } from './listing-service';
import { pageCount } from './paging';
import { buildRestRequest, parseRestRequestBody } from './rest-request';

describe('buildRestRequest', () => {
  it('posts params=<url-encoded JSON> with the portal defaults', () => {
    const request = buildRestRequest('get_ds_tthc_da_cong_bo_dvc_service', {
      pageIndex: 2,
      recordPerPage: 50,
    });
    expect(request.path).toBe('/jsp/rest.jsp');
    expect(request.contentType).toBe('application/x-www-form-urlencoded; charset=UTF-8');
    expect(request.body.startsWith('params=%7B')).toBe(true);
    expect(JSON.parse(new URLSearchParams(request.body).get('params') ?? '')).toEqual({
      provider: 'dvcquocgia',
      type: 'ref',
      pageIndex: 2,
      recordPerPage: 50,
      service: 'get_ds_tthc_da_cong_bo_dvc_service',
    });
  });

  it('lets params override the provider but never the service, and encodes Vietnamese text', () => {
    const request = buildRestRequest('procedure_get_list_field_service_v2', {
      provider: 'dvcquocgiaRead',
      service: 'other',
      keyword: 'Hộ tịch & khai sinh',
    });
    const payload = parseRestRequestBody(request.body);
    expect(payload).toMatchObject({
      provider: 'dvcquocgiaRead',
      service: 'procedure_get_list_field_service_v2',
    });
    expect(payload.keyword).toBe('Hộ tịch & khai sinh');
  });

  it('rejects a service name that is not an identifier', () => {
    expect(() => buildRestRequest('a b', {})).toThrow(/Invalid JSON-RPC service name "a b"/);
    expect(() => buildRestRequest('', {})).toThrow(/service name/);
  });

  it('builds listing page requests', () => {
    expect(parseRestRequestBody(listingServiceRequest(3, 50, { type: 'ref' }).body)).toMatchObject({
      service: 'get_ds_tthc_da_cong_bo_dvc_service',
      pageIndex: 3,
      recordPerPage: 50,
    });
  });
});

describe('parseRestRequestBody', () => {
  it('names what is wrong with a body', () => {
    expect(() => parseRestRequestBody('params=%7Bnot')).toThrow('"params" is not valid JSON');
    expect(() => parseRestRequestBody('params=%5B1%5D')).toThrow('must be a JSON object');
    expect(() => parseRestRequestBody('params=%7B%7D')).toThrow('"service" is missing');
  });
});

describe('pageCount', () => {
  it('counts pages of the real listing totals', () => {
    expect(pageCount(2507, 50)).toBe(51);
    expect(pageCount(2507, 1000)).toBe(3);
    expect(pageCount(2000, 1000)).toBe(2);
    expect(pageCount(0, 50)).toBe(0);
  });

  it('rejects impossible arguments', () => {
    expect(() => pageCount(-1, 50)).toThrow(RangeError);
    expect(() => pageCount(10, 0)).toThrow(/pageSize/);
    expect(() => pageCount(1.5, 10)).toThrow(/total/);
  });
});
