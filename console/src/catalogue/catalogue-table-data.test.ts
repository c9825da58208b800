import { buildCatalogueSnapshot, catalogueAt, foldCatalogue } from '@niemyet/core';
import { makeDecision, makeItem, makeVersion } from '@niemyet/core/testing';
import { describe, expect, it } from 'vitest';
import { catalogueRows, searchCatalogue } from './catalogue-rows';
import { catalogueTableOf, columnsLength, tableRows } from './catalogue-table-data';

const baseline = [
  makeVersion({ code: '1.000002', name: 'Đăng ký kết hôn', field: 'Hộ tịch', agency: 'UBND cấp xã' }),
  makeVersion({
    code: '1.000001',
    name: 'Đăng ký khai sinh',
    levels: ['district', 'commune'],
    field: 'Hộ tịch',
    agency: 'UBND cấp xã',
  }),
  makeVersion({ code: null, procedureId: 'local:b', name: 'Cấp phép xây dựng', field: null, levels: [] }),
  makeVersion({ code: null, procedureId: 'local:a', name: 'Cấp phép chặt cây', field: 'Xây dựng' }),
];
const decision = makeDecision({
  id: 'qd-40',
  number: '40/QĐ-UBND',
  effectiveOn: '2024-06-10',
  items: [
    makeItem({ action: 'amended', code: '1.000001', changes: { agency: 'Công an xã' } }),
    makeItem({ action: 'new', code: '2.000815', name: 'Đăng ký thường trú', changes: { field: 'Cư trú' } }),
  ],
});
const history = foldCatalogue(baseline, [decision]);
const numbers = new Map([['qd-40', '40/QĐ-UBND']]);
/** A snapshot as the server sends it (through JSON). */
const snapshotAt = (date: string) =>
  JSON.parse(JSON.stringify(buildCatalogueSnapshot(catalogueAt(history, date), 'T'))) as ReturnType<
    typeof buildCatalogueSnapshot
  >;

describe('the catalogue table kept beside a snapshot', () => {
  it('gives the very rows the snapshot gives, in the default order, with or without decision numbers', () => {
    for (const date of ['2024-01-01', '2024-07-01']) {
      const snapshot = snapshotAt(date);
      const table = catalogueTableOf(snapshot);
      for (const known of [numbers, new Map<string, string>()]) {
        expect(tableRows(table.inForce, known)).toEqual(catalogueRows(snapshot.procedures, known));
        expect(tableRows(table.upcoming, known)).toEqual(catalogueRows(snapshot.upcoming, known));
      }
    }
  });

  it('survives structured clone (IndexedDB) and counts its rows without building them', () => {
    const snapshot = snapshotAt('2024-01-01');
    const table = catalogueTableOf(snapshot);
    expect(table.hash).toBe(snapshot.hash);
    expect(columnsLength(table.inForce)).toBe(snapshot.procedures.length);
    expect(columnsLength(table.upcoming)).toBe(snapshot.upcoming.length);
    const cloned = structuredClone(table);
    expect(tableRows(cloned.inForce, numbers)).toEqual(catalogueRows(snapshot.procedures, numbers));
    // Levels come back as they were: several, and none.
    expect(tableRows(cloned.inForce, numbers).map((row) => row.levels)).toEqual([
      ['district', 'commune'],
      ['commune'],
      ['commune'],
      [],
    ]);
  });

  it('finds a row by its decision number once the numbers are known', () => {
    const table = catalogueTableOf(snapshotAt('2024-07-01'));
    expect(searchCatalogue(tableRows(table.inForce, new Map()), '40/QĐ')).toEqual([]);
    const found = searchCatalogue(tableRows(table.inForce, numbers), '40 qd khai sinh');
    expect(found.map((row) => row.code)).toEqual(['1.000001']);
  });

  it('builds the rows once per table and set of numbers', () => {
    const table = catalogueTableOf(snapshotAt('2024-07-01'));
    expect(catalogueTableOf(snapshotAt('2024-07-01'))).not.toBe(table);
    const snapshot = snapshotAt('2024-07-01');
    expect(catalogueTableOf(snapshot)).toBe(catalogueTableOf(snapshot));
    expect(tableRows(table.inForce, numbers)).toBe(tableRows(table.inForce, numbers));
    expect(tableRows(table.inForce, new Map())).not.toBe(tableRows(table.inForce, numbers));
  });
});
