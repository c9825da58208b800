import { describe, expect, it } from 'vitest';
import { createLabelMatcher, labelKey, matchLabel } from './labels';

const RECORD = {
  agency: ['Cơ quan thực hiện'],
  authority: ['Cơ quan có thẩm quyền'],
  fees: ['Phí, lệ phí', 'Lệ phí'],
  name: ['Tên thủ tục'],
} as const;

describe('labels', () => {
  it('compares labels without diacritics, case, punctuation or NFD differences', () => {
    expect(labelKey('Mã thủ tục:')).toBe('ma thu tuc');
    expect(matchLabel('MÃ THỦ TỤC', { code: ['Mã thủ tục'] })).toBe('code');
    expect(matchLabel('Tên thủ tục:'.normalize('NFD'), RECORD)).toBe('name');
    expect(matchLabel('Ph\u00ed,  lệ\u00a0ph\u00ed', RECORD)).toBe('fees');
  });

  it('exact mode tells agencies apart', () => {
    expect(matchLabel('Cơ quan thực hiện', RECORD)).toBe('agency');
    expect(matchLabel('Cơ quan có thẩm quyền:', RECORD)).toBe('authority');
    expect(matchLabel('Cơ quan phối hợp', RECORD)).toBeNull();
    expect(matchLabel('Tên thủ tục hành chính', RECORD)).toBeNull();
  });

  it('prefix mode matches at word boundaries only', () => {
    expect(matchLabel('Tên thủ tục hành chính', RECORD, 'prefix')).toBe('name');
    expect(matchLabel('Phí, lệ phí (nếu có)', RECORD, 'prefix')).toBe('fees');
    expect(matchLabel('Tên thủ tụcx', RECORD, 'prefix')).toBeNull();
  });

  it('contains mode prefers the longest known label', () => {
    const match = createLabelMatcher({ fee: ['phí'], fees: ['phí, lệ phí'], time: ['thời hạn'] }, 'contains');
    expect(match('Mức phí, lệ phí (đồng)')).toBe('fees');
    expect(match('Mức phí')).toBe('fee');
    expect(match('Thời hạn giải quyết')).toBe('time');
    expect(match('Ghi chú')).toBeNull();
    expect(match(null)).toBeNull();
    expect(match('   ')).toBeNull();
  });
});
