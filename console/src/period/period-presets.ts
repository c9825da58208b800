import type { IsoDate } from '@niemyet/core';

/**
 * The report's quick picks, from today in Vietnam: reports are yearly (this year, last year)
 * or quarterly (this quarter: the quarter today falls in, to its last day).
 */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export type PeriodPreset = 'thisYear' | 'lastYear' | 'thisQuarter';
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['thisYear', 'lastYear', 'thisQuarter'];

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

export function presetPeriod(preset: PeriodPreset, today: IsoDate): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (preset === 'thisYear') return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (preset === 'lastYear') return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  const quarter = Math.floor((month - 1) / 3);
  const firstMonth = String(quarter * 3 + 1).padStart(2, '0');
  return { from: `${year}-${firstMonth}-01`, to: `${year}-${QUARTER_ENDS[quarter]}` };
}
