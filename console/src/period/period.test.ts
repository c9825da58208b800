import { describe, expect, it } from 'vitest';
import { parsePeriodDrafts, periodDrafts } from './period-drafts';
import { presetPeriod } from './period-presets';

describe('period drafts', () => {
  it('reads dd/mm/yyyy (and dd-mm-yyyy) into ISO dates, empty as no bound', () => {
    expect(parsePeriodDrafts({ from: '01/01/2020', to: '31-12-2020' })).toEqual({
      ok: true,
      from: '2020-01-01',
      to: '2020-12-31',
    });
    expect(parsePeriodDrafts({ from: '', to: '' })).toEqual({ ok: true, from: undefined, to: undefined });
  });

  it('names the field that is not a date, a missing required bound, and a reversed period', () => {
    expect(parsePeriodDrafts({ from: '31/02/2020', to: '' })).toEqual({
      ok: false,
      problem: 'invalid',
      field: 'from',
      value: '31/02/2020',
    });
    expect(parsePeriodDrafts({ from: '01/01/2020', to: '' }, { required: true })).toEqual({
      ok: false,
      problem: 'missing',
      field: 'to',
    });
    expect(parsePeriodDrafts({ from: '02/01/2020', to: '01/01/2020' })).toEqual({
      ok: false,
      problem: 'reversed',
    });
  });

  it('writes ISO bounds back as dd/mm/yyyy', () => {
    expect(periodDrafts('2020-01-05', undefined)).toEqual({ from: '05/01/2020', to: '' });
  });
});

describe('presetPeriod', () => {
  it('gives this year, last year and the quarter today falls in', () => {
    expect(presetPeriod('thisYear', '2026-12-07')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetPeriod('lastYear', '2026-12-07')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('thisQuarter', '2026-12-07')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(presetPeriod('thisQuarter', '2026-05-20')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(presetPeriod('thisQuarter', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });
});
