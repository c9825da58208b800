import { makeAudit, makeFinding } from '@niemyet/db/testing';
import { describe, expect, it } from 'vitest';
import { findingKindOf, reportItemOf } from './finding-report-item';

const damaged = {
  field: 'name' as const,
  kind: 'damaged' as const,
  expected: 'Đăng ký khai sinh',
  actual: 'Ä‘Äƒng kÃ½',
  parts: null,
  added: [],
  removed: [],
};

describe('a confirmed finding as the inbox takes it', () => {
  it('names each audit status with the inbox’s kind; damaged text is its own kind', () => {
    expect(
      (['match', 'changed', 'abolished', 'unknown', 'missing', 'not-yet-effective'] as const).map((status) =>
        findingKindOf(makeFinding({ status })),
      ),
    ).toEqual([null, 'changed', 'abolished-but-listed', 'not-in-catalogue', 'missing', 'not-yet-effective']);
    expect(findingKindOf(makeFinding({ status: 'changed', diffs: [damaged] }))).toBe('damaged-text');
  });

  it('gives the same clientId to the same finding of the same audit, and another to a later audit', () => {
    const finding = makeFinding({ status: 'changed' });
    const audit = makeAudit({ readAt: '2025-03-01T08:00:00.000Z', findings: [finding] });
    const first = reportItemOf(audit, finding, '2025-03-01T09:00:00.000Z');
    const again = reportItemOf(audit, finding, '2025-03-01T10:00:00.000Z');
    const later = reportItemOf({ ...audit, readAt: '2025-03-02T08:00:00.000Z' }, finding, 'T');
    expect(first?.clientId).toMatch(/^[0-9a-f]{64}$/);
    expect(again?.clientId).toBe(first?.clientId);
    expect(later?.clientId).not.toBe(first?.clientId);
    expect(first?.report.clientId).toBe(first?.clientId);
    expect(first?.url).toBe(finding.evidence?.url);
  });

  it('keys a row without a code by its name, and reports the code as the portal shows it', () => {
    const audit = makeAudit();
    const unknown = makeFinding({ status: 'unknown', code: null, rawCode: 'X-12', name: 'Thủ tục lạ' });
    const other = makeFinding({ status: 'unknown', code: null, rawCode: 'X-12', name: 'Thủ tục khác' });
    const item = reportItemOf(audit, unknown, 'T');
    expect(item?.report).toMatchObject({ kind: 'not-in-catalogue', code: 'X-12', name: 'Thủ tục lạ' });
    expect(reportItemOf(audit, other, 'T')?.clientId).not.toBe(item?.clientId);
    expect(reportItemOf(audit, makeFinding({ status: 'match' }), 'T')).toBeNull();
  });
});
