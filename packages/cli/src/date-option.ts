import { type IsoDate, parseVietnameseDate } from '@niemyet/core';
import { InvalidArgumentError } from 'commander';

/** Commander argument parser for dates: dd/mm/yyyy (as offices write them) or ISO yyyy-mm-dd. */
export function parseDateOption(value: string): IsoDate {
  const date = parseVietnameseDate(value);
  if (date === null)
    throw new InvalidArgumentError(
      `ngày không hợp lệ «${value}»; dùng dd/mm/yyyy hoặc yyyy-mm-dd (invalid date: use dd/mm/yyyy or yyyy-mm-dd)`,
    );
  return date;
}
