import { type ProcedureVersion, ProcedureVersionSchema, searchKey } from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { type CatalogueView, searchView } from './catalogue-cache';

function viewOf(names: string[]): CatalogueView {
  const procedures: ProcedureVersion[] = names.map((name, i) =>
    ProcedureVersionSchema.parse({
      code: `1.00000${i}`,
      name,
      procedureId: `1.00000${i}`,
      effectiveFrom: null,
      decisionId: null,
    }),
  );
  return {
    state: { asOf: '2026-01-01', active: new Map(), upcoming: [], abolished: [] },
    procedures,
    keys: procedures.map((p) => searchKey(`${p.code} ${p.name}`)),
    searches: new Map(),
  };
}

describe('searching a catalogue view', () => {
  const view = viewOf(['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Cấp giấy phép xây dựng']);

  it('matches every word without diacritics or case, the code too', () => {
    expect(searchView(view, 'DANG KY').map((p) => p.name)).toEqual(['Đăng ký khai sinh', 'Đăng ký kết hôn']);
    expect(searchView(view, 'khai  sinh').map((p) => p.name)).toEqual(['Đăng ký khai sinh']);
    expect(searchView(view, '1.000002').map((p) => p.name)).toEqual(['Cấp giấy phép xây dựng']);
    expect(searchView(view, '  ')).toBe(view.procedures);
  });

  it('answers a search seen before from memory, whatever its spelling', () => {
    const first = searchView(view, 'kết hôn');
    expect(searchView(view, 'Ket   Hon')).toBe(first);
    expect(view.searches.has('ket hon')).toBe(true);
  });
});
