import { buildCatalogueSnapshot, catalogueAt, foldCatalogue } from '@niemyet/core';
import { makeDecision, makeItem, makeVersion } from '@niemyet/core/testing';
import { describe, expect, it } from 'vitest';
import { catalogueRows, searchCatalogue } from './catalogue-rows';

const baseline = [
  makeVersion({ code: '1.000002', name: 'Đăng ký kết hôn', field: 'Hộ tịch', agency: 'UBND cấp xã' }),
  makeVersion({ code: '1.000001', name: 'Đăng ký khai sinh', field: 'Hộ tịch', agency: 'UBND cấp xã' }),
  makeVersion({ code: null, procedureId: 'local:a', name: 'Cấp phép xây dựng', field: 'Xây dựng' }),
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
/** The versions of a date as the server sends them: in a snapshot, through JSON. */
const versionsAt = (date: string) =>
  (
    JSON.parse(JSON.stringify(buildCatalogueSnapshot(catalogueAt(history, date), 'T'))) as ReturnType<
      typeof buildCatalogueSnapshot
    >
  ).procedures;

describe('catalogue rows', () => {
  it('lists the versions in force, by code, uncoded last, with their decision', () => {
    const rows = catalogueRows(versionsAt('2024-07-01'), numbers);
    expect(rows.map((r) => [r.code, r.name, r.decisionNumber, r.effectiveFrom])).toEqual([
      ['1.000001', 'Đăng ký khai sinh', '40/QĐ-UBND', '2024-06-10'],
      ['1.000002', 'Đăng ký kết hôn', null, null],
      ['2.000815', 'Đăng ký thường trú', '40/QĐ-UBND', '2024-06-10'],
      [null, 'Cấp phép xây dựng', null, null],
    ]);
  });

  it('shows the catalogue of the chosen date', () => {
    const rows = catalogueRows(versionsAt('2024-01-01'), numbers);
    expect(rows.map((r) => r.code)).toEqual(['1.000001', '1.000002', null]);
    expect(rows[0]?.agency).toBe('UBND cấp xã');
  });

  it('re-uses the rows of a snapshot, rebuilding only those whose decision number arrived', () => {
    const cache = new WeakMap();
    const versions = versionsAt('2024-07-01');
    const before = catalogueRows(versions, new Map(), cache);
    expect(before.find((r) => r.code === '1.000001')?.decisionNumber).toBeNull();
    const after = catalogueRows(versions, numbers, cache);
    expect(after.find((r) => r.code === '1.000002')).toBe(before.find((r) => r.code === '1.000002'));
    expect(after.find((r) => r.code === '1.000001')?.decisionNumber).toBe('40/QĐ-UBND');
  });
});

describe('catalogue search', () => {
  const rows = catalogueRows(versionsAt('2024-07-01'), numbers);
  const names = (query: string) => searchCatalogue(rows, query).map((r) => r.name);

  it('finds names without diacritics, in any case', () => {
    expect(names('dang ky khai sinh')).toEqual(['Đăng ký khai sinh']);
    expect(names('ĐĂNG KÝ KHAI SINH')).toEqual(['Đăng ký khai sinh']);
  });

  it('needs every word, in any order', () => {
    expect(names('khai sinh dang ky')).toEqual(['Đăng ký khai sinh']);
    expect(names('dang ky')).toEqual(['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Đăng ký thường trú']);
    expect(names('dang ky xay dung')).toEqual([]);
  });

  it('finds by code, field, agency and decision number', () => {
    expect(names('1.000002')).toEqual(['Đăng ký kết hôn']);
    expect(names('cu tru')).toEqual(['Đăng ký thường trú']);
    expect(names('cong an')).toEqual(['Đăng ký khai sinh']);
    expect(names('40/QĐ')).toEqual(['Đăng ký khai sinh', 'Đăng ký thường trú']);
  });

  it('returns every row for an empty query', () => {
    expect(searchCatalogue(rows, '  ')).toBe(rows);
  });
});
