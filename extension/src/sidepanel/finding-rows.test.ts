import type { AuditFinding, AuditStatus } from '@niemyet/core';
import { describe, expect, it } from 'vitest';
import { auditExportFiles } from './export-audit';
import {
  adjacentChange,
  buildFindingRows,
  changePosition,
  EMPTY_FILTER,
  type Facets,
  facetOptions,
  filterFindingRows,
  NONE,
} from './finding-rows';

function finding(
  status: AuditStatus,
  code: string | null,
  name: string,
  diffFields: string[] = [],
): AuditFinding {
  return {
    status,
    procedureId: code,
    code,
    rawCode: code,
    name,
    matchedBy: code ? 'code' : null,
    diffs: diffFields.map((field) => ({
      field: field as never,
      kind: 'text',
      expected: 'a',
      actual: 'b',
      parts: null,
      added: [],
      removed: [],
    })),
    candidates: [],
    since: null,
    decisionId: null,
    rowIndex: 0,
    evidence: { url: 'https://dichvucong.gov.vn/x', at: '2025-03-01T01:02:00.000Z', text: `${code} ${name}` },
  };
}

const FACETS: Record<string, Facets> = {
  '1.000001': { levels: ['province'], field: 'Hộ tịch', agency: 'Sở Tư pháp' },
  '1.000002': { levels: ['commune'], field: 'Hộ tịch', agency: 'UBND cấp xã' },
  '1.000003': { levels: ['province'], field: 'Đất đai', agency: 'Sở Tài nguyên và Môi trường' },
  '1.000005': { levels: ['commune'], field: 'Chứng thực', agency: 'UBND cấp xã' },
};

const rows = buildFindingRows(
  [
    finding('match', '1.000001', 'Đăng ký khai sinh'),
    finding('changed', '1.000002', 'Đăng ký kết hôn', ['name', 'fees']),
    finding('abolished', '1.000003', 'Cấp giấy chứng nhận quyền sử dụng đất'),
    finding('unknown', null, 'Thủ tục lạ'),
    finding('match', '1.000005', 'Chứng thực bản sao'),
    finding('changed', '1.000003', 'Đăng ký đất đai', ['processingTime']),
  ],
  (id) => FACETS[id],
);

const codes = (list: typeof rows) => list.map((r) => r.code);

describe('side panel rows and filters', () => {
  it('takes level, field and agency from the catalogue procedure a row matched', () => {
    expect(rows[1]).toMatchObject({ levels: ['commune'], field: 'Hộ tịch', agency: 'UBND cấp xã' });
    expect(rows[3]).toMatchObject({ levels: [], field: null, agency: null });
  });

  it('filters by status, discrepancies, level, field, agency, differing field and text', () => {
    expect(filterFindingRows(rows, EMPTY_FILTER)).toHaveLength(6);
    expect(codes(filterFindingRows(rows, { ...EMPTY_FILTER, status: 'changed' }))).toEqual([
      '1.000002',
      '1.000003',
    ]);
    expect(codes(filterFindingRows(rows, { ...EMPTY_FILTER, status: 'discrepancies' }))).toEqual([
      '1.000002',
      '1.000003',
      null,
      '1.000003',
    ]);
    expect(codes(filterFindingRows(rows, { ...EMPTY_FILTER, level: 'commune' }))).toEqual([
      '1.000002',
      '1.000005',
    ]);
    expect(codes(filterFindingRows(rows, { ...EMPTY_FILTER, level: NONE }))).toEqual([null]);
    expect(codes(filterFindingRows(rows, { ...EMPTY_FILTER, field: 'Hộ tịch' }))).toEqual([
      '1.000001',
      '1.000002',
    ]);
    expect(
      codes(filterFindingRows(rows, { ...EMPTY_FILTER, agency: 'UBND cấp xã', status: 'match' })),
    ).toEqual(['1.000005']);
    expect(codes(filterFindingRows(rows, { ...EMPTY_FILTER, diffField: 'fees' }))).toEqual(['1.000002']);
    // Search is on the comparison form: case and composed/decomposed tone marks do not matter.
    expect(codes(filterFindingRows(rows, { ...EMPTY_FILTER, text: 'KẾT HÔN'.normalize('NFD') }))).toEqual([
      '1.000002',
    ]);
    expect(codes(filterFindingRows(rows, { ...EMPTY_FILTER, text: '1.000005' }))).toEqual(['1.000005']);
  });

  it('offers the values present, sorted the Vietnamese way', () => {
    const options = facetOptions(rows);
    expect(options.fields).toEqual(['Chứng thực', 'Đất đai', 'Hộ tịch']);
    expect(options.levels).toEqual(['commune', 'province']);
    expect(options.diffFields).toEqual(['name', 'fees', 'processingTime']);
  });

  it('moves to the next and previous discrepancy among the shown rows, wrapping around', () => {
    expect(adjacentChange(rows, null, 1)?.index).toBe(1);
    expect(adjacentChange(rows, null, -1)?.index).toBe(5);
    expect(adjacentChange(rows, 1, 1)?.index).toBe(2);
    expect(adjacentChange(rows, 3, 1)?.index).toBe(5);
    expect(adjacentChange(rows, 5, 1)?.index).toBe(1);
    expect(adjacentChange(rows, 1, -1)?.index).toBe(5);
    expect(adjacentChange(rows, 0, -1)?.index).toBe(5);
    expect(changePosition(rows, 3)).toEqual({ n: 3, total: 4 });
    expect(changePosition(rows, 0)).toEqual({ n: 0, total: 4 });
    const matches = filterFindingRows(rows, { ...EMPTY_FILTER, status: 'match' });
    expect(adjacentChange(matches, null, 1)).toBeNull();
  });

  it('exports CSV with a BOM and JSON with evidence, named by the time of reading (Vietnam time)', () => {
    const findings = rows.map((r) => r.finding);
    const files = auditExportFiles(
      {
        id: 'a1',
        tabUrl: 'https://dichvucong.gov.vn/x',
        adapterId: 'national',
        readAt: '2025-03-01T17:30:00.000Z',
        catalogueHash: 'h',
        asOf: '2025-03-01',
        pullId: null,
        summary: { match: 2, changed: 2, abolished: 1, unknown: 1, notYetEffective: 0, missing: 0 },
        findings,
      },
      '2025-03-02T00:00:00.000Z',
    );
    expect(files.csv.name).toBe('niem-yet-doi-chieu-20250302-0030.csv');
    expect(files.csv.text.charCodeAt(0)).toBe(0xfeff);
    // One line per differing field, one per row without differences, plus the header.
    expect(files.csv.text.trim().split('\r\n')).toHaveLength(1 + 4 + 2 + 1);
    const report = JSON.parse(files.json.text);
    expect(report.format).toBe('niemyet.audit');
    expect(report.rows[1].evidence).toEqual({
      url: 'https://dichvucong.gov.vn/x',
      at: '2025-03-01T01:02:00.000Z',
      text: '1.000002 Đăng ký kết hôn',
    });
  });

  it('names the fields whose text arrived damaged', () => {
    const damaged = finding('changed', '1.004363', 'Cấp Giấy chứng nhận \uFFFD\uFFFDủ điều kiện', [
      'name',
      'fees',
    ]);
    damaged.diffs[0]!.kind = 'damaged';
    const [row] = buildFindingRows([damaged], () => undefined);
    expect(row!.diffFields).toEqual(['name', 'fees']);
    expect(row!.damagedFields).toEqual(['name']);
  });
});
