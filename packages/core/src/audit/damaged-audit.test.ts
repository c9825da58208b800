import { describe, expect, it } from 'vitest';
// The national portal's own listing data: some names hold U+FFFD where bytes were lost.
import business from '../../../../tests/fixtures/national-portal/procedures-business.json';
import citizen from '../../../../tests/fixtures/national-portal/procedures-citizen.json';
import { makeVersion } from '../testing/builders';
import { auditReportCsv, buildAuditReport, DAMAGED_TEXT_NOTE } from './audit-report';
import { indexCatalogue } from './catalogue-index';
import { auditRows, damagedFields } from './listing-audit';

const AT = '2025-03-01T08:00:00.000Z';
const portal = [...citizen, ...business];
const damagedOnPortal = portal.filter((p) => p.NAME.includes('\uFFFD'));
// The names as the catalogue holds them (re-typed from the publication decisions).
const WHOLE: Record<string, string> = {
  '1.004363': 'Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật',
  '1.009022': 'Thủ tục xác nhận hồ sơ cấp mới/cấp lại Giấy chứng nhận biển số nhà',
};

const catalogue = indexCatalogue({
  asOf: '2025-03-01',
  active: [
    ...Object.entries(WHOLE).map(([code, name]) => makeVersion({ code, procedureId: code, name })),
    makeVersion({ code: '1.004227', procedureId: '1.004227', name: 'Đăng ký khai sinh' }),
  ],
  upcoming: [],
  abolished: [],
});

function rowOf(code: string | null, name: string) {
  return { code, rawCode: code, name };
}

describe('audit of damaged text', () => {
  it("flags the national portal's damaged names as damaged, matched by code, not as renamed", () => {
    const rows = Object.keys(WHOLE).map((code) => {
      const shown = damagedOnPortal.find((p) => p.TTHC_MA === code)!;
      return rowOf(shown.TTHC_MA, shown.NAME);
    });
    const result = auditRows(rows, catalogue, { at: AT });
    for (const finding of result.findings) {
      expect(finding.matchedBy).toBe('code');
      expect(finding.diffs).toHaveLength(1);
      expect(finding.diffs[0]).toMatchObject({ field: 'name', kind: 'damaged', parts: null });
      expect(finding.diffs[0]!.expected).toBe(WHOLE[finding.code!]);
      expect(finding.diffs[0]!.actual).toContain('\uFFFD');
      expect(damagedFields(finding)).toEqual(['name']);
    }
  });

  it('flags a damaged name the catalogue cannot find, and a damaged catalogue name', () => {
    const result = auditRows(
      [
        rowOf(null, 'Ä\u0090Äƒng kÃ½ khai sinh'),
        rowOf('1.004227', 'Đăng ký khai sinh'),
        rowOf('1.004227', 'Đăng ký khai sinh lần đầu'),
      ],
      catalogue,
      { at: AT },
    );
    expect(result.findings[0]).toMatchObject({
      status: 'unknown',
      diffs: [{ field: 'name', kind: 'damaged', expected: null }],
    });
    expect(result.findings[1]!.status).toBe('match');
    // An ordinary rename stays an ordinary text diff.
    expect(result.findings[2]!.diffs[0]).toMatchObject({ field: 'name', kind: 'text' });
    expect(damagedFields(result.findings[2]!)).toEqual([]);

    const damagedCatalogue = indexCatalogue({
      asOf: '2025-03-01',
      active: [
        makeVersion({
          code: '1.004363',
          procedureId: '1.004363',
          name: damagedOnPortal.find((p) => p.TTHC_MA === '1.004363')!.NAME,
        }),
      ],
      upcoming: [],
      abolished: [],
    });
    const fixed = auditRows([rowOf('1.004363', WHOLE['1.004363']!)], damagedCatalogue, { at: AT });
    expect(fixed.findings[0]!.diffs[0]).toMatchObject({ field: 'name', kind: 'damaged' });
    // The same damage on both sides is the same text.
    const same = auditRows(
      [rowOf('1.004363', damagedOnPortal.find((p) => p.TTHC_MA === '1.004363')!.NAME)],
      damagedCatalogue,
      { at: AT },
    );
    expect(same.findings[0]!.status).toBe('match');
  });

  it('says so in the audit report, JSON and CSV', () => {
    const shown = damagedOnPortal.find((p) => p.TTHC_MA === '1.004363')!;
    const report = buildAuditReport(auditRows([rowOf(shown.TTHC_MA, shown.NAME)], catalogue, { at: AT }), AT);
    expect(report.rows[0]!.diffs).toEqual([
      { field: 'name', kind: 'damaged', expected: WHOLE['1.004363'], actual: shown.NAME },
    ]);
    expect(auditReportCsv(report)).toContain(DAMAGED_TEXT_NOTE);
  });
});
