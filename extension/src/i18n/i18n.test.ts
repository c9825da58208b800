import { formatNumber, formatVietnameseDate, formatVietnamInstant } from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { daysSince, shortHash } from './format';
import { en, translate, vi } from './index';

describe('i18n', () => {
  it('has every Vietnamese message in English, with the same parameters', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[])
      expect(params(en[key])).toEqual(params(vi[key]));
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(translate('vi', 'options.import.done', { name: 'dm.json' })).toBe('Đã nhập danh mục dm.json.');
    expect(translate('en', 'options.import.done', {})).toBe('Imported catalogue {name}.');
  });

  it('writes numbers the Vietnamese way and dates as dd/mm/yyyy', () => {
    expect(formatNumber(1853, 'vi')).toBe('1.853');
    expect(formatNumber(1853, 'en')).toBe('1,853');
    expect(formatVietnameseDate('2025-07-01')).toBe('01/07/2025');
    expect(formatVietnamInstant('2025-06-30T17:30:00.000Z')).toBe('01/07/2025 00:30');
    expect(shortHash('abcdef0123456789')).toBe('abcdef012345');
  });

  it('counts days since a date in Vietnam time', () => {
    // 23:30 UTC on 1 July is already 2 July in Vietnam.
    expect(daysSince('2025-07-01', new Date('2025-07-01T23:30:00Z'))).toBe(1);
    expect(daysSince('2025-07-01', new Date('2025-07-01T10:00:00Z'))).toBe(0);
    expect(daysSince('2025-06-01', new Date('2025-07-01T10:00:00Z'))).toBe(30);
  });
});
