import {
  buildCatalogueSnapshot,
  type CatalogueSnapshot,
  makeProcedureFields,
  type ProcedureVersion,
} from '@niemyet/core';
import type { ListingRow } from '@niemyet/portal';

/** Test support: a small catalogue and listing rows, stating only what tests assert on. */

export function version(code: string, name: string, extra: Partial<ProcedureVersion> = {}): ProcedureVersion {
  return {
    ...makeProcedureFields({
      code,
      name,
      levels: ['province'],
      field: 'Hộ tịch',
      processingTime: '5 Ngày làm việc',
    }),
    procedureId: code,
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    decisionId: 'qd-1',
    ...extra,
  };
}

/**
 * 1.000001 and 1.000002 in force; 1.000003 abolished on 2024-06-01; 1.000004 takes effect
 * on 2026-01-01.
 */
export function testSnapshot(
  asOf = '2025-01-01',
  generatedAt = '2025-01-01T00:00:00.000Z',
): CatalogueSnapshot {
  return buildCatalogueSnapshot(
    {
      asOf,
      active: new Map([
        ['1.000001', version('1.000001', 'Đăng ký khai sinh')],
        ['1.000002', version('1.000002', 'Đăng ký kết hôn')],
      ]),
      upcoming: [version('1.000004', 'Cấp phiếu lý lịch tư pháp', { effectiveFrom: '2026-01-01' })],
      abolished: [
        {
          procedureId: '1.000003',
          code: '1.000003',
          name: 'Đăng ký lại khai sinh',
          levels: ['province'],
          abolishedOn: '2024-06-01',
          decisionId: 'qd-2',
          decisionNumber: '2/QĐ-UBND',
        },
      ],
    },
    generatedAt,
  );
}

export function row(code: string | null, name: string, extra: Partial<ListingRow> = {}): ListingRow {
  return { code, rawCode: code, name, text: `${code ?? ''} ${name}`.trim(), ...extra };
}
