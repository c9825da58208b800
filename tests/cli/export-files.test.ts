import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliIo, runCli } from '@niemyet/cli';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `niemyet export-log --format xlsx` and `niemyet annex`, their files read back with ExcelJS and JSZip. */

const DECISIONS = [
  'Số quyết định;Ngày ký;Ngày hiệu lực;Hình thức;Mã TTHC;Tên TTHC;Cấp thực hiện;Lĩnh vực;Cơ quan thực hiện',
  '12/QĐ-UBND;03/02/2020;05/02/2020;Mới ban hành;1.004194;Đăng ký tạm trú;Cấp Xã;Đăng ký, quản lý cư trú;Công an xã',
  '137/QĐ-UBND;02/01/2021;02/01/2021;Bãi bỏ;1.004194;Đăng ký tạm trú;;;',
].join('\n');

const quiet: CliIo = { out: () => {}, err: () => {} };
let dir: string;
let bundle: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'niemyet-export-files-'));
  bundle = join(dir, 'bundle.json');
  writeFileSync(join(dir, 'qd.csv'), DECISIONS);
  expect(await runCli(['import-decisions', join(dir, 'qd.csv'), '-o', bundle], quiet)).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('niemyet export-log --format xlsx', () => {
  it('writes typed dates, the catalogue field of an abolished procedure and a frozen header', async () => {
    const out = join(dir, 'log.xlsx');
    expect(
      await runCli(['export-log', bundle, '--action', 'abolished', '--format', 'xlsx', '-o', out], quiet),
    ).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(2).getCell(1).value).toBe(2);
    expect(sheet.getRow(2).getCell(2).value).toEqual(new Date('2021-01-02T00:00:00Z'));
    expect(sheet.getRow(2).getCell(5).value).toBe('137/QĐ-UBND');
    expect(sheet.getRow(2).getCell(10).value).toBe('Đăng ký, quản lý cư trú');
  });
});

describe('niemyet annex', () => {
  it('writes the abolition annex with the procedure under its level and field', async () => {
    const out = join(dir, 'annex.docx');
    expect(await runCli(['annex', bundle, '137/QD-UBND', '-o', out], quiet)).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toContain('Kèm theo Quyết định số 137/QĐ-UBND ngày 02 tháng 01 năm 2021');
    expect(text).toContain('Danh mục thủ tục hành chính bị bãi bỏ');
    expect(text).toContain('Tên VBQPPL quy định việc bãi bỏ');
    expect(text).toContain(
      'A. Thủ tục hành chính cấp xã|I. Lĩnh vực Đăng ký, quản lý cư trú|1|1.004194|Đăng ký tạm trú',
    );
  });
});
