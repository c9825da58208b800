import { describe, expect, it } from 'vitest';
import { changesFilter, hasFilters, parseChangesSearch } from './changes-search';

describe('parseChangesSearch', () => {
  it('keeps the filters the contract accepts and the open entry', () => {
    expect(
      parseChangesSearch({
        from: '2020-01-01',
        to: '2020-12-31',
        action: 'amended',
        kind: 'published',
        level: 'province',
        field: 'Hộ tịch',
        procedure: 1.004227,
        entry: '12',
      }),
    ).toEqual({
      from: '2020-01-01',
      to: '2020-12-31',
      action: 'amended',
      kind: 'published',
      level: 'province',
      field: 'Hộ tịch',
      procedure: '1.004227',
      entry: 12,
    });
  });

  it('drops what does not pass: a date that is no date, an unknown action, an empty value', () => {
    expect(parseChangesSearch({ from: '31/12/2020', action: 'renamed', agency: '', entry: 'x' })).toEqual({});
  });

  it('separates the filter from the open entry', () => {
    const search = parseChangesSearch({ action: 'new', entry: 3 });
    expect(changesFilter(search)).toEqual({ action: 'new' });
    expect(hasFilters(search)).toBe(true);
    expect(hasFilters({ entry: 3 })).toBe(false);
  });
});
