import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsvRecords } from '@niemyet/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../io';
import { runCli } from '../program';

/** `niemyet export-log` and `niemyet annex` over a bundle made by `import-decisions`. */

function bufferIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (text: string) => {
      io.stdout += `${text}\n`;
    },
    err: (text: string) => {
      io.stderr += `${text}\n`;
    },
  };
  return io;
}

// Two decisions numbered 12/QĐ-UBND (2020 and 2021): a province numbers afresh every year.
const DECISIONS = [
  'Số quyết định;Ngày ký;Ngày hiệu lực;Hình thức;Mã TTHC;Tên TTHC;Cấp thực hiện;Lĩnh vực;Cơ quan thực hiện;Ngày cập nhật CSDLQG',
  '12/QĐ-UBND;03/02/2020;05/02/2020;Mới ban hành;1.004194;Đăng ký tạm trú;Cấp Xã;Đăng ký, quản lý cư trú;Công an xã;06/02/2020',
  '12/QĐ-UBND;03/02/2020;05/02/2020;Mới ban hành;1.004222;Đăng ký thường trú;Cấp Xã;Đăng ký, quản lý cư trú;Công an xã;06/02/2020',
  '40/QĐ-UBND;01/06/2020;10/06/2020;Mới ban hành;2.000815;=Thủ tục công thức;Cấp Tỉnh;Tư pháp;Sở Tư pháp;',
  '12/QĐ-UBND;02/01/2021;02/01/2021;Bãi bỏ;1.004194;Đăng ký tạm trú;;;;',
].join('\n');

let dir: string;
let bundle: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'niemyet-exports-'));
  bundle = join(dir, 'bundle.json');
  writeFileSync(join(dir, 'qd.csv'), DECISIONS);
  const io = bufferIo();
  expect(await runCli(['import-decisions', join(dir, 'qd.csv'), '-o', bundle], io), io.stderr).toBe(0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function csvRows(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return readCsvRecords(text.slice(1), { delimiter: ',' }).records.map((r) => r.cells);
}

describe('niemyet export-log', () => {
  it('writes the period as CSV with the catalogue field and agency, formulas escaped', async () => {
    const out = join(dir, 'log.csv');
    const io = bufferIo();
    const args = ['export-log', bundle, '--from', '01/01/2020', '--to', '31/12/2020', '--out', out];
    expect(await runCli(args, io), io.stderr).toBe(0);
    const [header, ...rows] = csvRows(out);
    expect(header!.slice(0, 3)).toEqual(['STT', 'Ngày hiệu lực/cập nhật', 'Loại']);
    // 3 published + 2 national-database entries in 2020; the 2021 abolition is outside.
    expect(rows.map((r) => [r[1], r[2], r[6], r[9], r[10]])).toEqual([
      ['05/02/2020', 'Công bố', '1.004194', 'Đăng ký, quản lý cư trú', 'Công an xã'],
      ['05/02/2020', 'Công bố', '1.004222', 'Đăng ký, quản lý cư trú', 'Công an xã'],
      ['06/02/2020', 'Nhập CSDL quốc gia', '1.004194', 'Đăng ký, quản lý cư trú', 'Công an xã'],
      ['06/02/2020', 'Nhập CSDL quốc gia', '1.004222', 'Đăng ký, quản lý cư trú', 'Công an xã'],
      ['10/06/2020', 'Công bố', '2.000815', 'Tư pháp', 'Sở Tư pháp'],
    ]);
    expect(rows[4]![7]).toBe("'=Thủ tục công thức");
    expect(io.stdout).toContain('5 mục');
  });

  it('filters by decision number, action and procedure, and writes XLSX and JSON', async () => {
    const xlsx = join(dir, 'log.xlsx');
    expect(
      await runCli(
        [
          'export-log',
          bundle,
          '--decision',
          '12/QD-UBND',
          '--action',
          'abolished',
          '--format',
          'xlsx',
          '-o',
          xlsx,
        ],
        bufferIo(),
      ),
    ).toBe(0);
    // A zip (the workbook's content is read back in tests/cli/export-files.test.ts, where ExcelJS is).
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');

    const json = join(dir, 'log.json');
    expect(
      await runCli(
        ['export-log', bundle, '--procedure', 'dang ky thuong tru', '--format', 'json', '-o', json],
        bufferIo(),
      ),
    ).toBe(0);
    const parsed = JSON.parse(readFileSync(json, 'utf8'));
    expect(parsed.total).toBe(2);
    expect(parsed.filter).toEqual({ procedure: 'dang ky thuong tru' });
    expect(parsed.entries.map((e: { code: string }) => e.code)).toEqual(['1.004222', '1.004222']);
  });

  it('refuses an unknown decision and a reversed period, writing nothing', async () => {
    const out = join(dir, 'none.csv');
    const io = bufferIo();
    expect(await runCli(['export-log', bundle, '--decision', '99/QĐ-UBND', '-o', out], io)).toBe(2);
    expect(io.stderr).toContain('Không có quyết định số «99/QĐ-UBND»');
    expect(
      await runCli(
        ['export-log', bundle, '--from', '2021-01-01', '--to', '2020-01-01', '-o', out],
        bufferIo(),
      ),
    ).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('leaves no file, not even a temporary one, when the folder cannot take it', async () => {
    const out = join(dir, 'missing-folder', 'log.csv');
    const io = bufferIo();
    expect(await runCli(['export-log', bundle, '-o', out], io)).toBe(1);
    expect(io.stderr).toContain('Không ghi được tệp');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('niemyet annex', () => {
  it('asks for --year when the number is used in several years, listing them', async () => {
    const io = bufferIo();
    expect(await runCli(['annex', bundle, '12/QĐ-UBND', '-o', join(dir, 'a.docx')], io)).toBe(2);
    expect(io.stderr).toContain('Có 2 quyết định số «12/QĐ-UBND»');
    expect(io.stderr).toContain('12/QĐ-UBND ngày 03/02/2020');
    expect(io.stderr).toContain('12/QĐ-UBND ngày 02/01/2021');
    expect(existsSync(join(dir, 'a.docx'))).toBe(false);
  });

  it('writes the annex of the decision of the year asked for', async () => {
    const out = join(dir, 'phu-luc.docx');
    const io = bufferIo();
    expect(await runCli(['annex', bundle, '12/QĐ-UBND', '--year', '2020', '--out', out], io), io.stderr).toBe(
      0,
    );
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    // The document XML is deflated; the zip's directory names its parts in the clear.
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    expect(io.stdout).toContain('Đã ghi phụ lục quyết định 12/QĐ-UBND');
  });

  it('refuses a number no decision bears', async () => {
    const io = bufferIo();
    expect(await runCli(['annex', bundle, '77/QĐ-UBND', '-o', join(dir, 'x.docx')], io)).toBe(2);
    expect(io.stderr).toContain('Không có quyết định số «77/QĐ-UBND»');
  });
});
