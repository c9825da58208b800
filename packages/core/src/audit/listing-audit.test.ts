import { describe, expect, it } from 'vitest';
import { makeVersion } from '../testing/builders';
import { indexCatalogue } from './catalogue-index';
import { type AuditInput, auditRows } from './listing-audit';

const AT = '2025-03-01T08:00:00.000Z';

const khaiSinh = makeVersion({
  code: '1.001193',
  procedureId: '1.001193',
  name: 'Thủ tục đăng ký khai sinh',
  levels: ['commune'],
  field: 'Hộ tịch',
  processingTime: 'Ngay trong ngày tiếp nhận hồ sơ',
  fees: 'Miễn lệ phí',
  legalBasis: [
    { number: '60/2014/QH13', title: 'Luật Hộ tịch', issuedOn: null, issuer: null },
    { number: '123/2015/NĐ-CP', title: null, issuedOn: null, issuer: null },
  ],
});
const ketHon = makeVersion({
  code: '1.000894',
  procedureId: '1.000894',
  name: 'Thủ tục đăng ký kết hôn',
  levels: ['commune'],
});
const ketHonTinh = makeVersion({
  code: '1.000893',
  procedureId: '1.000893',
  name: 'Thủ tục đăng ký kết hôn',
  levels: ['province'],
});
const noCode = makeVersion({
  code: null,
  procedureId: 'local:abc',
  name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  levels: ['district'],
});
const upcoming = makeVersion({
  code: '1.012753',
  procedureId: '1.012753',
  name: 'Đăng ký thường trú',
  effectiveFrom: '2025-07-01',
  decisionId: 'qd-9',
});

const index = indexCatalogue({
  asOf: '2025-03-01',
  active: [khaiSinh, ketHon, ketHonTinh, noCode],
  upcoming: [upcoming],
  abolished: [
    {
      procedureId: '2.000123',
      code: '2.000123',
      name: 'Thủ tục cấp bản sao trích lục hộ tịch',
      levels: ['district'],
      abolishedOn: '2025-01-15',
      decisionId: 'qd-7',
      decisionNumber: '7/QĐ-UBND',
    },
  ],
});

function row(overrides: Partial<AuditInput> & Pick<AuditInput, 'name'>): AuditInput {
  return { code: null, rawCode: null, ...overrides };
}

describe('auditRows', () => {
  it('matches by code, ignoring what normalisation calls the same text', () => {
    const result = auditRows(
      [
        row({
          code: '1.001193',
          rawCode: '1.001193.000.00.00.H19',
          // NFD tone marks, NBSP, old-style tone placement and a different case.
          name: 'Thu\u0309 tục\u00a0đăng ký  khai sinh'.normalize('NFD'),
          levels: ['Cấp Xã'],
          field: 'hộ tịch',
          fees: 'Miễn lệ phí',
        }),
      ],
      index,
      { at: AT, url: 'https://portal.example/list' },
    );
    expect(result.summary).toEqual({
      match: 1,
      changed: 0,
      abolished: 0,
      unknown: 0,
      notYetEffective: 0,
      missing: 0,
    });
    expect(result.findings[0]).toMatchObject({ status: 'match', procedureId: '1.001193', matchedBy: 'code' });
    expect(result.findings[0]!.evidence).toEqual({
      url: 'https://portal.example/list',
      at: AT,
      text: expect.any(String),
    });
  });

  it('does not call a name changed for the procedure code written into it', () => {
    const coded = indexCatalogue({
      asOf: '2025-03-01',
      active: [
        makeVersion({
          code: '1.010733',
          procedureId: '1.010733',
          name: 'Thẩm định báo cáo (Cấp tỉnh) (1.010733)',
        }),
      ],
      upcoming: [],
      abolished: [],
    });
    const shown = [
      'Thẩm định báo cáo (Cấp tỉnh)',
      '1.010733 - Thẩm định báo cáo (Cấp tỉnh)',
      'Thẩm định báo cáo (Cấp tỉnh) (Mã: 1.010733.H19)',
    ];
    const result = auditRows(
      shown.map((name) => row({ code: '1.010733', name })),
      coded,
      { at: AT },
    );
    expect(result.findings.map((f) => f.status)).toEqual(['match', 'match', 'match']);
    const renamed = auditRows([row({ code: '1.010733', name: 'Thẩm định báo cáo (Cấp huyện)' })], coded, {
      at: AT,
    });
    expect(renamed.findings[0]!.diffs.map((d) => d.field)).toEqual(['name']);
  });

  it('reports each changed field with expected and actual values', () => {
    const result = auditRows(
      [
        row({
          code: '1.001193',
          name: 'Thủ tục đăng ký khai sinh',
          processingTime: '03 ngày làm việc',
          legalBasis: ['Luật Hộ tịch số 60/2014/QH13', 'Nghị định 87/2020/NĐ-CP'],
        }),
      ],
      index,
      { at: AT },
    );
    const finding = result.findings[0]!;
    expect(finding.status).toBe('changed');
    expect(finding.diffs.map((d) => d.field).sort()).toEqual(['legalBasis', 'processingTime']);
    const legal = finding.diffs.find((d) => d.field === 'legalBasis')!;
    expect(legal.added).toEqual(['87/2020/NĐ-CP']);
    expect(legal.removed).toEqual(['123/2015/NĐ-CP']);
  });

  it('tells abolished, not yet effective and unknown codes apart', () => {
    const result = auditRows(
      [
        row({ code: '2.000123', name: 'Thủ tục cấp bản sao trích lục hộ tịch' }),
        row({ code: '1.012753', name: 'Đăng ký thường trú' }),
        row({ code: '9.999999', name: 'Thủ tục đăng ký khai sinh lưu động' }),
      ],
      index,
      { at: AT },
    );
    expect(result.findings.map((f) => f.status)).toEqual(['abolished', 'not-yet-effective', 'unknown']);
    expect(result.findings[0]).toMatchObject({ since: '2025-01-15', decisionId: 'qd-7' });
    expect(result.findings[1]).toMatchObject({ since: '2025-07-01', decisionId: 'qd-9' });
    expect(result.findings[2]!.candidates[0]).toMatchObject({ procedureId: '1.001193' });
  });

  it('matches rows without a code by name, choosing among namesakes by level', () => {
    const result = auditRows(
      [
        row({ name: 'Thủ tục đăng ký kết hôn', levels: ['Cấp Tỉnh'] }),
        row({ name: 'thủ tục đăng ký kết hôn', levels: ['Cấp xã'] }),
        row({ name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ' }),
        row({ name: 'Cấp giấy phép xây dựng công trình tôn giáo' }),
      ],
      index,
      { at: AT },
    );
    expect(result.findings.map((f) => [f.status, f.procedureId, f.matchedBy])).toEqual([
      ['match', '1.000893', 'name'],
      ['match', '1.000894', 'name'],
      ['match', 'local:abc', 'name'],
      ['unknown', null, null],
    ]);
    expect(result.findings[3]!.candidates.map((c) => c.procedureId)).toEqual(['local:abc']);
  });

  it('reports missing procedures only for a scope the pull covered completely', () => {
    const rows = [row({ code: '1.001193', name: 'Thủ tục đăng ký khai sinh' })];
    expect(auditRows(rows, index, { at: AT }).summary.missing).toBe(0);
    const communeOnly = auditRows(rows, index, { at: AT, completeScope: { levels: ['commune'] } });
    expect(communeOnly.findings.filter((f) => f.status === 'missing').map((f) => f.procedureId)).toEqual([
      '1.000894',
    ]);
    const everything = auditRows(rows, index, { at: AT, completeScope: {} });
    expect(everything.summary.missing).toBe(3);
  });
});
