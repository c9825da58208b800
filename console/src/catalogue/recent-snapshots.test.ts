import { buildCatalogueSnapshot, catalogueAt, foldCatalogue, type IsoDate } from '@niemyet/core';
import { makeVersion } from '@niemyet/core/testing';
import { describe, expect, it } from 'vitest';
import { RecentSnapshots } from './recent-snapshots';

const history = foldCatalogue([makeVersion({ code: '1.000001', name: 'Đăng ký khai sinh' })], []);
const snapshotOf = (asOf: IsoDate) =>
  buildCatalogueSnapshot(catalogueAt(history, asOf), '2026-12-07T00:00:00.000Z');

describe('the catalogues kept in memory', () => {
  it('keeps the most recently used dates and drops the oldest beyond its capacity', () => {
    const recent = new RecentSnapshots(2);
    const [a, b, c] = (['2024-01-01', '2025-01-01', '2026-01-01'] as IsoDate[]).map(snapshotOf);
    recent.remember(a!);
    recent.remember(b!);
    expect(recent.get('2024-01-01')).toBe(a); // used again: now the most recent
    recent.remember(c!);
    expect(recent.get('2025-01-01')).toBeNull();
    expect(recent.get('2024-01-01')).toBe(a);
    expect(recent.get('2026-01-01')).toBe(c);
  });

  it('replaces the copy of a date with a newer one', () => {
    const recent = new RecentSnapshots();
    const first = snapshotOf('2025-01-01');
    const newer = { ...first, hash: 'f'.repeat(64) };
    recent.remember(first);
    recent.remember(newer);
    expect(recent.get('2025-01-01')).toBe(newer);
  });
});
