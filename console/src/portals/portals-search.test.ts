import { describe, expect, it } from 'vitest';
import { findingFilter, hasFindingFilters, parsePortalsSearch } from './portals-search';

describe('the inbox view in the address', () => {
  it('keeps the contract’s filters and the open finding, numbers from the router as text', () => {
    const search = parsePortalsSearch({
      state: 'open,reported',
      kind: 'changed',
      assignee: 'me',
      olderThan: 7,
      q: 'giấy phép',
      watch: 42,
      finding: 'f-1',
    });
    expect(search).toEqual({
      state: 'open,reported',
      kind: 'changed',
      assignee: 'me',
      olderThan: 7,
      q: 'giấy phép',
      watch: '42',
      finding: 'f-1',
    });
    expect(findingFilter(search)).not.toHaveProperty('finding');
    expect(hasFindingFilters({ finding: 'f-1' })).toBe(false);
  });

  it('drops what the contract refuses rather than failing the link', () => {
    expect(parsePortalsSearch({ olderThan: -3, q: 'x'.repeat(400), kind: '', other: 'y' })).toEqual({});
    expect(parsePortalsSearch({ olderThan: '30' })).toEqual({ olderThan: 30 });
  });
});
