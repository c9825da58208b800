import { describe, expect, it } from 'vitest';
import { readNationalJson } from '../dom/test-documents';
import { readListingServiceResponse } from './listing-service';

describe('get_ds_tthc_da_cong_bo_dvc_service answers', () => {
  it('reads listing-service-page.json: 1,000 rows of a listing of 2,507', () => {
    const { rows, total } = readListingServiceResponse(readNationalJson('listing-service-page.json'));
    expect(total).toBe(2507);
    expect(rows).toHaveLength(1000);
    expect(rows[0]).toEqual({
      code: '3.000323',
      rawCode: '3.000323',
      name: 'Đăng ký giám sát việc giám hộ',
      detailUrl: null,
      portalId: null,
      text: '3.000323 | Đăng ký giám sát việc giám hộ',
    });
    // The portal's trailing space before the full stop is cleaned, the text kept.
    expect(rows.at(-1)?.name).toBe(
      'Cấp giấy phép nhập khẩu chế phẩm diệt côn trùng, diệt khuẩn dùng trong lĩnh vực gia dụng và y tế phục vụ mục đích viện trợ .',
    );
  });

  it('reads the 3,000 codes of procedures-citizen.json (total 2,507) and procedures-business.json (2,467)', () => {
    const citizen = readListingServiceResponse(readNationalJson('procedures-citizen.json'));
    const business = readListingServiceResponse(readNationalJson('procedures-business.json'));
    expect([citizen.rows.length, citizen.total]).toEqual([1000, 2507]);
    expect([business.rows.length, business.total]).toEqual([2000, 2467]);
    const all = [...citizen.rows, ...business.rows];
    expect(all.every((r) => r.code !== null && /^[1-9]\.\d{6}$/.test(r.code) && r.code === r.rawCode)).toBe(
      true,
    );
    expect(new Set(citizen.rows.map((r) => r.code)).size).toBe(1000);
    expect(new Set(business.rows.map((r) => r.code)).size).toBe(2000);
    expect(new Set(all.map((r) => r.code)).size).toBe(2395);
    expect(citizen.rows.slice(0, 3).map((r) => [r.code, r.name])).toEqual([
      ['1.004194', 'Đăng ký tạm trú'],
      ['1.001456', 'Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)'],
      ['1.004222', 'Đăng ký thường trú'],
    ]);
    expect(business.rows.at(-1)?.code).toBe('3.000474');
  });

  it('composes every name to NFC (the answers hold decomposed tone marks)', () => {
    const raw = readNationalJson('procedures-business.json') as { NAME: string }[];
    expect(raw.filter((r) => r.NAME !== r.NAME.normalize('NFC'))).toHaveLength(33);
    const { rows } = readListingServiceResponse(raw);
    expect(rows.every((r) => r.name === r.name.normalize('NFC'))).toBe(true);
  });

  it('links rows to their summary pages when told the origin', () => {
    const { rows } = readListingServiceResponse(readNationalJson('listing-service-page.json'), {
      origin: 'http://127.0.0.1:4173',
    });
    expect(rows[0]?.detailUrl).toBe(
      'http://127.0.0.1:4173/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=3.000323',
    );
  });

  it('takes AMOUNT when TOTAL_RECORDS is missing, accepts a JSON string and null', () => {
    expect(
      readListingServiceResponse('[{"TTHC_MA":"1.004227","NAME":"Đăng ký khai sinh","AMOUNT":"7"}]').total,
    ).toBe(7);
    expect(readListingServiceResponse(null)).toEqual({ rows: [], total: null });
    expect(readListingServiceResponse([])).toEqual({ rows: [], total: null });
  });

  it('names the service and the bad row of an invalid answer', () => {
    const rows = [
      { TTHC_MA: '1.004227', NAME: 'Đăng ký khai sinh', TOTAL_RECORDS: '3' },
      { TTHC_MA: '1.004228', NAME: 'Đăng ký kết hôn', TOTAL_RECORDS: '3' },
      { TTHC_MA: '1.004229', NAME: '  ', TOTAL_RECORDS: '3' },
    ];
    expect(() => readListingServiceResponse(rows)).toThrow(
      'get_ds_tthc_da_cong_bo_dvc_service: row 2 is invalid: NAME: expected a non-empty text',
    );
    expect(() =>
      readListingServiceResponse([{ TTHC_MA: '1.004227', NAME: 'x', TOTAL_RECORDS: 'many' }]),
    ).toThrow('row 0 is invalid: TOTAL_RECORDS: expected a whole number');
    expect(() => readListingServiceResponse({ error: 'session expired' })).toThrow(
      'get_ds_tthc_da_cong_bo_dvc_service: expected a JSON array of rows, got an object',
    );
    expect(() => readListingServiceResponse('<html>')).toThrow(
      'get_ds_tthc_da_cong_bo_dvc_service: the answer is not valid JSON',
    );
  });
});
