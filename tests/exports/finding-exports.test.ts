import { PassThrough } from 'node:stream';
import type { Finding } from '@niemyet/core';
import { FINDINGS_SHEET_NAME, findingsCsv, writeFindingsXlsx } from '@niemyet/exports';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

const finding: Finding = {
  id: 'f1',
  key: 'https://dvc.example|1.1|changed',
  portal: 'https://dvc.example',
  code: '1.1',
  name: '=Cấp phép, "mới"',
  kind: 'abolished-but-listed',
  state: 'dismissed',
  sightings: 3,
  firstSeenAt: '2026-01-01T17:30:00.000Z',
  lastSeenAt: '2026-01-02T01:00:00.000Z',
  assignee: 'lan',
  reason: 'trùng',
  reopened: 0,
  field: 'Đất đai',
  agency: null,
  level: null,
  watchIds: [],
  stateChangedAt: '2026-01-02T01:00:00.000Z',
  stateChangedBy: 'lan',
};

describe('finding exports', () => {
  it('writes CSV with a BOM, Vietnamese labels and formula-safe quoted cells', async () => {
    let text = '';
    for await (const chunk of findingsCsv([finding])) text += chunk;
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFCổng,Mã TTHC,Tên TTHC,Loại sai lệch,Trạng thái,Số lần phát hiện,Phát hiện lần đầu,Phát hiện gần nhất,Người xử lý,Lĩnh vực,Cơ quan,Lý do',
    );
    expect(lines[1]).toBe(
      `https://dvc.example,1.1,"'=Cấp phép, ""mới""",Đã bãi bỏ nhưng còn niêm yết,Bỏ qua,3,02/01/2026 00:30,02/01/2026 08:00,lan,Đất đai,,trùng`,
    );
  });

  it('writes an XLSX sheet with typed counts and the same labels', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeFindingsXlsx([finding], out);
    out.end();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as never);
    const sheet = workbook.getWorksheet(FINDINGS_SHEET_NAME)!;
    expect(sheet.getRow(2).getCell(4).value).toBe('Đã bãi bỏ nhưng còn niêm yết');
    expect(sheet.getRow(2).getCell(6).value).toBe(3);
    expect(sheet.rowCount).toBe(2);
  });
});
