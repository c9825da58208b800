import { describe, expect, it } from 'vitest';
import { encodeCp1258, encodeTcvn3 } from '../interchange/encoding/testing-encoders';
import { makeLegalDocument } from '../testing/legal-builders';
import { importLegalDocumentCsv, importLegalDocumentCsvBytes } from './document-csv-import';

const HEADER =
  'STT;Số ký hiệu;Loại văn bản;Cơ quan ban hành;Trích yếu;Ngày ban hành;Ngày hiệu lực;Ngày hết hiệu lực;Quan hệ';
const CSV = [
  'DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT',
  HEADER,
  '1;Nghị định số 43/2014/NĐCP;Nghị định;Chính phủ;Quy định chi tiết thi hành một số điều của Luật Đất đai;15/05/2014;01/07/2014;;',
  '2;01/2017/NĐ-CP;Nghị định;Chính phủ;Sửa đổi, bổ sung các nghị định hướng dẫn Luật Đất đai;06/01/2017;03/03/2017;;sửa đổi 43/2014/NĐ-CP',
  '3;01 /2018/TT-VPCP;Thông tư;Văn phòng Chính phủ;Hướng dẫn thi hành Nghị định 63;23/11/2018;01/01/2019;01/01/2024;',
].join('\n');

describe('importLegalDocumentCsv', () => {
  it('reads every column, canonical numbers, relations and the status on the day', () => {
    const result = importLegalDocumentCsv(CSV, { today: '2025-01-01' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.documents.map((d) => [d.id, d.number, d.rawNumber, d.status])).toEqual([
      ['vb:43/2014/NĐ-CP', '43/2014/NĐ-CP', 'Nghị định số 43/2014/NĐCP', 'amended'],
      ['vb:01/2017/NĐ-CP', '01/2017/NĐ-CP', null, 'in_force'],
      ['vb:01/2018/TT-VPCP', '01/2018/TT-VPCP', '01 /2018/TT-VPCP', 'expired'],
    ]);
    expect(result.documents[1]).toMatchObject({
      type: 'Nghị định',
      issuer: 'Chính phủ',
      issuedOn: '2017-01-06',
      effectiveOn: '2017-03-03',
      expiresOn: null,
      relations: [{ kind: 'amends', target: '43/2014/NĐ-CP' }],
    });
  });

  it('refuses the whole file with every error by row and column', () => {
    const bad = [
      HEADER,
      '1;;Nghị định;;;;;;',
      '2;công văn gửi sở;;;;;;;',
      '3;5/2020/NĐ-CP;;;;31/02/2020;01/03/2020;01/02/2020;tham khảo 43/2014/NĐ-CP',
      '4;6/2020/NĐ-CP;;;;;;;thay thế 6/2020/NĐ-CP',
      '5;7/2020/NĐ-CP;;;;;;;',
      '6;7/2020/NĐCP;;;;;;;',
      '7;43/2014/NĐ-CP;;;;;;;',
    ].join('\n');
    const result = importLegalDocumentCsv(bad, {
      today: '2025-01-01',
      existing: [makeLegalDocument({ number: '43/2014/NĐ-CP' })],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'Số ký hiệu', 'document-number-empty'],
      [3, 'Số ký hiệu', 'document-number-invalid'],
      [4, 'Ngày ban hành', 'date-invalid'],
      [4, 'Ngày hết hiệu lực', 'dates-order'],
      [4, 'Quan hệ', 'relation-invalid'],
      [5, 'Quan hệ', 'relation-invalid'],
      [7, 'Số ký hiệu', 'duplicate-document'],
      [8, 'Số ký hiệu', 'document-registered'],
    ]);
    expect(result.errors[6]).toMatchObject({ params: { value: '7/2020/NĐ-CP', row: 6 } });
    expect(result.errors[1]!.message).toContain('«công văn gửi sở»');
  });

  it('refuses a file without the number column, or without rows', () => {
    const noHeader = importLegalDocumentCsv('Tên;Ngày\nA;01/01/2020', { today: '2025-01-01' });
    expect(noHeader).toMatchObject({ ok: false, errors: [{ code: 'no-header', row: 1 }] });
    expect(importLegalDocumentCsv(HEADER, { today: '2025-01-01' })).toMatchObject({
      ok: false,
      errors: [{ code: 'no-data-rows' }],
    });
  });

  it('reads Windows-1258 bytes with a warning and refuses TCVN3', () => {
    const converted = importLegalDocumentCsvBytes(encodeCp1258(CSV), { today: '2025-01-01' });
    expect(converted).toMatchObject({
      ok: true,
      encoding: 'windows-1258',
      warnings: [{ code: 'encoding-converted' }],
    });
    const legacy = importLegalDocumentCsvBytes(encodeTcvn3(CSV), { today: '2025-01-01' });
    expect(legacy).toMatchObject({ ok: false, errors: [{ code: 'encoding-legacy' }] });
  });
});
