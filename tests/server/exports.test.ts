import {
  ChangeLogResponseSchema,
  ChangeLogRowSchema,
  PeriodReportResponseSchema,
  readCsvRecords,
} from '@niemyet/core';
import { type Client, type Reply, type ServerProcess, startServerProcess } from '@niemyet/server/testing';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProcedureItem } from './decision-flow';
import { serverDatabases } from './server-databases';
import { setUpUsers, signedIn, USERS } from './users';

/**
 * Issue 12 through the API, on each database: the change log filtered by what the catalogue
 * knows of each entry, its exports streamed as CSV, XLSX and JSON (read back), the period
 * report and its workbook, and a decision's annex as DOCX (unzipped).
 */

const databases = serverDatabases('exports');

// 2020: 10/QĐ publishes two procedures (one whose name a spreadsheet would run), 11/QĐ
// abolishes one the catalogue gets from the import's baseline; 2021: 400 more for the stream.
const HEADER = 'decision_number,signed_on,effective_on,action,code,name,level,field,agency,national_db_on';
const CSV = [
  HEADER,
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.004227,Đăng ký khai sinh,Cấp xã,Hộ tịch,UBND cấp xã,06/03/2020',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.001193,"=1+2 Đăng ký, kết hôn",Cấp xã,Hộ tịch,UBND cấp xã,',
  '11/QĐ-UBND,01/06/2020,10/06/2020,Bãi bỏ,1.000001,Thủ tục cũ,Cấp tỉnh,Tư pháp,Sở Tư pháp,',
  ...Array.from(
    { length: 400 },
    (_, i) =>
      `5/QĐ-UBND,02/01/2021,05/01/2021,Mới ban hành,2.${String(i).padStart(6, '0')},Thủ tục số ${i},Cấp huyện,Đất đai,UBND cấp huyện,`,
  ),
].join('\n');

function ok(what: string, reply: Reply, status = 200): Reply {
  if (reply.status !== status)
    throw new Error(`${what}: HTTP ${reply.status} (expected ${status}) ${JSON.stringify(reply.body)}`);
  return reply;
}

describe.each(databases)('exports: $label', (database) => {
  let server: ServerProcess;
  let remove: () => Promise<void> = async () => {};
  let drafter: Client;
  let reviewer: Client;

  beforeAll(async () => {
    const opened = await database.open();
    remove = opened.remove;
    server = await startServerProcess(opened.options);
    await setUpUsers(server);
    drafter = await signedIn(server.url, USERS.drafter);
    reviewer = await signedIn(server.url, USERS.reviewer);
    ok('import', await drafter.request('POST', '/api/imports/decisions', { text: CSV }));
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await remove();
  }, 60_000);

  /** A download as bytes, with its headers. */
  async function download(client: Client, path: string) {
    const response = await fetch(server.url + path, { headers: { cookie: client.sessionCookie ?? '' } });
    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }

  async function decisionId(number: string): Promise<string> {
    const list = ok('decisions', await reviewer.get('/api/decisions?limit=200'));
    return list.body.decisions.find((d: { number: string }) => d.number === number).id;
  }

  it('lists rows with the field, agency and signing date, filtered by what the catalogue knows', async () => {
    const all = ChangeLogResponseSchema.parse(
      ok('log', await reviewer.get('/api/changelog?to=2020-12-31')).body,
    );
    expect(all.total).toBe(4);
    expect(all.entries.map((e) => [e.code, e.kind, e.field, e.agency, e.signedOn])).toEqual([
      ['1.004227', 'published', 'Hộ tịch', 'UBND cấp xã', '2020-03-01'],
      ['1.001193', 'published', 'Hộ tịch', 'UBND cấp xã', '2020-03-01'],
      ['1.004227', 'national-db-entered', 'Hộ tịch', 'UBND cấp xã', '2020-03-01'],
      // The abolished procedure's field is that of the version it ended.
      ['1.000001', 'published', 'Tư pháp', 'Sở Tư pháp', '2020-06-01'],
    ]);
    const byField = ok(
      'field',
      await reviewer.get(`/api/changelog?field=${encodeURIComponent('Đất đai')}&limit=5&offset=395`),
    );
    expect(byField.body.total).toBe(400);
    expect(byField.body.entries.map((e: { code: string }) => e.code)).toEqual([
      '2.000395',
      '2.000396',
      '2.000397',
      '2.000398',
      '2.000399',
    ]);
    const byName = ok('procedure', await reviewer.get('/api/changelog?procedure=dang%20ky%20khai%20sinh'));
    expect(byName.body.entries.map((e: { seq: number }) => e.seq)).toEqual([1, 3]);
    const abolishing = await decisionId('11/QĐ-UBND');
    const byDecision = ok(
      'decision',
      await reviewer.get(`/api/changelog?decision=${abolishing}&action=abolished`),
    );
    expect(byDecision.body.entries.map((e: { code: string }) => e.code)).toEqual(['1.000001']);
    const bad = await reviewer.get('/api/changelog?action=renamed');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'bad-request', params: { field: 'action' } });
  });

  it('exports CSV with BOM, CRLF, escaped formulas, the total and a file name', async () => {
    const csv = await download(drafter, '/api/changelog/export?format=csv&from=2020-01-01&to=2020-12-31');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('x-total-count')).toBe('4');
    expect(csv.headers.get('content-disposition')).toContain(
      'filename="nhat-ky-thay-doi-2020-01-01-2020-12-31.csv"',
    );
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')).toHaveLength(6);
    const [header, ...rows] = readCsvRecords(text.slice(1), { delimiter: ',' }).records.map((r) => r.cells);
    expect(header![0]).toBe('STT');
    expect(rows.map((r) => [r[1], r[3], r[7], r[9]])).toEqual([
      ['05/03/2020', 'Công bố mới', 'Đăng ký khai sinh', 'Hộ tịch'],
      ['05/03/2020', 'Công bố mới', "'=1+2 Đăng ký, kết hôn", 'Hộ tịch'],
      ['06/03/2020', 'Công bố mới', 'Đăng ký khai sinh', 'Hộ tịch'],
      ['10/06/2020', 'Bãi bỏ', 'Thủ tục cũ', 'Tư pháp'],
    ]);
  });

  it('exports XLSX with typed cells, a frozen header and filters, and JSON with the filter', async () => {
    const xlsx = await download(
      drafter,
      `/api/changelog/export?format=xlsx&field=${encodeURIComponent('Đất đai')}`,
    );
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('x-total-count')).toBe('400');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(401);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:N1');
    expect(sheet.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getRow(2).getCell(2).value).toEqual(new Date('2021-01-05T00:00:00Z'));
    expect(sheet.getRow(401).getCell(7).value).toBe('2.000399');

    const json = await download(drafter, '/api/changelog/export?format=json&to=2020-06-30&kind=published');
    const parsed = JSON.parse(json.bytes.toString('utf8'));
    expect(parsed.filter).toEqual({ to: '2020-06-30', kind: 'published' });
    expect(parsed.total).toBe(3);
    expect(parsed.entries.map((e: unknown) => ChangeLogRowSchema.parse(e).code)).toEqual([
      '1.004227',
      '1.001193',
      '1.000001',
    ]);
  });

  it('stops a download the client abandons, and keeps serving', async () => {
    const controller = new AbortController();
    const response = await fetch(`${server.url}/api/changelog/export?format=csv`, {
      headers: { cookie: drafter.sessionCookie ?? '' },
      signal: controller.signal,
    });
    expect(response.headers.get('x-total-count')).toBe('404');
    const reader = response.body!.getReader();
    await reader.read();
    controller.abort();
    const after = ok('after', await reviewer.get('/api/changelog/verify'));
    expect(after.body.ok).toBe(true);
    expect(server.output()).not.toContain('[niemyet] nhat-ky-thay-doi');
  });

  it('reports a period by action, level, field and month with the paragraph, and as XLSX', async () => {
    const reply = ok('report', await reviewer.get('/api/reports/period?from=2020-01-01&to=2020-12-31'));
    const report = PeriodReportResponseSchema.parse(reply.body);
    expect(report.report).toMatchObject({
      decisions: 2,
      items: 3,
      byAction: { new: 2, amended: 0, abolished: 1 },
      byLevel: { province: 1, commune: 2 },
      nationalDb: { entered: 1, removed: 0 },
      byField: [
        { field: 'Hộ tịch', count: 2 },
        { field: 'Tư pháp', count: 1 },
      ],
    });
    expect(report.report.byMonth).toHaveLength(12);
    expect(report.report.byMonth[2]).toEqual({ month: '2020-03', new: 2, amended: 0, abolished: 0 });
    expect(report.paragraphVi).toBe(
      'Từ ngày 01/01/2020 đến ngày 31/12/2020, ban hành 2 quyết định công bố 3 TTHC; trong đó, công bố mới 2 TTHC; sửa đổi, bổ sung, thay thế 0 TTHC; bãi bỏ 1 TTHC; nhập, đăng tải công khai trên CSDL quốc gia 1 TTHC, xóa bỏ 0 TTHC.',
    );
    expect(report.paragraphEn).toContain('2 decisions were issued');
    const reversed = await reviewer.get('/api/reports/period?from=2020-12-31&to=2020-01-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.params.field).toBe('to');

    const xlsx = await download(
      reviewer,
      '/api/reports/period/export?from=2020-01-01&to=2020-12-31&format=xlsx',
    );
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toContain('bao-cao-2020-01-01-2020-12-31.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Tổng hợp')!.getCell('A2').value).toBe(report.paragraphVi);
    expect(workbook.getWorksheet('Theo tháng')!.rowCount).toBe(13);
  });

  it('writes the annex of an issued decision and of a draft, and 404 for an unknown one', async () => {
    const issued = await download(reviewer, `/api/decisions/${await decisionId('10/QĐ-UBND')}/annex.docx`);
    expect(issued.status).toBe(200);
    expect(issued.headers.get('content-type')).toContain('wordprocessingml');
    expect(issued.headers.get('content-disposition')).toContain('phu-luc-10-QD-UBND.docx');
    const text = await documentText(issued.bytes);
    expect(text).toContain('Kèm theo Quyết định số 10/QĐ-UBND ngày 01 tháng 03 năm 2020');
    expect(text).toContain('PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH');
    expect(text).toContain('Thủ tục hành chính cấp xã|I. Lĩnh vực Hộ tịch|1|1.004227|Đăng ký khai sinh');
    expect(text).toContain('PHẦN II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH');
    expect(text).not.toContain('DỰ THẢO');

    const created = ok(
      'draft',
      await drafter.post('/api/decisions', {
        title: 'Dự thảo',
        effectiveOn: '2024-03-01',
        items: [newProcedureItem(1)],
      }),
      201,
    );
    const draft = await download(drafter, `/api/decisions/${created.body.id}/annex.docx`);
    expect(draft.status).toBe(200);
    const draftText = await documentText(draft.bytes);
    expect(draftText).toContain('DỰ THẢO');
    expect(draftText).toContain('Thủ tục thử nghiệm số 1');

    const missing = await reviewer.get('/api/decisions/khong-co/annex.docx');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'not-found', params: { id: 'khong-co' } });
  });
});

async function documentText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
}
