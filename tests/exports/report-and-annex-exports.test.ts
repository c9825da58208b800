import {
  decisionOutcome,
  foldCatalogue,
  formatPeriodReportEn,
  formatPeriodReportVi,
  type PeriodReportResponse,
  periodReport,
  periodReportCatalogue,
} from '@niemyet/core';
import { decisionAnnexDocx, PERIOD_REPORT_SHEETS, periodReportXlsx } from '@niemyet/exports';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { amending, baseline, decisions, history, publishing } from './export-fixtures';

function reportResponse(): PeriodReportResponse {
  const report = periodReport(
    decisions,
    '2020-01-01',
    '2020-04-30',
    periodReportCatalogue(foldCatalogue(baseline, decisions)),
  );
  return {
    from: '2020-01-01',
    to: '2020-04-30',
    report,
    paragraphVi: formatPeriodReportVi(report, '2020-01-01', '2020-04-30'),
    paragraphEn: formatPeriodReportEn(report, '2020-01-01', '2020-04-30'),
  };
}

describe('period report XLSX', () => {
  it('has the paragraph and one sheet per breakdown, with typed numbers', async () => {
    const response = reportResponse();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await periodReportXlsx(response)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(Object.values(PERIOD_REPORT_SHEETS));
    const summary = workbook.getWorksheet(PERIOD_REPORT_SHEETS.summary)!;
    expect(summary.getCell('A2').value).toBe(response.paragraphVi);
    expect(response.paragraphVi).toContain('ban hành 2 quyết định công bố 3 TTHC');
    const values = new Map(summary.getRows(4, 9)!.map((row) => [row.getCell(1).value, row.getCell(2).value]));
    expect(values.get('Từ ngày')).toEqual(new Date('2020-01-01T00:00:00Z'));
    expect(values.get('Số TTHC công bố')).toBe(3);

    const byAction = workbook.getWorksheet(PERIOD_REPORT_SHEETS.byAction)!;
    expect(
      byAction
        .getSheetValues()
        .slice(1)
        .map((r) => (r as unknown[]).slice(1)),
    ).toEqual([
      ['Hình thức', 'Số TTHC'],
      ['Công bố mới', 1],
      ['Sửa đổi, bổ sung, thay thế', 1],
      ['Bãi bỏ', 1],
    ]);
    const byMonth = workbook.getWorksheet(PERIOD_REPORT_SHEETS.byMonth)!;
    expect(byMonth.rowCount).toBe(5);
    expect((byMonth.getRow(3).values as unknown[]).slice(1)).toEqual(['02/2020', 0, 1, 1, 2]);
    expect(byMonth.getRow(3).getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(byMonth.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const byField = workbook.getWorksheet(PERIOD_REPORT_SHEETS.byField)!;
    expect((byField.getRow(2).values as unknown[]).slice(1)).toEqual(['Hộ tịch', 2]);
    expect((byField.getRow(3).values as unknown[]).slice(1)).toEqual(['Xây dựng', 1]);
  });
});

/** The text of each paragraph of word/document.xml, and each table as rows of cell texts. */
async function readDocx(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/footer\d*\.xml$/.test(name))
      .map((name) => zip.file(name)!.async('string')),
  );
  const textOf = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1]!)
      .join('')
      .replaceAll('&amp;', '&')
      .replaceAll('&quot;', '"');
  const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) => textOf(m[0]));
  const tables = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((table) =>
    [...table[0].matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map((row) =>
      [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((cell) =>
        [...cell[0].matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => textOf(p[0])).join('\n'),
      ),
    ),
  );
  return { xml, paragraphs, tables, footers };
}

describe('decision annex DOCX', () => {
  it('lays out an issued decision officially: motto, title, Part I tables by level and field, Part II content', async () => {
    const docx = await readDocx(
      await decisionAnnexDocx(publishing, decisionOutcome(history, publishing, '2020-03-05')),
    );
    const text = docx.paragraphs.join('\n');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('PHỤ LỤC');
    expect(text).toContain(
      '(Kèm theo Quyết định số 200/QĐ-UBND ngày 01 tháng 03 năm 2020 của UBND tỉnh Hòa Bình)',
    );
    expect(text).not.toContain('DỰ THẢO');
    expect(text).toContain('PHẦN I. DANH MỤC THỦ TỤC HÀNH CHÍNH');
    expect(text).toContain('1. Danh mục thủ tục hành chính được công bố mới');
    expect(text).toContain('PHẦN II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH');
    // Part II: the procedure as the catalogue has it after the decision.
    expect(text).toContain('1. Đăng ký kết hôn (Mã TTHC: 1.000003)');
    for (const expected of [
      '1. Trình tự thực hiện:',
      'Trực tiếp; thời hạn 05 ngày',
      '- Tờ khai đăng ký kết hôn (bản chính: 1)',
      '05 ngày làm việc',
      'Giấy chứng nhận kết hôn',
      '100.000 đồng',
      'Đủ tuổi kết hôn',
      '60/2014/QH13 Luật Hộ tịch',
    ])
      expect(text).toContain(expected);

    const [motto, list] = docx.tables;
    expect(motto![0]![1]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
    expect(list![0]).toEqual([
      'STT',
      'Mã TTHC',
      'Tên TTHC',
      'Thời hạn giải quyết',
      'Địa điểm thực hiện',
      'Phí, lệ phí',
      'Căn cứ pháp lý',
    ]);
    expect(list!.slice(1)).toEqual([
      ['A. Thủ tục hành chính cấp huyện'],
      ['I. Lĩnh vực Hộ tịch'],
      [
        '1',
        '1.000003',
        'Đăng ký kết hôn',
        '05 ngày làm việc',
        'UBND cấp huyện',
        '100.000 đồng',
        '60/2014/QH13 Luật Hộ tịch',
      ],
    ]);
    // Times New Roman, A4, page numbers in the footer.
    expect(docx.xml).toContain('w:w="16838"');
    expect(docx.xml).toContain('w:orient="landscape"');
    expect(docx.footers.join('')).toMatch(/PAGE/);
  });

  it('names the amending and abolishing documents, and marks a decision not yet issued as a draft', async () => {
    const draft = { ...amending, id: 'draft', state: 'draft' as const, number: '', signedOn: null };
    const catalogue = foldCatalogue(baseline, []);
    const docx = await readDocx(
      await decisionAnnexDocx(draft, decisionOutcome(catalogue, draft, '2020-02-15')),
    );
    const text = docx.paragraphs.join('\n');
    expect(text).toContain('DỰ THẢO');
    expect(text).toContain('1. Danh mục thủ tục hành chính được sửa đổi, bổ sung');
    expect(text).toContain('2. Danh mục thủ tục hành chính bị bãi bỏ');
    expect(text).not.toContain('công bố mới\n');
    const [, amended, abolished] = docx.tables;
    expect(amended![0]![6]).toBe('Tên VBQPPL quy định nội dung sửa đổi, bổ sung');
    expect(amended!.at(-1)).toEqual([
      '1',
      '1.000001',
      'Đăng ký khai sinh',
      '03 ngày làm việc',
      'UBND cấp xã',
      'Miễn lệ phí',
      '123/2019/NĐ-CP Nghị định sửa đổi hộ tịch',
    ]);
    expect(abolished![0]![6]).toBe('Tên VBQPPL quy định việc bãi bỏ');
    expect(abolished!.slice(1, 3)).toEqual([['A. Thủ tục hành chính cấp tỉnh'], ['I. Lĩnh vực Xây dựng']]);
    expect(abolished!.at(-1)![6]).toBe('15/2020/TT-BXD');
    // Part II describes the amended procedure with its new steps, not the abolished one.
    expect(text).toContain('Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả.');
    expect(text).not.toContain('(Mã TTHC: 1.000002)');
  });
});
