import { addDays, dayOfWeek, type IsoDate, isoDate } from '../dates/iso-date';
import { lunarNewYear, lunarToSolar, solarToLunar } from './lunar';

/** One day off by statute (or a compensatory day for a holiday that fell on a weekend). */
export interface Holiday {
  date: IsoDate;
  /** Vietnamese name, as shown to users. */
  name: string;
  nameEn: string;
  /** True for a day given in lieu of a holiday that fell on Saturday or Sunday. */
  compensatory: boolean;
}

/** Saturday or Sunday: the weekly rest days of government offices (since 1999). */
export function isWeekend(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

const TET_DAY_LABELS_VI = ['mùng 1', 'mùng 2', 'mùng 3', 'mùng 4', 'mùng 5'];
const TET_DAY_LABELS_EN = ['day 1', 'day 2', 'day 3', 'day 4', 'day 5'];

/**
 * The statutory public holidays of a solar year, with compensatory days, in date order.
 *
 * Labour Code 2019 (45/2019/QH14) art. 112 cl. 1, in force from 2021:
 * Tết Dương lịch 1/1; Tết Nguyên đán 5 days; Ngày Chiến thắng 30/4; Quốc tế Lao động 1/5;
 * Quốc khánh 2/9 plus one adjacent day; Giỗ Tổ Hùng Vương 10/3 lunar. Earlier years follow
 * the law then in force: Quốc khánh was one day before 2021 (Labour Code 2012 art. 115),
 * Tết Nguyên đán four days before the Labour Code 2012 took effect (Tết 2014 is the first
 * five-day Tết), and Giỗ Tổ became a day off in 2007. Modelled from 2000 on.
 *
 * The government fixes each year which five days of Tết are taken and which day sits next to
 * 2/9; this function gives the usual default — Tết from the last day of the old lunar year
 * through mùng 4, and 1/9 beside 2/9 — and the real yearly decisions live in the calendar
 * adjustments table (default-adjustments.ts), applied by the working calendar on top.
 *
 * Art. 111 cl. 3: a holiday that falls on the weekly rest day is made up on the next working
 * day. Holidays are processed in date order and each compensatory day goes to the first
 * weekday that is neither a holiday nor already a compensatory day, so Tết spanning a weekend
 * pushes its compensatory days after the end of Tết.
 */
export function statutoryHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year)) throw new RangeError(`statutoryHolidays: year ${year} is not a whole number`);
  const holidays: Holiday[] = [];
  const add = (date: IsoDate, name: string, nameEn: string) =>
    holidays.push({ date, name, nameEn, compensatory: false });

  add(isoDate(year, 1, 1), 'Tết Dương lịch', "New Year's Day");

  const tet = lunarNewYear(year);
  const tetDaysAfterNewYear = year >= 2014 ? 4 : 3;
  const lastDay = solarToLunar(addDays(tet, -1));
  add(
    addDays(tet, -1),
    `Tết Nguyên đán (${lastDay.day} tháng Chạp${lastDay.leap ? ' nhuận' : ''})`,
    "Lunar New Year (Tết): New Year's Eve",
  );
  for (let i = 0; i < tetDaysAfterNewYear; i++) {
    add(
      addDays(tet, i),
      `Tết Nguyên đán (${TET_DAY_LABELS_VI[i]})`,
      `Lunar New Year (Tết): ${TET_DAY_LABELS_EN[i]}`,
    );
  }

  if (year >= 2007) {
    add(lunarToSolar(10, 3, year), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', "Hùng Kings' Commemoration Day");
  }
  add(isoDate(year, 4, 30), 'Ngày Chiến thắng (30/4)', 'Reunification Day');
  add(isoDate(year, 5, 1), 'Ngày Quốc tế Lao động (1/5)', 'International Labour Day');
  if (year >= 2021) {
    add(isoDate(year, 9, 1), 'Quốc khánh (ngày liền kề 2/9)', 'National Day (adjacent day)');
  }
  add(isoDate(year, 9, 2), 'Quốc khánh (2/9)', 'National Day');

  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return withCompensatoryDays(holidays);
}

function withCompensatoryDays(holidays: Holiday[]): Holiday[] {
  const taken = new Set(holidays.map((h) => h.date));
  const result = [...holidays];
  for (const holiday of holidays) {
    if (!isWeekend(holiday.date)) continue;
    let day = addDays(holiday.date, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    result.push({
      date: day,
      name: `Nghỉ bù ${holiday.name}`,
      nameEn: `Compensatory day off for ${holiday.nameEn}`,
      compensatory: true,
    });
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
