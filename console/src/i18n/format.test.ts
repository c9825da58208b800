import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDateTime, formatDayTime, hashPrefix } from './format';

describe('console formats', () => {
  it('writes counts the Vietnamese way', () => {
    expect(formatCount(1853)).toBe('1.853');
    expect(formatCount(20000)).toBe('20.000');
    expect(formatCount(7)).toBe('7');
  });

  it('writes dates dd/mm/yyyy, with a fallback for no date', () => {
    expect(formatDate('2020-12-31')).toBe('31/12/2020');
    expect(formatDate(null)).toBe('—');
    expect(formatDate(null, 'trước đó')).toBe('trước đó');
  });

  it('writes instants as time then date', () => {
    expect(formatDateTime(new Date(2026, 10, 25, 9, 5, 3))).toBe('09:05:03 25/11/2026');
  });

  it('writes log times date first, to the minute', () => {
    expect(formatDayTime(new Date(2026, 10, 5, 9, 5, 3))).toBe('05/11/2026 09:05');
  });

  it('shortens hashes to twelve characters', () => {
    expect(hashPrefix('a'.repeat(64))).toBe('aaaaaaaaaaaa');
  });
});
