import { describe, expect, it } from 'vitest';
import { fieldMatcher } from './field-match';
import { demoPortalData } from './portal-data';
import { splitField } from './procedure-content';

const match = fieldMatcher(demoPortalData().fields.map(splitField));

describe('the field a procedure name points to', () => {
  it('finds the field by the words they share, rarer words first', () => {
    expect(match('Cấp đổi thẻ căn cước (thực hiện tại cấp tỉnh)')).toEqual({
      field: 'Cấp, quản lý căn cước',
      ministry: 'Bộ Công an',
    });
    expect(match('Đổi giấy phép lái xe')?.field).toBe('Sát hạch, cấp giấy phép lái xe');
    expect(match('Giải quyết hưởng bảo hiểm xã hội một lần')?.field).toBe('Bảo hiểm xã hội');
  });

  it('meets a field of one syllable by that syllable', () => {
    expect(match('Khai quyết toán thuế thu nhập cá nhân')?.field).toBe('Thuế');
  });

  it('finds none when the name shares nothing but words every procedure uses', () => {
    expect(match('Thủ tục đối với tổ chức, cá nhân')).toBeNull();
  });
});
