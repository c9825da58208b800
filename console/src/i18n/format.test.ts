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

  it("writes instants as time then date, on Vietnam's clock whatever the machine's zone", () => {
    expect(formatDateTime(new Date('2026-11-25T02:05:03Z'))).toBe('09:05:03 25/11/2026');
    expect(formatDateTime('2026-11-25T20:05:03Z')).toBe('03:05:03 26/11/2026');
  });

  it("writes log times date first, to the minute, on Vietnam's clock", () => {
    expect(formatDayTime(new Date('2026-11-05T02:05:03Z'))).toBe('05/11/2026 09:05');
    expect(formatDayTime('2026-11-05T17:30:00Z')).toBe('06/11/2026 00:30');
  });

  it('shortens hashes to twelve characters', () => {
    expect(hashPrefix('a'.repeat(64))).toBe('aaaaaaaaaaaa');
  });
});
