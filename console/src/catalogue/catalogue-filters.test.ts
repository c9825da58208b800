import { makeVersion } from '@niemyet/core/testing';
import { describe, expect, it } from 'vitest';
import {
  abolishedRows,
  catalogueFilterOptions,
  filterCatalogue,
  parseCatalogueSearch,
} from './catalogue-filters';
import { catalogueRows, searchCatalogue } from './catalogue-rows';

const rows = catalogueRows(
  [
    makeVersion({
      code: '1.1',
      name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      agency: 'UBND cấp xã',
      levels: ['commune'],
    }),
    makeVersion({
      code: '1.2',
      name: 'Đăng ký kết hôn',
      field: 'Hộ tịch',
      agency: null,
      levels: ['commune', 'district'],
    }),
    makeVersion({
      code: '1.3',
      name: 'Cấp phép',
      field: 'Đất đai',
      agency: 'Sở Tài nguyên',
      levels: ['province'],
    }),
  ],
  new Map(),
);

describe('catalogue filters', () => {
  it('offers each value present once, levels from central down, names in Vietnamese order', () => {
    expect(catalogueFilterOptions(rows)).toEqual({
      levels: ['province', 'district', 'commune'],
      fields: ['Đất đai', 'Hộ tịch'],
      agencies: ['Sở Tài nguyên', 'UBND cấp xã'],
    });
  });

  it('keeps the rows every filter accepts, in order, and the same array without filters', () => {
    expect(filterCatalogue(rows, {})).toBe(rows);
    expect(filterCatalogue(rows, { level: 'commune' }).map((r) => r.code)).toEqual(['1.1', '1.2']);
    expect(filterCatalogue(rows, { level: 'commune', agency: 'UBND cấp xã' }).map((r) => r.code)).toEqual([
      '1.1',
    ]);
    expect(filterCatalogue(rows, { field: 'Đất đai', level: 'commune' })).toEqual([]);
  });

  it('makes rows of abolished procedures, searchable by code, name and decision', () => {
    const abolished = abolishedRows([
      {
        procedureId: '2.1',
        code: '2.1',
        name: 'Đăng ký khai tử',
        levels: ['district'],
        abolishedOn: '2025-06-01',
        decisionId: 'qd',
        decisionNumber: '5/QĐ-UBND',
      },
    ]);
    expect(abolished[0]).toMatchObject({
      effectiveFrom: '2025-06-01',
      field: null,
      decisionNumber: '5/QĐ-UBND',
    });
    expect(searchCatalogue(abolished, 'khai tu')).toHaveLength(1);
    expect(searchCatalogue(abolished, '5/qđ')).toHaveLength(1);
  });

  it('reads the view from the address and drops what it does not understand', () => {
    expect(
      parseCatalogueSearch({
        asOf: '2026-01-01',
        status: 'upcoming',
        level: 'commune',
        field: 'Hộ tịch',
        q: 'khai',
      }),
    ).toEqual({ asOf: '2026-01-01', status: 'upcoming', level: 'commune', field: 'Hộ tịch', q: 'khai' });
    expect(
      parseCatalogueSearch({ asOf: '2026-02-30', status: 'in-force', agency: '', q: 1004227, other: 'x' }),
    ).toEqual({
      q: '1004227',
    });
  });
});
