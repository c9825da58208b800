import { describe, expect, it } from 'vitest';
import { activeMapOf, makeCitingVersion, makeLegalDocument } from '../testing/legal-builders';
import { citedOnlyDocuments } from './cited-only';
import { documentImpact, procedureLegalBasis } from './impact';
import { legalBasisFlags } from './legal-basis-flags';
import { legalRegistry } from './registry';

const active = activeMapOf([
  makeCitingVersion('1.000003', ['42/2022/NĐ-CP', '43/2014/NĐ-CP'], {
    field: 'Đất đai',
    agency: 'Sở Tài nguyên',
  }),
  makeCitingVersion('1.000001', ['42/2022/NĐCP'], { field: 'Đất đai', agency: 'UBND cấp xã' }),
  makeCitingVersion('1.000002', ['Nghị định số 43/2014/NĐ-CP', '01/2018/TT-VPCP'], {
    field: 'Hộ tịch',
    agency: 'UBND cấp xã',
  }),
  makeCitingVersion('1.000004', ['01 /2018/TT-VPCP', '01/2018/TT-VPCP'], { field: 'Hộ tịch', agency: null }),
  makeCitingVersion('1.000005', ['Luật Đất đai 2013']),
]);

describe('documentImpact', () => {
  it('matches a document across the spellings of both sides', () => {
    for (const typed of ['42/2022/NĐCP', '42/2022/NĐ-CP', 'Nghị định số 42/2022/NĐ-CP']) {
      const impact = documentImpact(active, typed, '2024-01-01');
      expect(impact.document).toBe('42/2022/NĐ-CP');
      expect(impact.procedures.map((p) => p.code)).toEqual(['1.000001', '1.000003']);
    }
    expect(
      documentImpact(active, 'Nghị định số 43/2014/NĐ-CP', '2024-01-01').procedures.map((p) => p.code),
    ).toEqual(['1.000002', '1.000003']);
    // Cited twice by one procedure, listed once.
    expect(documentImpact(active, '01 /2018/TT-VPCP', '2024-01-01').procedures.map((p) => p.code)).toEqual([
      '1.000002',
      '1.000004',
    ]);
    expect(documentImpact(active, '99/2020/NĐ-CP', '2024-01-01').procedures).toEqual([]);
  });
});

const registry = legalRegistry([
  makeLegalDocument({ number: '43/2014/NĐ-CP', effectiveOn: '2014-07-01' }),
  makeLegalDocument({
    number: '102/2024/NĐ-CP',
    effectiveOn: '2024-08-01',
    relations: [{ kind: 'replaces', target: '43/2014/NĐ-CP' }],
  }),
  makeLegalDocument({ number: '01/2018/TT-VPCP', effectiveOn: '2018-02-01', expiresOn: '2023-01-01' }),
]);

describe('procedureLegalBasis', () => {
  it("gives each citation its registered document's status, or cited only", () => {
    const basis = procedureLegalBasis(active.get('1.000003')!, registry, '2024-09-01');
    expect(basis.map((b) => [b.key, b.status])).toEqual([
      ['42/2022/NĐ-CP', 'cited_only'],
      ['43/2014/NĐ-CP', 'replaced'],
    ]);
  });
});

describe('legalBasisFlags', () => {
  it('flags procedures resting on ended documents, counted by field, agency and document', () => {
    const before = legalBasisFlags(active, registry, '2022-06-01');
    expect(before.procedures).toEqual([]);
    const flags = legalBasisFlags(active, registry, '2024-09-01');
    expect(flags.procedures.map((f) => [f.procedure.code, f.documents.map((d) => d.status)])).toEqual([
      ['1.000002', ['replaced', 'expired']],
      ['1.000003', ['replaced']],
      ['1.000004', ['expired']],
    ]);
    expect(flags.procedures[0]!.documents[0]!.by).toBe('102/2024/NĐ-CP');
    expect(flags.byField).toEqual([
      { name: 'Hộ tịch', count: 2 },
      { name: 'Đất đai', count: 1 },
    ]);
    expect(flags.byAgency).toEqual([
      { name: 'Sở Tài nguyên', count: 1 },
      { name: 'UBND cấp xã', count: 1 },
      { name: null, count: 1 },
    ]);
    expect(flags.byDocument).toEqual([
      { name: '01/2018/TT-VPCP', count: 2 },
      { name: '43/2014/NĐ-CP', count: 2 },
    ]);
  });
});

describe('citedOnlyDocuments', () => {
  it('lists what the catalogue cites but the registry lacks, most cited first', () => {
    expect(citedOnlyDocuments(active, registry).map((d) => [d.number, d.procedureCount])).toEqual([
      ['42/2022/NĐ-CP', 2],
      ['Luật Đất đai 2013', 1],
    ]);
  });
});
