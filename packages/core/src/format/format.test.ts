import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  formatVietnameseDate,
  formatVietnameseNumber,
  formatVietnamInstant,
  todayInVietnam,
  VIETNAM_UTC_OFFSET_HOURS,
  VIETNAM_UTC_OFFSET_MS,
  vietnamFileStamp,
  vietnamMidnight,
  vietnamWallClock,
} from './index';

describe('the Vietnam offset', () => {
  it('is UTC+7, all year', () => {
    expect(VIETNAM_UTC_OFFSET_HOURS).toBe(7);
    expect(VIETNAM_UTC_OFFSET_MS).toBe(25_200_000);
  });

  it('turns instants into Vietnam wall-clock time and days', () => {
    expect(vietnamWallClock('2025-07-01T03:04:05.000Z')).toBe('2025-07-01T10:04:05.000');
    expect(vietnamWallClock(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01T00:00:00.000');
    expect(vietnamWallClock('not a time')).toBeNull();
    // 16:59 UTC is still the same day in Vietnam; 17:00 UTC is the next.
    expect(todayInVietnam(new Date('2025-12-31T16:59:59Z'))).toBe('2025-12-31');
    expect(todayInVietnam(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
    expect(vietnamMidnight('2025-07-01')).toBe(Date.parse('2025-06-30T17:00:00Z'));
    expect(vietnamMidnight('nope')).toBeNaN();
  });
});

describe('dates', () => {
  it('writes dates dd/mm/yyyy', () => {
    expect(formatVietnameseDate('2025-07-01')).toBe('01/07/2025');
    expect(formatVietnameseDate('0999-12-31')).toBe('31/12/0999');
    expect(formatVietnameseDate('hôm qua')).toBe('hôm qua');
  });

  it('writes instants dd/mm/yyyy HH:mm in Vietnam time', () => {
    expect(formatVietnamInstant('2025-06-30T17:30:00.000Z')).toBe('01/07/2025 00:30');
    expect(formatVietnamInstant('2025-07-01T10:04:05+07:00')).toBe('01/07/2025 10:04');
    expect(formatVietnamInstant('later')).toBe('later');
  });

  it('stamps file names in Vietnam time', () => {
    expect(vietnamFileStamp('2025-07-01T03:04:05.000Z')).toBe('20250701-1004');
    expect(vietnamFileStamp('?')).toBeNull();
  });
});

describe('numbers', () => {
  it('groups thousands the Vietnamese way or the English way', () => {
    expect(formatVietnameseNumber(1853)).toBe('1.853');
    expect(formatNumber(1853)).toBe('1.853');
    expect(formatNumber(1_234_567, 'vi')).toBe('1.234.567');
    expect(formatNumber(1853, 'en')).toBe('1,853');
    expect(formatNumber(0, 'en')).toBe('0');
    expect(formatNumber(42, 'vi')).toBe('42');
  });
});
