import { PassThrough } from 'node:stream';
import { CHANGE_LOG_EXPORT_COLUMNS, ChangeLogRowSchema, readCsvRecords } from '@niemyet/core';
import { CHANGE_LOG_SHEET_NAME, changeLogCsv, changeLogJson, writeChangeLogXlsx } from '@niemyet/exports';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { collect, exportRows } from './export-fixtures';

const headers = CHANGE_LOG_EXPORT_COLUMNS.map((c) => c.header);

describe('change-log CSV', () => {
  it('writes UTF-8 with BOM, CRLF, the contract columns, Vietnamese labels and dd/mm/yyyy dates', async () => {
    const csv = await collect(changeLogCsv(exportRows()));
    expect(csv.startsWith('\uFEFFSTT,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(7); // header, 5 entries, the empty tail
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const { records } = readCsvRecords(csv.slice(1), { delimiter: ',' });
    expect(records[0]!.cells).toEqual(headers);
    const rows = records.slice(1).map((r) => Object.fromEntries(headers.map((h, i) => [h, r.cells[i]])));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({
      STT: '1',
      'Ngày hiệu lực/cập nhật': '15/02/2020',
      Loại: 'Công bố',
      'Hình thức': 'Sửa đổi, bổ sung, thay thế',
      'Số quyết định': '137/QĐ-UBND',
      'Ngày ký': '10/02/2020',
      'Mã TTHC': '1.000001',
      'Tên TTHC': 'Đăng ký khai sinh',
      'Cấp thực hiện': '',
      'Lĩnh vực': 'Hộ tịch',
      'Cơ quan thực hiện': 'UBND cấp xã',
      'Người ghi': 'drafter',
      'Thời điểm ghi': '10/03/2020 09:30',
    });
    expect(rows[0]!['Mã băm']).toMatch(/^[0-9a-f]{64}$/);
    // The formula is escaped, and its quotes and comma survive RFC 4180 quoting.
    expect(rows[1]!['Tên TTHC']).toBe(`'=HYPERLINK("http://x", "Cấp phép, xây dựng")`);
    expect(rows[2]).toMatchObject({ Loại: 'Xóa khỏi CSDL quốc gia', 'Ngày hiệu lực/cập nhật': '20/02/2020' });
    expect(rows[3]).toMatchObject({ 'Hình thức': 'Công bố mới', 'Cấp thực hiện': 'Cấp Huyện; Cấp Xã' });
    expect(rows[4]).toMatchObject({ Loại: 'Nhập CSDL quốc gia', 'Ngày hiệu lực/cập nhật': '10/03/2020' });
  });

  it('escapes every formula start and yields in chunks', async () => {
    const [row] = exportRows();
    const many = Array.from({ length: 1200 }, (_, i) => ({
      ...row!,
      seq: i + 1,
      name: ['+1', '-2', '@x', '\tt', 'plain'][i % 5]!,
    }));
    const chunks: string[] = [];
    for await (const chunk of changeLogCsv(many)) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(2);
    const { records } = readCsvRecords(chunks.join('').slice(1), { delimiter: ',' });
    expect(records.slice(1, 6).map((r) => r.cells[7])).toEqual(["'+1", "'-2", "'@x", "'\tt", 'plain']);
    expect(records).toHaveLength(1201);
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    async function* endless() {
      const [row] = exportRows();
      for (let seq = 1; ; seq++) {
        if (seq === 700) controller.abort(new Error('client went away'));
        yield { ...row!, seq };
      }
    }
    await expect(collect(changeLogCsv(endless(), { signal: controller.signal }))).rejects.toThrow(
      'client went away',
    );
  });
});

describe('change-log JSON', () => {
  it('writes {filter, total, entries} with every row as the contract gives it', async () => {
    const rows = exportRows();
    const text = await collect(changeLogJson(rows, { from: '2020-01-01' }, rows.length));
    const parsed = JSON.parse(text) as { filter: unknown; total: number; entries: unknown[] };
    expect(parsed.filter).toEqual({ from: '2020-01-01' });
    expect(parsed.total).toBe(5);
    expect(parsed.entries.map((e) => ChangeLogRowSchema.parse(e))).toEqual(rows);
    expect(JSON.parse(await collect(changeLogJson([], {}, 0)))).toEqual({
      filter: {},
      total: 0,
      entries: [],
    });
  });
});

describe('change-log XLSX', () => {
  async function workbookOf(rows = exportRows()) {
    const output = new PassThrough();
    const parts: Buffer[] = [];
    output.on('data', (part: Buffer) => parts.push(part));
    await writeChangeLogXlsx(rows, output);
    await new Promise((resolve) => output.end(resolve));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(parts) as unknown as ArrayBuffer);
    return workbook;
  }

  it('types dates and numbers, freezes a bold header with filters and sets widths', async () => {
    const sheet = (await workbookOf()).getWorksheet(CHANGE_LOG_SHEET_NAME)!;
    expect(sheet.rowCount).toBe(6);
    expect(sheet.getRow(1).values).toEqual([undefined, ...headers]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:N1');
    expect(sheet.getColumn(8).width).toBe(60);

    const first = sheet.getRow(2);
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).type).toBe(ExcelJS.ValueType.Date);
    expect(first.getCell(2).value).toEqual(new Date('2020-02-15T00:00:00Z'));
    expect(first.getCell(2).numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(6).value).toEqual(new Date('2020-02-10T00:00:00Z'));
    expect(first.getCell(13).value).toEqual(new Date('2020-03-10T09:30:00Z'));
    expect(first.getCell(4).value).toBe('Sửa đổi, bổ sung, thay thế');
    // Text stays text in a workbook: nothing runs, so no escaping.
    expect(sheet.getRow(3).getCell(8).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(3).getCell(8).value).toBe('=HYPERLINK("http://x", "Cấp phép, xây dựng")');
    expect(sheet.getRow(5).getCell(9).value).toBe('Cấp Huyện; Cấp Xã');
  });

  it('writes a workbook with only the header when nothing matches', async () => {
    const sheet = (await workbookOf([])).getWorksheet(CHANGE_LOG_SHEET_NAME)!;
    expect(sheet.rowCount).toBe(1);
  });
});
