import { describe, expect, it } from 'vitest';
import type { CsvRecord } from '../csv-records';
import type { ColumnMap } from './header';
import { IssueList } from './issues';
import { legalRefs, RowReader } from './row';

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

function read(cells: string[], record: Partial<CsvRecord> = {}) {
  const errors = new IssueList();
  const row = new RowReader(HEADERS, COLUMNS, errors).read({
    row: 7,
    line: 9,
    cells,
    unterminatedQuote: false,
    tooLongCell: -1,
    nulCell: -1,
    ...record,
  });
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
      row: 7,
      line: 9,
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
    expect(errors.every((e) => e.row === 7 && e.line === 9)).toBe(true);
    expect(errors.map((e) => e.code)).toEqual([
      'decision-number-empty',
      'action-invalid',
      'name-empty',
      'date-invalid',
      'code-invalid',
    ]);
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

describe('RowReader: records it refuses whole', () => {
  it('names the column of a cell that is too long or holds NUL, and an unclosed quote by row', () => {
    const cells = ['1/QĐ-UBND', '', '', 'Mới', '', 'A'];
    expect(read(cells, { tooLongCell: 5 }).errors).toEqual([
      expect.objectContaining({
        code: 'cell-too-long',
        row: 7,
        line: 9,
        column: 'Tên TTHC',
        params: { limit: 10_000 },
      }),
    ]);
    expect(read(cells, { nulCell: 7 }).errors).toEqual([
      expect.objectContaining({ code: 'nul-character', column: 'cột 8' }),
    ]);
    expect(read(cells, { unterminatedQuote: true }).errors).toEqual([
      expect.objectContaining({ code: 'unterminated-quote', column: null }),
    ]);
  });

  it('keeps one copy of texts that repeat from row to row', () => {
    const errors = new IssueList();
    const reader = new RowReader(HEADERS, COLUMNS, errors);
    const record = (name: string) => ({
      row: 2,
      line: 2,
      cells: ['1/QĐ-UBND', '1/1/2020', '', 'Mới', '', name, 'Cấp tỉnh, Cấp xã'],
      unterminatedQuote: false,
      tooLongCell: -1,
      nulCell: -1,
    });
    const a = reader.read(record('Thủ tục A'))!;
    const b = reader.read(record('Thủ tục B'))!;
    expect(b.levels).toBe(a.levels);
    expect(b.decisionKey).toBe(a.decisionKey);
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
