import { describe, expect, it } from 'vitest';
import type { CatalogueRow } from './catalogue-rows';
import { DEFAULT_CATALOGUE_SORT, sortCatalogue } from './catalogue-sort';

const row = (fields: Partial<CatalogueRow> & { code: string | null; name: string }): CatalogueRow => ({
  procedureId: fields.code ?? `local:${fields.name}`,
  levels: [],
  field: null,
  agency: null,
  effectiveFrom: null,
  decisionNumber: null,
  searchText: '',
  ...fields,
});

// In the default order (by code, uncoded last), as catalogueRows gives them.
const ROWS: CatalogueRow[] = [
  row({
    code: '1.000001',
    name: 'Đăng ký khai sinh',
    levels: ['commune'],
    field: 'Hộ tịch',
    agency: 'UBND cấp xã',
    effectiveFrom: '2024-06-10',
    decisionNumber: '40/QĐ-UBND',
  }),
  row({
    code: '1.000002',
    name: 'Dừng hoạt động',
    levels: ['province'],
    field: 'Y tế',
    effectiveFrom: null,
    decisionNumber: null,
  }),
  row({
    code: '1.000003',
    name: 'Ấn định thời hạn',
    levels: ['district', 'commune'],
    field: 'Hộ tịch',
    agency: 'Sở Tư pháp',
    effectiveFrom: '2020-01-05',
    decisionNumber: '9/QĐ-UBND',
  }),
  row({
    code: '2.000001',
    name: 'Em bé',
    levels: ['central'],
    field: 'Đất đai',
    agency: 'Bộ Tư pháp',
    effectiveFrom: '2022-03-01',
    decisionNumber: '120/QĐ-UBND',
  }),
  row({ code: null, name: 'An toàn', levels: [], field: 'Xây dựng', effectiveFrom: '2023-01-01' }),
];

const codes = (rows: readonly CatalogueRow[]) => rows.map((r) => r.code ?? r.name);

describe('catalogue sort', () => {
  it('leaves the default order (code ascending) as it is', () => {
    expect(sortCatalogue(ROWS, DEFAULT_CATALOGUE_SORT)).toBe(ROWS);
  });

  it('reverses codes with procedures without a code still last', () => {
    expect(codes(sortCatalogue(ROWS, { column: 'code', desc: true }))).toEqual([
      '2.000001',
      '1.000003',
      '1.000002',
      '1.000001',
      'An toàn',
    ]);
  });

  it('sorts names the Vietnamese way: Ấ with A, Đ after D, then E', () => {
    const names = sortCatalogue(ROWS, { column: 'name', desc: false }).map((r) => r.name);
    expect(names).toEqual(['An toàn', 'Ấn định thời hạn', 'Dừng hoạt động', 'Đăng ký khai sinh', 'Em bé']);
    // Code-unit order would put Đ and Ấ after every plain letter.
    expect([...names].sort()).not.toEqual(names);
    expect(sortCatalogue(ROWS, { column: 'name', desc: true }).map((r) => r.name)).toEqual(
      [...names].reverse(),
    );
  });

  it('sorts dates chronologically, "since before the records" first, and back', () => {
    const dates = (desc: boolean) =>
      sortCatalogue(ROWS, { column: 'effectiveFrom', desc }).map((r) => r.effectiveFrom);
    expect(dates(false)).toEqual([null, '2020-01-05', '2022-03-01', '2023-01-01', '2024-06-10']);
    expect(dates(true)).toEqual(['2024-06-10', '2023-01-01', '2022-03-01', '2020-01-05', null]);
  });

  it('sorts levels from central to commune, rows without a level last both ways', () => {
    expect(codes(sortCatalogue(ROWS, { column: 'levels', desc: false }))).toEqual([
      '2.000001',
      '1.000002',
      '1.000003',
      '1.000001',
      'An toàn',
    ]);
    expect(codes(sortCatalogue(ROWS, { column: 'levels', desc: true })).at(-1)).toBe('An toàn');
  });

  it('reads decision numbers as numbers, rows without a decision last both ways', () => {
    const numbers = (desc: boolean) =>
      sortCatalogue(ROWS, { column: 'decision', desc }).map((r) => r.decisionNumber);
    expect(numbers(false)).toEqual(['9/QĐ-UBND', '40/QĐ-UBND', '120/QĐ-UBND', null, null]);
    expect(numbers(true)).toEqual(['120/QĐ-UBND', '40/QĐ-UBND', '9/QĐ-UBND', null, null]);
  });

  it('keeps the code order within equal values, in both directions', () => {
    const byField = (desc: boolean) => codes(sortCatalogue(ROWS, { column: 'field', desc }));
    // Đất đai before Hộ tịch (Đ comes right after D); the two Hộ tịch rows stay in code order either way.
    expect(byField(false)).toEqual(['2.000001', '1.000001', '1.000003', 'An toàn', '1.000002']);
    expect(byField(true)).toEqual(['1.000002', 'An toàn', '1.000001', '1.000003', '2.000001']);
  });

  it('puts rows without an agency last both ways', () => {
    const agencies = (desc: boolean) => sortCatalogue(ROWS, { column: 'agency', desc }).map((r) => r.agency);
    expect(agencies(false)).toEqual(['Bộ Tư pháp', 'Sở Tư pháp', 'UBND cấp xã', null, null]);
    expect(agencies(true)).toEqual(['UBND cấp xã', 'Sở Tư pháp', 'Bộ Tư pháp', null, null]);
  });
});
