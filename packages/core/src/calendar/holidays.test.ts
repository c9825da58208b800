import { describe, expect, it } from 'vitest';
import { dayOfWeek } from '../dates/iso-date';
import { isWeekend, statutoryHolidays } from './holidays';

/** "date" or "date bù" (compensatory) lines: compact enough to read a whole year at a glance. */
function summary(year: number): string[] {
  return statutoryHolidays(year).map((h) => `${h.date}${h.compensatory ? ' bù' : ''}`);
}

describe('statutoryHolidays', () => {
  it('2024: Tết from 30 Tết (Fri 9/2) with two compensatory days for its weekend, 2/9 beside a Sunday 1/9', () => {
    expect(summary(2024)).toEqual([
      '2024-01-01',
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14 bù',
      '2024-02-15 bù',
      '2024-04-18',
      '2024-04-30',
      '2024-05-01',
      '2024-09-01',
      '2024-09-02',
      '2024-09-03 bù',
    ]);
  });

  it('2025: Tết from 29 Tết (Tue 28/1) through mùng 4 (Sat 1/2), made up on Mon 3/2', () => {
    expect(summary(2025)).toEqual([
      '2025-01-01',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-03 bù',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-09-01',
      '2025-09-02',
    ]);
  });

  it('2026: Tết Mon 16/2 – Fri 20/2, Giỗ Tổ on Sunday 26/4 made up on Monday 27/4', () => {
    expect(summary(2026)).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-27 bù',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
  });

  it('2023: overlapping weekends push compensatory days past the holidays that follow', () => {
    // Giỗ Tổ Sat 29/4 and 30/4 Sun, then 1/5 (Mon) is itself a holiday: made up Tue 2/5, Wed 3/5.
    expect(summary(2023).filter((d) => d.startsWith('2023-04') || d.startsWith('2023-05'))).toEqual([
      '2023-04-29',
      '2023-04-30',
      '2023-05-01',
      '2023-05-02 bù',
      '2023-05-03 bù',
    ]);
    // Tết's first two days fell on Sat 21/1 and Sun 22/1; Mon–Wed were Tết itself.
    expect(summary(2023).filter((d) => d.startsWith('2023-01-2'))).toEqual([
      '2023-01-21',
      '2023-01-22',
      '2023-01-23',
      '2023-01-24',
      '2023-01-25',
      '2023-01-26 bù',
      '2023-01-27 bù',
    ]);
  });

  it('names holidays in Vietnamese and English, and says which holiday a compensatory day stands for', () => {
    const byDate = new Map(statutoryHolidays(2024).map((h) => [h.date, h]));
    expect(byDate.get('2024-01-01')).toEqual({
      date: '2024-01-01',
      name: 'Tết Dương lịch',
      nameEn: "New Year's Day",
      compensatory: false,
    });
    expect(byDate.get('2024-02-09')?.name).toBe('Tết Nguyên đán (30 tháng Chạp)');
    expect(byDate.get('2024-02-10')?.name).toBe('Tết Nguyên đán (mùng 1)');
    expect(byDate.get('2024-04-18')?.name).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch)');
    expect(byDate.get('2024-09-02')?.nameEn).toBe('National Day');
    expect(byDate.get('2024-02-14')).toMatchObject({
      name: 'Nghỉ bù Tết Nguyên đán (mùng 1)',
      nameEn: 'Compensatory day off for Lunar New Year (Tết): day 1',
      compensatory: true,
    });
  });

  it('follows the law in force: one day for Quốc khánh before 2021, four days of Tết before 2014, no Giỗ Tổ before 2007', () => {
    const y2020 = statutoryHolidays(2020).map((h) => h.date);
    expect(y2020).toContain('2020-09-02');
    expect(y2020).not.toContain('2020-09-01');
    const tet2010 = statutoryHolidays(2010).filter((h) => h.name.startsWith('Tết Nguyên đán'));
    expect(tet2010.map((h) => h.date)).toEqual(['2010-02-13', '2010-02-14', '2010-02-15', '2010-02-16']);
    expect(statutoryHolidays(2006).some((h) => h.name.startsWith('Giỗ Tổ'))).toBe(false);
    expect(statutoryHolidays(2007).some((h) => h.date === '2007-04-26' && h.name.startsWith('Giỗ Tổ'))).toBe(
      true,
    );
  });

  it('gives exactly one compensatory weekday per weekend holiday, never on a holiday (2000–2050)', () => {
    for (let year = 2000; year <= 2050; year++) {
      const holidays = statutoryHolidays(year);
      const dates = holidays.map((h) => h.date);
      expect(new Set(dates).size, `${year}: duplicate dates`).toBe(dates.length);
      expect([...dates].sort(), `${year}: sorted`).toEqual(dates);
      const onWeekend = holidays.filter((h) => !h.compensatory && isWeekend(h.date)).length;
      const compensatory = holidays.filter((h) => h.compensatory);
      expect(compensatory.length, `${year}`).toBe(onWeekend);
      for (const day of compensatory) expect(dayOfWeek(day.date), day.date).not.toBe(0);
      for (const day of compensatory) expect(dayOfWeek(day.date), day.date).not.toBe(6);
      expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
    }
  });
});
