import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../dates/iso-date';
import { leapMonthOf, lunarNewYear, lunarToSolar, solarToLunar } from './lunar';

const FIRST_DAY = toDayNumber('2000-01-01');
const LAST_DAY = toDayNumber('2050-12-31');
const dateIn2000to2050 = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(fromDayNumber);

describe('lunarNewYear (mùng 1 Tết)', () => {
  it.each([
    [2000, '2000-02-05'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
  ])('Tết %i is on %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });

  it('puts Tết 2007 on 17 February, a day before China: the new moon fell at about 23:15 in Hà Nội, 00:15 next day in Beijing', () => {
    expect(lunarNewYear(2007)).toBe('2007-02-17');
    expect(solarToLunar('2007-02-17')).toEqual({ day: 1, month: 1, year: 2007, leap: false });
    expect(solarToLunar('2007-02-18')).toEqual({ day: 2, month: 1, year: 2007, leap: false });
    expect(solarToLunar('2007-02-16')).toEqual({ day: 29, month: 12, year: 2006, leap: false });
  });

  it('always falls between 21 January and 20 February (2000–2050)', () => {
    for (let year = 2000; year <= 2050; year++) {
      const monthDay = lunarNewYear(year).slice(5);
      expect(monthDay >= '01-21' && monthDay <= '02-20', `${year}: ${monthDay}`).toBe(true);
    }
  });
});

describe('Giỗ Tổ Hùng Vương (10/3 lunar)', () => {
  it.each([
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('%i is on %s', (year, date) => {
    expect(lunarToSolar(10, 3, year)).toBe(date);
    expect(solarToLunar(date)).toEqual({ day: 10, month: 3, year, leap: false });
  });
});

describe('leap months (tháng nhuận)', () => {
  it.each([
    [2020, 4, '2020-05-23'],
    [2023, 2, '2023-03-22'],
    [2025, 6, '2025-07-25'],
    [2033, 11, '2033-12-22'],
  ])('lunar year %i repeats month %i, starting %s', (year, month, start) => {
    expect(leapMonthOf(year)).toBe(month);
    expect(lunarToSolar(1, month, year, true)).toBe(start);
    expect(solarToLunar(start)).toEqual({ day: 1, month, year, leap: true });
    // The leap month follows the ordinary month of the same number.
    expect(solarToLunar(addDays(start, -1))).toMatchObject({ month, year, leap: false });
  });

  it('knows the years without one', () => {
    expect(leapMonthOf(2024)).toBeNull();
    expect(leapMonthOf(2026)).toBeNull();
  });

  it('has 12 or 13 months a year and every month 29 or 30 days (2000–2050)', () => {
    for (let year = 2000; year <= 2050; year++) {
      const length = toDayNumber(lunarNewYear(year + 1)) - toDayNumber(lunarNewYear(year));
      const leap = leapMonthOf(year);
      if (leap === null) expect(length, `${year}`).toBeGreaterThanOrEqual(353);
      if (leap === null) expect(length, `${year}`).toBeLessThanOrEqual(355);
      if (leap !== null) expect(length, `${year}`).toBeGreaterThanOrEqual(383);
      if (leap !== null) expect(length, `${year}`).toBeLessThanOrEqual(385);
    }
  });
});

describe('solarToLunar ⇄ lunarToSolar', () => {
  it('round-trips every day of 2000–2050 (property)', () => {
    fc.assert(
      fc.property(dateIn2000to2050, (date) => {
        const lunar = solarToLunar(date);
        expect(lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap)).toBe(date);
      }),
      { numRuns: 3000 },
    );
  });

  it('moves one lunar day per solar day: the next day is day + 1 or the 1st of the next month (property)', () => {
    fc.assert(
      fc.property(dateIn2000to2050, (date) => {
        const today = solarToLunar(date);
        const tomorrow = solarToLunar(addDays(date, 1));
        if (tomorrow.day === 1) {
          expect(today.day === 29 || today.day === 30).toBe(true);
        } else {
          expect(tomorrow).toEqual({ ...today, day: today.day + 1 });
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('bad input', () => {
  it('refuses a leap month the year does not have', () => {
    expect(() => lunarToSolar(1, 5, 2024, true)).toThrow(/no leap month 5/);
  });

  it('refuses day 30 of a 29-day month', () => {
    // Month 12 of Giáp Thìn (ending 2025-01-28) has 29 days.
    expect(lunarToSolar(29, 12, 2024)).toBe('2025-01-28');
    expect(() => lunarToSolar(30, 12, 2024)).toThrow(/has 29 days/);
  });

  it('refuses impossible months, days and out-of-range years', () => {
    expect(() => lunarToSolar(1, 13, 2024)).toThrow(/month 13/);
    expect(() => lunarToSolar(0, 1, 2024)).toThrow(/day 0/);
    expect(() => lunarNewYear(1850)).toThrow(/outside the supported range/);
    expect(() => solarToLunar('2024-02-30')).toThrow(/not a date/);
  });
});
