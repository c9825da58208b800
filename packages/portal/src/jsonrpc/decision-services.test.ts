import { describe, expect, it } from 'vitest';
import { readNationalJson } from '../dom/test-documents';
import { readAgenciesResponse } from './agencies';
import {
  decisionItemsFromRows,
  decisionProceduresRequest,
  readDecisionProceduresResponse,
} from './decision-procedures';
import { readDecisionSearchResponse } from './decision-search';
import { readFieldsResponse } from './procedure-fields';
import { parseRestRequestBody } from './rest-request';

describe('decision_publishment_advanced_search_service_v2 (decision-search.json)', () => {
  const { rows, total } = readDecisionSearchResponse(readNationalJson('decision-search.json'));

  it('reads 50 decisions of 23,039 with dd-mm-yyyy dates', () => {
    expect(total).toBe(23039);
    expect(rows).toHaveLength(50);
    expect(rows.find((r) => r.id === '115010')).toEqual({
      id: '115010',
      number: '2751/QĐ-UBND',
      rawNumber: '2751/QĐ-UBND',
      title:
        'Về việc công bố Danh mục thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực Thiết bị y tế thuộc thẩm quyền giải quyết của Sở Y tế tỉnh Điện Biên',
      publishedOn: '2025-12-03',
      agency: 'UBND tỉnh Điện Biên',
      agencyId: '383348',
    });
  });

  it('canonicalises hand-typed numbers and keeps what was typed', () => {
    expect(rows[0]).toMatchObject({
      id: '115187',
      number: '2193/QĐ-UBND',
      rawNumber: '2193/QĐ-UBND.',
      publishedOn: '2025-12-09',
    });
    expect(rows.find((r) => r.id === '115190')).toMatchObject({
      number: '2226/QĐ-UBND',
      rawNumber: '2226/QĐ-UBND ngày 04/12/2025',
    });
    // Same number, different agencies: the id, not the number, identifies a decision.
    expect(rows.filter((r) => r.number === '4063/QĐ-BKHCN').map((r) => r.agency)).toEqual([
      'Bộ Khoa học và Công nghệ',
      'UBND Thành phố Cần Thơ',
    ]);
  });

  it('rejects an unreadable date, naming the row', () => {
    const bad = [{ ID: '1', CODE: '1/QĐ-UBND', PUBLISHING_DATE: '31-02-2025' }];
    expect(() => readDecisionSearchResponse(bad)).toThrow(
      'decision_publishment_advanced_search_service_v2: row 0 is invalid: PUBLISHING_DATE: expected a date as dd-mm-yyyy, got "31-02-2025"',
    );
  });
});

describe('get_modified_procedures_by_dp_id_service_v2 (decision-115010-modified.json)', () => {
  const { rows, total } = readDecisionProceduresResponse(
    'amended',
    readNationalJson('decision-115010-modified.json'),
  );

  it('reads the four amended procedures of decision 115010', () => {
    expect(total).toBe(4);
    expect(rows.map((r) => [r.portalId, r.name])).toEqual([
      [
        '388421',
        'Công bố đối với nguyên liệu sản xuất thiết bị y tế, chất ngoại kiểm chứa chất ma túy và tiền chất',
      ],
      ['109830', 'Công bố đủ điều kiện sản xuất trang thiết bị y tế'],
      ['109833', 'Công bố tiêu chuẩn áp dụng đối với thiết bị y tế thuộc loại A, B'],
      ['109836', 'Công bố đủ điều kiện mua bán trang thiết bị y tế thuộc loại B, C, D'],
    ]);
    expect(rows.every((r) => r.agency === 'UBND tỉnh Điện Biên' && r.agencyId === '383348')).toBe(true);
  });

  it('turns them into decision items without codes (the service gives none)', () => {
    const items = decisionItemsFromRows('amended', rows);
    expect(items).toHaveLength(4);
    expect(items[1]).toEqual({
      action: 'amended',
      code: null,
      rawCode: null,
      name: 'Công bố đủ điều kiện sản xuất trang thiết bị y tế',
    });
  });

  it('asks each action of its own service', () => {
    expect(parseRestRequestBody(decisionProceduresRequest('abolished', '115010', 1, 5).body)).toMatchObject({
      service: 'get_rescinded_procedures_by_dp_id_service_v2',
      id: '115010',
      pageIndex: 1,
      recordPerPage: 5,
    });
  });

  it('names the service and row of a bad answer', () => {
    expect(() => readDecisionProceduresResponse('amended', [{ ID: 'x', PROCEDURE_NAME: 'A' }])).toThrow(
      'get_modified_procedures_by_dp_id_service_v2: row 0 is invalid: ID: expected a numeric id',
    );
  });
});

describe('get_list_agency_service_v2 (agencies.json)', () => {
  it('reads 57 agencies with short and hierarchical e-identifiers', () => {
    const agencies = readAgenciesResponse(readNationalJson('agencies.json'));
    expect(agencies).toHaveLength(57);
    expect(agencies[0]).toEqual({ id: '6369', name: 'Bộ Công an', code: '000.00.00.G01' });
    // "Bộ Khoa học  và  Công nghệ": doubled spaces cleaned.
    expect(agencies.find((a) => a.id === '734')).toEqual({
      id: '734',
      name: 'Bộ Khoa học và Công nghệ',
      code: 'G06',
    });
    expect(agencies.filter((a) => a.code === 'H19')).toHaveLength(1);
  });

  it('needs a name', () => {
    expect(() => readAgenciesResponse([{ ID: '1', CODE: 'H01' }])).toThrow(
      'get_list_agency_service_v2: row 0 is invalid: AGENCY_NAME: expected AGENCY_NAME or NAME',
    );
  });
});

describe('procedure_get_list_field_service_v2 (fields.json)', () => {
  const fields = readFieldsResponse(readNationalJson('fields.json'));

  it('reads 489 fields and splits off the ministry in the last brackets', () => {
    expect(fields).toHaveLength(489);
    expect(fields[0]).toEqual({
      id: '67',
      name: 'An toàn bức xạ và hạt nhân',
      ministry: 'Bộ Khoa học và Công nghệ',
      label: 'An toàn bức xạ và hạt nhân(Bộ Khoa học và Công nghệ)',
    });
    expect(
      fields.find((f) => f.label === 'Đầu tư theo phương thức đối tác công tư (PPP)(Bộ Tài chính)'),
    ).toMatchObject({
      name: 'Đầu tư theo phương thức đối tác công tư (PPP)',
      ministry: 'Bộ Tài chính',
    });
    expect(fields.every((f) => f.ministry !== null)).toBe(true);
  });

  it('finds a field name under several ministries', () => {
    expect(fields.filter((f) => f.name === 'An toàn thực phẩm').map((f) => f.ministry)).toEqual([
      'Bộ Công Thương',
      'Bộ Y tế',
    ]);
  });
});
