import { formatVietnameseDate, type IsoDate, parseVietnameseDate } from '@niemyet/core';

/**
 * A period as typed: two dd/mm/yyyy fields (the change log's filter, the report's period).
 * Dates are typed the Vietnamese way rather than with `<input type="date">`, whose display
 * follows the browser's locale; they are read when the form is sent.
 */
export interface PeriodDrafts {
  from: string;
  to: string;
}

export type ParsedPeriod =
  | { ok: true; from: IsoDate | undefined; to: IsoDate | undefined }
  | { ok: false; problem: 'invalid'; field: 'from' | 'to'; value: string }
  | { ok: false; problem: 'missing'; field: 'from' | 'to' }
  | { ok: false; problem: 'reversed' };

export function periodDrafts(from: IsoDate | undefined, to: IsoDate | undefined): PeriodDrafts {
  return { from: from ? formatVietnameseDate(from) : '', to: to ? formatVietnameseDate(to) : '' };
}

/** Both fields read; an empty field is "no bound" unless `required`. */
export function parsePeriodDrafts(drafts: PeriodDrafts, { required = false } = {}): ParsedPeriod {
  const bounds: { from?: IsoDate; to?: IsoDate } = {};
  for (const field of ['from', 'to'] as const) {
    const text = drafts[field].trim();
    if (text === '') {
      if (required) return { ok: false, problem: 'missing', field };
      continue;
    }
    const date = parseVietnameseDate(text);
    if (date === null) return { ok: false, problem: 'invalid', field, value: text };
    bounds[field] = date;
  }
  if (bounds.from && bounds.to && bounds.from > bounds.to) return { ok: false, problem: 'reversed' };
  return { ok: true, from: bounds.from, to: bounds.to };
}
