import { fromDayNumber, type IsoDate, isValidIsoDate, toDayNumber } from '../dates/iso-date';
import type { CalendarAdjustment } from '../model/settings';
import { DEFAULT_CALENDAR_ADJUSTMENTS } from './default-adjustments';
import { type Holiday, isWeekend, statutoryHolidays } from './holidays';

/** An adjustment as users type it: the note may be left out. */
export type CalendarAdjustmentInput = Pick<CalendarAdjustment, 'date' | 'working'> & { note?: string };

/**
 * Working days of Vietnamese government offices: Monday–Friday, minus statutory holidays
 * and their compensatory days, then overridden day by day by the adjustments table.
 *
 * Counting convention (the same both ways, so the two functions are inverses):
 * a count of working days "from A to B" counts the working days you step onto when walking
 * from A to B — A itself is never counted, B is.
 * - `workingDaysBetween(from, to)` with `to` after `from` counts working days in (from, to];
 *   with `to` before `from` it is minus the working days in [to, from); 0 when equal.
 * - `addWorkingDays(date, n)` is the n-th working day after `date` (n > 0), the |n|-th
 *   working day before it (n < 0), or `date` itself (n = 0).
 * So `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every d and n, and
 * `addWorkingDays(d, workingDaysBetween(d, e)) === e` whenever e is a working day.
 * Example: from Friday 2024-03-08, `addWorkingDays(…, 1)` is Monday 2024-03-11 and
 * `workingDaysBetween('2024-03-08', '2024-03-11')` is 1.
 */
export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean;
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /** Days off in a year: statutory and compensatory days still off after the adjustments,
   *  plus the adjustments' extra days off; in date order. */
  holidaysIn(year: number): Holiday[];
}

/** One solar year precomputed: a flag per day and running totals, so counts are O(1). */
interface YearTable {
  /** Day number (days since 1970-01-01) of 1 January. */
  first: number;
  working: Uint8Array;
  /** before[i] = working days among the year's first i days; before[length] = year total. */
  before: Int32Array;
  holidays: Holiday[];
}

function yearOfDayNumber(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

function assertDate(date: IsoDate, where: string): number {
  if (typeof date !== 'string' || !isValidIsoDate(date)) {
    throw new RangeError(`${where}: "${String(date)}" is not a date as YYYY-MM-DD`);
  }
  return toDayNumber(date);
}

function indexAdjustments(
  adjustments: readonly CalendarAdjustmentInput[],
): Map<IsoDate, CalendarAdjustmentInput> {
  const byDate = new Map<IsoDate, CalendarAdjustmentInput>();
  for (const [i, adjustment] of adjustments.entries()) {
    if (!isValidIsoDate(adjustment.date)) {
      throw new RangeError(`calendar adjustment #${i + 1}: "${adjustment.date}" is not a date as YYYY-MM-DD`);
    }
    const earlier = byDate.get(adjustment.date);
    if (earlier && earlier.working !== adjustment.working) {
      throw new RangeError(
        `calendar adjustments disagree about ${adjustment.date}: one makes it a working day, another a day off`,
      );
    }
    byDate.set(adjustment.date, adjustment);
  }
  return byDate;
}

export function createWorkingCalendar(
  adjustments: readonly CalendarAdjustmentInput[] = DEFAULT_CALENDAR_ADJUSTMENTS,
): WorkingCalendar {
  const byDate = indexAdjustments(adjustments);
  const tables = new Map<number, YearTable>();

  function table(year: number): YearTable {
    const cached = tables.get(year);
    if (cached) return cached;
    const first = toDayNumber(`${String(year).padStart(4, '0')}-01-01`);
    const length = toDayNumber(`${String(year + 1).padStart(4, '0')}-01-01`) - first;
    const statutory = statutoryHolidays(year);
    const off = new Set(statutory.map((h) => h.date));
    const working = new Uint8Array(length);
    const before = new Int32Array(length + 1);
    for (let i = 0; i < length; i++) {
      const date = fromDayNumber(first + i);
      const adjustment = byDate.get(date);
      const isWorking = adjustment ? adjustment.working : !isWeekend(date) && !off.has(date);
      working[i] = isWorking ? 1 : 0;
      before[i + 1] = before[i]! + working[i]!;
    }
    const holidays = statutory.filter((h) => byDate.get(h.date)?.working !== true);
    for (const [date, adjustment] of byDate) {
      if (adjustment.working || !date.startsWith(`${String(year).padStart(4, '0')}-`) || off.has(date))
        continue;
      holidays.push({
        date,
        name: adjustment.note ? `Nghỉ theo điều chỉnh lịch: ${adjustment.note}` : 'Nghỉ theo điều chỉnh lịch',
        nameEn: 'Day off by calendar adjustment',
        compensatory: false,
      });
    }
    holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const built = { first, working, before, holidays };
    tables.set(year, built);
    return built;
  }

  function isWorkingDayNumber(day: number): boolean {
    const t = table(yearOfDayNumber(day));
    return t.working[day - t.first] === 1;
  }

  /** Working days in [a, b] (day numbers, a ≤ b), a year table at a time. */
  function countInclusive(a: number, b: number): number {
    let total = 0;
    let day = a;
    while (day <= b) {
      const t = table(yearOfDayNumber(day));
      const last = Math.min(b, t.first + t.working.length - 1);
      total += t.before[last - t.first + 1]! - t.before[day - t.first]!;
      day = last + 1;
    }
    return total;
  }

  function addWorkingDays(date: IsoDate, n: number): IsoDate {
    const start = assertDate(date, 'addWorkingDays');
    if (!Number.isInteger(n))
      throw new RangeError(`addWorkingDays: ${n} is not a whole number of working days`);
    if (n === 0) return date;
    let remaining = Math.abs(n);
    if (n > 0) {
      let day = start + 1;
      for (;;) {
        const t = table(yearOfDayNumber(day));
        const index = day - t.first;
        const leftInYear = t.before[t.working.length]! - t.before[index]!;
        if (leftInYear < remaining) {
          // Skip the rest of the year in one step.
          remaining -= leftInYear;
          day = t.first + t.working.length;
          continue;
        }
        for (let i = index; ; i++) {
          if (t.working[i] === 1 && --remaining === 0) return fromDayNumber(t.first + i);
        }
      }
    }
    let day = start - 1;
    for (;;) {
      const t = table(yearOfDayNumber(day));
      const index = day - t.first;
      const soFarInYear = t.before[index + 1]!;
      if (soFarInYear < remaining) {
        remaining -= soFarInYear;
        day = t.first - 1;
        continue;
      }
      for (let i = index; ; i--) {
        if (t.working[i] === 1 && --remaining === 0) return fromDayNumber(t.first + i);
      }
    }
  }

  function workingDaysBetween(from: IsoDate, to: IsoDate): number {
    const a = assertDate(from, 'workingDaysBetween');
    const b = assertDate(to, 'workingDaysBetween');
    if (b > a) return countInclusive(a + 1, b);
    if (b < a) return -countInclusive(b, a - 1);
    return 0;
  }

  return {
    isWorkingDay: (date) => isWorkingDayNumber(assertDate(date, 'isWorkingDay')),
    addWorkingDays,
    workingDaysBetween,
    holidaysIn: (year) => {
      if (!Number.isInteger(year)) throw new RangeError(`holidaysIn: year ${year} is not a whole number`);
      return table(year).holidays.map((h) => ({ ...h }));
    },
  };
}
