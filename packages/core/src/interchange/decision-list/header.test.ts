import { describe, expect, it } from 'vitest';
import { findHeaderIndex, headerOf, mapColumns } from './header';
import { IssueList } from './issues';

const record = (row: number, cells: string[]) => ({
  row,
  line: row,
  cells,
  unterminatedQuote: false,
  tooLongCell: -1,
  nulCell: -1,
});

describe('findHeaderIndex', () => {
  it('skips title rows above the header', () => {
    const records = [
      record(1, ['DANH MỤC QUYẾT ĐỊNH', '']),
      record(3, ['STT', 'Số QĐ', 'Tên thủ tục', 'Hình thức']),
    ];
    expect(findHeaderIndex(records)).toBe(1);
  });

  it('takes a first row naming only some columns, and finds none in data', () => {
    expect(findHeaderIndex([record(1, ['Số quyết định', 'Ghi chú'])])).toBe(0);
    expect(findHeaderIndex([record(1, ['a', 'b']), record(2, ['1', '2'])])).toBe(-1);
    expect(findHeaderIndex([])).toBe(-1);
  });
});

describe('mapColumns', () => {
  it('maps known headers, warns about unknown ones and names missing required columns', () => {
    const errors = new IssueList();
    const warnings = new IssueList();
    const columns = mapColumns(
      ['STT', 'Số QĐ', 'Ghi chú', 'Ngày ký', ''],
      { row: 1, line: 1 },
      errors,
      warnings,
    );
    expect([...columns.entries()]).toEqual([
      ['decision_number', { index: 1, header: 'Số QĐ' }],
      ['signed_on', { index: 3, header: 'Ngày ký' }],
    ]);
    expect(warnings.issues.map((w) => w.column)).toEqual(['Ghi chú', null]);
    expect(errors.issues.map((e) => e.message)).toEqual([
      'thiếu cột bắt buộc «Hình thức» (missing required column action)',
      'thiếu cột bắt buộc «Tên TTHC» (missing required column name)',
    ]);
    expect(headerOf(columns, 'decision_number')).toBe('Số QĐ');
    expect(headerOf(columns, 'name')).toBe('Tên TTHC');
  });
});
