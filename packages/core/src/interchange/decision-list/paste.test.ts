import { describe, expect, it } from 'vitest';
import { readPastedDecisionRows } from './paste';

const into = { decisionNumber: '', effectiveOn: '2026-12-01' as const };

describe('readPastedDecisionRows', () => {
  it('reads rows under a pasted header, without a decision-number column', () => {
    const text = 'Hình thức\tMã TTHC\tTên TTHC\tCấp thực hiện\nMới ban hành\t\tĐăng ký khai sinh\tCấp Xã\n';
    const pasted = readPastedDecisionRows(text, into);
    expect(pasted.errors).toEqual([]);
    expect(pasted.rows).toHaveLength(1);
    expect(pasted.rows[0]).toMatchObject({ action: 'new', name: 'Đăng ký khai sinh', levels: ['commune'] });
  });

  it('takes the import column order when no header is pasted, and reports bad cells by row and column', () => {
    const text = [
      '\t\t\tMới ban hành\t\tCấp giấy phép\tCấp Tỉnh',
      '\t\t\tSửa chữa\t1.004227\tĐăng ký kết hôn\tCấp Xã',
      '\t\t31/02/2026\tBãi bỏ\t1.000001\tThủ tục cũ',
    ].join('\n');
    const pasted = readPastedDecisionRows(text, into);
    expect(pasted.dataRows).toBe(3);
    expect(pasted.rows.map((r) => r.name)).toEqual(['Cấp giấy phép']);
    expect(pasted.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'Hình thức', 'action-invalid'],
      [3, 'Ngày hiệu lực', 'date-invalid'],
    ]);
  });

  it('says a header without the required columns is missing them', () => {
    const pasted = readPastedDecisionRows('Mã TTHC\tLĩnh vực\tCấp thực hiện\n1.1\tA\tCấp Xã', into);
    expect(pasted.rows).toEqual([]);
    expect(pasted.errors.map((e) => e.code)).toEqual(['missing-column', 'missing-column']);
  });
});
