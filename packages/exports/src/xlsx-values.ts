import { type IsoDate, vietnamWallClock } from '@niemyet/core';
import type { ExportCell } from './change-log-cells';

/** Excel's date formats as Vietnamese readers write them. */
export const XLSX_DATE_FORMAT = 'dd/mm/yyyy';
export const XLSX_INSTANT_FORMAT = 'dd/mm/yyyy hh:mm';

/**
 * A date as the Date ExcelJS turns into a serial day: Excel days have no time zone and ExcelJS
 * counts in UTC, so the day's UTC midnight is that day in every spreadsheet.
 */
export function xlsxDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** An instant as Vietnam's wall clock, for the same UTC-counting conversion. */
export function xlsxInstant(instant: string): Date | string {
  const local = vietnamWallClock(instant);
  return local === null ? instant : new Date(`${local}Z`);
}

/** The typed value of one export cell. */
export function xlsxValue(cell: ExportCell): string | number | Date | null {
  switch (cell.type) {
    case 'empty':
      return null;
    case 'number':
    case 'text':
      return cell.value;
    case 'date':
      return xlsxDate(cell.value);
    case 'instant':
      return xlsxInstant(cell.value);
  }
}
