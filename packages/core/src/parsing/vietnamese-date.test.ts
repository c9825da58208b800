import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../dates/iso-date';
import { formatVietnameseDate } from '../format/dates';
import { parseVietnameseDate } from './vietnamese-date';

describe('parseVietnameseDate', () => {
  it('reads day-first numeric dates with slashes, hyphens or dots, padded or not', () => {
    expect(parseVietnameseDate('3/8/2020')).toBe('2020-08-03');
    expect(parseVietnameseDate('03/08/2020')).toBe('2020-08-03');
    expect(parseVietnameseDate('03-08-2020')).toBe('2020-08-03');
    expect(parseVietnameseDate('03.08.2020')).toBe('2020-08-03');
    expect(parseVietnameseDate('3 / 8 / 2020')).toBe('2020-08-03');
    // The portal's own formats (decision-search.json, decision-115010.html).
    expect(parseVietnameseDate('09-12-2025')).toBe('2025-12-09');
    expect(parseVietnameseDate('03.12.2025')).toBe('2025-12-03');
  });

  it('reads dates in words, whatever the case, accents or encoding', () => {
    expect(parseVietnameseDate('ngày 18 tháng 3 năm 2022')).toBe('2022-03-18');
    expect(parseVietnameseDate('18 tháng 03 năm 2022')).toBe('2022-03-18');
    expect(parseVietnameseDate('Ngày 01 tháng 7 năm 2025')).toBe('2025-07-01');
    expect(parseVietnameseDate('NGÀY 18 THÁNG 3 NĂM 2022')).toBe('2022-03-18');
    expect(parseVietnameseDate('ngày 18 tháng 3 năm 2022'.normalize('NFD'))).toBe('2022-03-18');
    expect(parseVietnameseDate('ngay 18 thang 3 nam 2022')).toBe('2022-03-18');
    expect(parseVietnameseDate('ngày\u00a018\u00a0tháng\u00a03 năm\n2022')).toBe('2022-03-18');
  });

  it('reads ISO dates and ignores a time of day', () => {
    expect(parseVietnameseDate('2022-03-18')).toBe('2022-03-18');
    expect(parseVietnameseDate('2022-3-8')).toBe('2022-03-08');
    expect(parseVietnameseDate('2025-12-09 00:00:00.0')).toBe('2025-12-09');
    expect(parseVietnameseDate('18/02/2025 08:30')).toBe('2025-02-18');
  });

  it('tolerates a leading "ngày", NBSP, zero-width characters and trailing punctuation', () => {
    expect(parseVietnameseDate('ngày 08/6/2010')).toBe('2010-06-08');
    expect(parseVietnameseDate('\u00a0 03/08/2020\u200b ')).toBe('2020-08-03');
    expect(parseVietnameseDate('03/08/2020.')).toBe('2020-08-03');
  });

  it('rejects impossible dates, two-digit years and other text', () => {
    for (const text of [
      '31/02/2020',
      '29/02/2021',
      '32/01/2020',
      '00/01/2020',
      '01/13/2020',
      '3/8/20',
      '03-08-20',
      '18 tháng 3 năm 22',
      '03/08-2020',
      '2020-02-30',
      '2022-03-18T10:00:00Z',
      '1/1/1800',
      '',
      'Trong ngày',
      '45/2020/NĐ-CP',
      '2.000 đồng',
    ]) {
      expect(parseVietnameseDate(text), text).toBeNull();
    }
    expect(parseVietnameseDate('29/02/2020')).toBe('2020-02-29');
  });

  it('property: every date written dd/mm/yyyy, d-m-yyyy or in words reads back', () => {
    const day = fc
      .integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2100-12-31') })
      .map(fromDayNumber);
    fc.assert(
      fc.property(day, (iso) => {
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        expect(parseVietnameseDate(formatVietnameseDate(iso))).toBe(iso);
        expect(parseVietnameseDate(`${d}-${m}-${y}`)).toBe(iso);
        expect(parseVietnameseDate(`ngày ${d} tháng ${m} năm ${y}`)).toBe(iso);
        expect(parseVietnameseDate(iso)).toBe(iso);
      }),
    );
  });
});
