import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, fromDayNumber, type IsoDate, toDayNumber } from '../dates/iso-date';
import { CalendarAdjustmentSchema } from '../model/settings';
import { DEFAULT_CALENDAR_ADJUSTMENTS } from './default-adjustments';
import { createWorkingCalendar, type WorkingCalendar } from './working-days';

const calendar = createWorkingCalendar();
const dateIn2000to2050 = fc
  .integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2050-12-31') })
  .map(fromDayNumber);

/** Weekdays off and weekend days worked in a year: the whole shape of a year's calendar. */
function exceptions(cal: WorkingCalendar, year: number): { weekdaysOff: string[]; weekendsWorked: string[] } {
  const weekdaysOff: string[] = [];
  const weekendsWorked: string[] = [];
  for (let day = `${year}-01-01`; day.startsWith(`${year}`); day = addDays(day, 1)) {
    const weekend = dayOfWeek(day) === 0 || dayOfWeek(day) === 6;
    if (!weekend && !cal.isWorkingDay(day)) weekdaysOff.push(day.slice(5));
    if (weekend && cal.isWorkingDay(day)) weekendsWorked.push(day.slice(5));
  }
  return { weekdaysOff, weekendsWorked };
}

/** The obvious day-by-day definition, to check the fast one against. */
function naiveAdd(cal: WorkingCalendar, date: IsoDate, n: number): IsoDate {
  let day = date;
  let remaining = Math.abs(n);
  while (remaining > 0) {
    day = addDays(day, Math.sign(n));
    if (cal.isWorkingDay(day)) remaining--;
  }
  return day;
}

describe('the default working calendar matches the announced schedules', () => {
  it('2024: Tết 8–14/2, 29/4 swapped with Saturday 4/5, Quốc khánh 31/8–3/9', () => {
    expect(exceptions(calendar, 2024)).toEqual({
      weekdaysOff: [
        '01-01',
        '02-08',
        '02-09',
        '02-12',
        '02-13',
        '02-14',
        '04-18',
        '04-29',
        '04-30',
        '05-01',
        '09-02',
        '09-03',
      ],
      weekendsWorked: ['05-04'],
    });
  });

  it('2025: Tết 25/1–2/2 back on Monday 3/2, 2/5 swapped with Saturday 26/4, Quốc khánh 30/8–2/9', () => {
    expect(exceptions(calendar, 2025)).toEqual({
      weekdaysOff: [
        '01-01',
        '01-27',
        '01-28',
        '01-29',
        '01-30',
        '01-31',
        '04-07',
        '04-30',
        '05-01',
        '05-02',
        '09-01',
        '09-02',
      ],
      weekendsWorked: ['04-26'],
    });
  });

  it('2026: Tết Monday 16/2 – Friday 20/2 needs no adjustment', () => {
    expect(exceptions(calendar, 2026).weekdaysOff.filter((d) => d.startsWith('02'))).toEqual([
      '02-16',
      '02-17',
      '02-18',
      '02-19',
      '02-20',
    ]);
  });

  it('2020, 2021 and 2023: Tết from 29 Tết through mùng 5; 2021 Quốc khánh 2–3/9', () => {
    const tet = (year: number) =>
      exceptions(calendar, year).weekdaysOff.filter((d) => d > '01-15' && d < '03-01');
    expect(tet(2020)).toEqual(['01-23', '01-24', '01-27', '01-28', '01-29']);
    expect(tet(2021)).toEqual(['02-10', '02-11', '02-12', '02-15', '02-16']);
    expect(tet(2023)).toEqual(['01-20', '01-23', '01-24', '01-25', '01-26']);
    expect(exceptions(calendar, 2021).weekdaysOff.filter((d) => d.startsWith('09'))).toEqual([
      '09-02',
      '09-03',
    ]);
  });

  it('counts 251 working days in 2024 (262 weekdays − 12 off + 1 Saturday)', () => {
    expect(calendar.workingDaysBetween('2023-12-31', '2024-12-31')).toBe(251);
  });

  it('the default table is valid settings data, one row per date', () => {
    for (const row of DEFAULT_CALENDAR_ADJUSTMENTS) expect(CalendarAdjustmentSchema.parse(row)).toEqual(row);
    const dates = DEFAULT_CALENDAR_ADJUSTMENTS.map((a) => a.date);
    expect(new Set(dates).size).toBe(dates.length);
  });
});

describe('adjustments', () => {
  it('without adjustments, only statute and weekends count', () => {
    const plain = createWorkingCalendar([]);
    expect(plain.isWorkingDay('2024-02-08')).toBe(true);
    expect(plain.isWorkingDay('2024-02-15')).toBe(false); // compensatory day by statute
    expect(plain.isWorkingDay('2024-05-04')).toBe(false);
  });

  it('applies an office’s own rows: a make-up Saturday and an extra day off', () => {
    const custom = createWorkingCalendar([
      { date: '2026-01-02', working: false, note: 'Nghỉ Tết Dương lịch 2026' },
      { date: '2026-01-10', working: true },
    ]);
    expect(custom.isWorkingDay('2026-01-02')).toBe(false);
    expect(custom.isWorkingDay('2026-01-10')).toBe(true);
    expect(custom.addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
    expect(custom.holidaysIn(2026).slice(0, 2)).toEqual([
      { date: '2026-01-01', name: 'Tết Dương lịch', nameEn: "New Year's Day", compensatory: false },
      {
        date: '2026-01-02',
        name: 'Nghỉ theo điều chỉnh lịch: Nghỉ Tết Dương lịch 2026',
        nameEn: 'Day off by calendar adjustment',
        compensatory: false,
      },
    ]);
  });

  it('rejects bad rows with a message naming the problem', () => {
    expect(() => createWorkingCalendar([{ date: '2024-13-01', working: true }])).toThrow(
      /adjustment #1: "2024-13-01" is not a date/,
    );
    expect(() =>
      createWorkingCalendar([
        { date: '2024-05-04', working: true },
        { date: '2024-05-04', working: false },
      ]),
    ).toThrow(/disagree about 2024-05-04/);
  });
});

describe('holidaysIn', () => {
  it('lists the days actually off: swapped weekdays in, statutory days made working out', () => {
    const dates = calendar.holidaysIn(2024).map((h) => h.date);
    expect(dates).toContain('2024-02-08');
    expect(dates).toContain('2024-04-29');
    expect(dates).not.toContain('2024-02-15');
    expect(dates).toEqual([...dates].sort());
  });

  it('returns copies, so callers cannot corrupt the cache', () => {
    const first = calendar.holidaysIn(2025);
    first[0]!.date = '1999-01-01';
    first.length = 0;
    expect(calendar.holidaysIn(2025)[0]?.date).toBe('2025-01-01');
  });
});

describe('addWorkingDays and workingDaysBetween', () => {
  it('steps over weekends: Friday + 1 is Monday, and that is 1 working day apart', () => {
    expect(calendar.addWorkingDays('2024-03-08', 1)).toBe('2024-03-11');
    expect(calendar.workingDaysBetween('2024-03-08', '2024-03-11')).toBe(1);
    expect(calendar.addWorkingDays('2024-03-11', -1)).toBe('2024-03-08');
    expect(calendar.workingDaysBetween('2024-03-11', '2024-03-08')).toBe(-1);
  });

  it('steps over Tết 2024: the working day after Wed 7/2 is Thu 15/2', () => {
    expect(calendar.addWorkingDays('2024-02-07', 1)).toBe('2024-02-15');
    expect(calendar.addWorkingDays('2024-02-15', -1)).toBe('2024-02-07');
    expect(calendar.workingDaysBetween('2024-02-07', '2024-02-15')).toBe(1);
  });

  it('lands on a make-up Saturday', () => {
    expect(calendar.addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
    expect(calendar.addWorkingDays('2024-05-03', 1)).toBe('2024-05-04');
  });

  it('counts nothing for a span of days off, and 0 steps is the same date even on a holiday', () => {
    expect(calendar.workingDaysBetween('2024-02-07', '2024-02-14')).toBe(0);
    expect(calendar.workingDaysBetween('2024-02-10', '2024-02-10')).toBe(0);
    expect(calendar.addWorkingDays('2024-02-10', 0)).toBe('2024-02-10');
  });

  it('crosses years, including long jumps', () => {
    expect(calendar.addWorkingDays('2024-12-31', 1)).toBe('2025-01-02');
    expect(calendar.addWorkingDays('2025-01-02', -1)).toBe('2024-12-31');
    expect(calendar.addWorkingDays('2023-12-31', 251)).toBe('2024-12-31');
    expect(calendar.addWorkingDays('2020-01-01', 2000)).toBe(naiveAdd(calendar, '2020-01-01', 2000));
    expect(calendar.addWorkingDays('2040-06-15', -2000)).toBe(naiveAdd(calendar, '2040-06-15', -2000));
  });

  it('are inverses: workingDaysBetween(d, addWorkingDays(d, n)) === n (property)', () => {
    fc.assert(
      fc.property(dateIn2000to2050, fc.integer({ min: -400, max: 400 }), (date, n) => {
        expect(calendar.workingDaysBetween(date, calendar.addWorkingDays(date, n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('addWorkingDays(d, workingDaysBetween(d, e)) === e when e is a working day (property)', () => {
    fc.assert(
      fc.property(dateIn2000to2050, fc.integer({ min: -600, max: 600 }), (date, offset) => {
        const target = addDays(date, offset);
        fc.pre(calendar.isWorkingDay(target) || target === date);
        expect(calendar.addWorkingDays(date, calendar.workingDaysBetween(date, target))).toBe(target);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the day-by-day definition and always lands on a working day (property)', () => {
    fc.assert(
      fc.property(dateIn2000to2050, fc.integer({ min: -300, max: 300 }), (date, n) => {
        const result = calendar.addWorkingDays(date, n);
        expect(result).toBe(naiveAdd(calendar, date, n));
        if (n !== 0) expect(calendar.isWorkingDay(result)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects bad input with a message naming it', () => {
    expect(() => calendar.addWorkingDays('2024-02-30', 1)).toThrow(
      /addWorkingDays: "2024-02-30" is not a date/,
    );
    expect(() => calendar.addWorkingDays('2024-02-01', 1.5)).toThrow(/1.5 is not a whole number/);
    expect(() => calendar.workingDaysBetween('2024-01-01', '24/1/2024')).toThrow(
      /"24\/1\/2024" is not a date/,
    );
    expect(() => calendar.isWorkingDay('')).toThrow(/isWorkingDay/);
  });
});
