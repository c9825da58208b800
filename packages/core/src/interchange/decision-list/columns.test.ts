import { describe, expect, it } from 'vitest';
import { isRowNumberHeader, matchDecisionCsvHeader } from './columns';

describe('matchDecisionCsvHeader', () => {
  it.each([
    ['decision_number', 'decision_number'],
    ['Số quyết định', 'decision_number'],
    ['SO QUYET DINH', 'decision_number'],
    ['Số, ký hiệu quyết định', 'decision_number'],
    ['Ngày ban hành', 'signed_on'],
    ['Ngày ký (dd/mm/yyyy)', 'signed_on'],
    ['Ngày có hiệu lực', 'effective_on'],
    ['Hình  thức\u00a0công bố', 'action'],
    ['Mã thủ tục', 'code'],
    ['Mã TTHC (nếu có)', 'code'],
    ['Tên thủ tục hành chính', 'name'],
    ['Tên TTHC'.normalize('NFD'), 'name'],
    ['cấp thực hiện', 'level'],
    ['Căn cứ pháp lý', 'legal_basis'],
    ['Ngày cập nhật CSDLQG', 'national_db_on'],
    ['national_db_on', 'national_db_on'],
  ])('reads «%s» as %s', (header, column) => {
    expect(matchDecisionCsvHeader(header)).toBe(column);
  });

  it('does not guess at headers it does not know', () => {
    expect(matchDecisionCsvHeader('Ghi chú')).toBeNull();
    expect(matchDecisionCsvHeader('Ngày')).toBeNull();
    expect(matchDecisionCsvHeader('Tên')).toBeNull();
  });

  it('knows row-number columns', () => {
    expect(isRowNumberHeader('STT')).toBe(true);
    expect(isRowNumberHeader('Số TT')).toBe(true);
    expect(isRowNumberHeader('Ghi chú')).toBe(false);
  });
});
