import type { AuditReport } from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { auditSummaryLine, damagedRowCount, renderAuditReport } from './audit-output';

const AT = '2025-03-01T08:00:00.000Z';
const WHOLE = 'Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật';
// The national portal's own spelling of this name (tests/fixtures/national-portal).
const SHOWN = 'Cấp Giấy chứng nhận \uFFFD\uFFFDủ điều kiện buôn bán thuốc bảo vệ thực vật';

function report(kind: 'damaged' | 'text'): AuditReport {
  return {
    format: 'niemyet.audit',
    version: 1,
    asOf: '2025-03-01',
    generatedAt: AT,
    summary: { match: 0, changed: 1, abolished: 0, unknown: 0, notYetEffective: 0, missing: 0 },
    rows: [
      {
        code: '1.004363',
        rawCode: '1.004363',
        name: SHOWN,
        status: 'changed',
        procedureId: '1.004363',
        diffs: [{ field: 'name', kind, expected: WHOLE, actual: SHOWN }],
        candidates: [],
        since: null,
        decisionId: null,
        evidence: { url: null, at: AT, text: SHOWN },
      },
    ],
  };
}

describe('audit output', () => {
  it('counts rows with damaged text apart in the summary line and marks them in the CSV', () => {
    const damaged = report('damaged');
    expect(damagedRowCount(damaged)).toBe(1);
    expect(auditSummaryLine(damaged)).toContain('trong đó 1 dòng có chữ bị hỏng');
    expect(auditSummaryLine(damaged)).toContain('1 with damaged text');
    expect(renderAuditReport(damaged, 'csv')).toContain('damaged text, not compared');
    expect(JSON.parse(renderAuditReport(damaged, 'json')).rows[0].diffs[0].kind).toBe('damaged');
  });

  it('says nothing of damage when there is none', () => {
    const renamed = report('text');
    expect(damagedRowCount(renamed)).toBe(0);
    expect(auditSummaryLine(renamed)).not.toContain('hỏng');
    expect(renderAuditReport(renamed, 'csv')).not.toContain('damaged');
  });
});
