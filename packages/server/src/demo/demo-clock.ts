import { addDays, type IsoDate } from '@niemyet/core';

/**
 * Moments of the demo's year, on Vietnam's clock (UTC+7): people work office hours there. The
 * latest moment the demo uses is the day before the server's today, so nothing in it lies in
 * the future of the request that loads it.
 */
export function vietnamMoment(date: IsoDate, hour: number, minute = 0): string {
  return new Date(
    `${date}T${String(hour - 7).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`,
  ).toISOString();
}

export function daysBefore(date: IsoDate, days: number): IsoDate {
  return addDays(date, -days);
}
