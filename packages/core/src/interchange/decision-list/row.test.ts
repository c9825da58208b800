import { describe, expect, it } from 'vitest';
import type { ColumnMap } from './header';
import { IssueList } from './issues';
import { legalRefs, readRow } from './row';

const HEADERS = [
  'Số quyết định',
  'Ngày ký',
  'Ngày hiệu lực',
  'Hình thức',
  'Mã TTHC',
  'Tên TTHC',
  'Cấp thực hiện',
];
const KEYS = ['decision_number', 'signed_on', 'effective_on', 'action', 'code', 'name', 'level'] as const;
const COLUMNS: ColumnMap = new Map(KEYS.map((key, index) => [key, { index, header: HEADERS[index]! }]));

function read(cells: string[]) {
  const errors = new IssueList();
  const row = readRow(7, cells, HEADERS.length, COLUMNS, errors);
  return { row, errors: errors.issues };
}

describe('readRow', () => {
  it('reads a row into a checked item', () => {
    const { row, errors } = read([
      '12/QĐ-UBND',
      '3/2/2020',
      'kể từ ngày ký',
      'Bãi bỏ',
      '1.004227.H19',
      ' Tên  A ',
      'Cấp xã',
    ]);
    expect(errors).toEqual([]);
    expect(row).toMatchObject({
      line: 7,
      decisionNumber: '12/QĐ-UBND',
      signedOn: '2020-02-03',
      effectiveOn: '2020-02-03',
      effectiveFromSigned: 'phrase',
      action: 'abolished',
      code: '1.004227',
      rawCode: '1.004227.H19',
      name: 'Tên A',
      levels: ['commune'],
    });
  });

  it('reports every bad cell of a row by column, and gives no row', () => {
    const { row, errors } = read(['', '31/02/2020', '', 'Tạm dừng', '123', '', '']);
    expect(row).toBeNull();
    expect(errors.map((e) => e.column)).toEqual([
      'Số quyết định',
      'Hình thức',
      'Tên TTHC',
      'Ngày ký',
      'Mã TTHC',
    ]);
  });

  it('refuses filled cells beyond the header, accepts missing trailing ones', () => {
    expect(read(['1/QĐ-UBND', '', '', 'Mới', '', 'A', '', 'thừa']).errors[0]?.message).toMatch(
      /^dòng có 8 ô/,
    );
    expect(read(['1/QĐ-UBND', '1/1/2020', '', 'Mới', 'Không có mã số', 'A']).row?.code).toBeNull();
  });
});

describe('legalRefs', () => {
  it('splits on semicolons and lines, and per number when a part cites several', () => {
    expect(
      legalRefs(
        'Luật 80/2015/QH13; - Nghị định 34/2016/NĐ-CP\nLuật 80/2015/QH13, Nghị định 45/2020/NĐ-CP',
      ).map((r) => r.number),
    ).toEqual(['80/2015/QH13', '34/2016/NĐ-CP', '45/2020/NĐ-CP']);
    expect(legalRefs('')).toEqual([]);
  });
});
