import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../io';
import { runCli } from '../program';

/** `niemyet documents import` and `niemyet impact` over a bundle made by `import-decisions`. */

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

// Three procedures published in 2024; two cite Decree 43/2014 (spelled two ways), one Circular 01/2018.
const DECISIONS = [
  'Số quyết định;Ngày ký;Ngày hiệu lực;Hình thức;Mã TTHC;Tên TTHC;Cấp thực hiện;Căn cứ pháp lý',
  '12/QĐ-UBND;03/01/2024;05/01/2024;Mới ban hành;1.004194;Đăng ký tạm trú;Cấp Xã;Nghị định số 43/2014/NĐCP',
  '12/QĐ-UBND;03/01/2024;05/01/2024;Mới ban hành;1.004222;Đăng ký thường trú;Cấp Xã;"43/2014/NĐ-CP; 01 /2018/TT-VPCP"',
  '12/QĐ-UBND;03/01/2024;05/01/2024;Mới ban hành;2.000815;Cấp bản sao trích lục;Cấp Tỉnh;01/2018/TT-VPCP',
].join('\n');

const DOCUMENTS = [
  'Số ký hiệu;Loại văn bản;Cơ quan ban hành;Trích yếu;Ngày ban hành;Ngày hiệu lực;Ngày hết hiệu lực;Quan hệ',
  '43/2014/NĐ-CP;Nghị định;Chính phủ;Quy định chi tiết Luật Đất đai;15/05/2014;01/07/2014;;',
  '10/2025/NĐ-CP;Nghị định;Chính phủ;Sửa đổi Nghị định 43;20/01/2025;06/02/2025;;sửa đổi, bổ sung 43/2014/NĐ-CP',
].join('\n');

let dir: string;
let bundle: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'niemyet-documents-'));
  bundle = join(dir, 'bundle.json');
  writeFileSync(join(dir, 'qd.csv'), DECISIONS);
  writeFileSync(join(dir, 'vb.csv'), DOCUMENTS);
  const io = bufferIo();
  const code = await runCli(['import-decisions', join(dir, 'qd.csv'), '-o', bundle], io);
  expect(code, io.stderr).toBe(0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('niemyet documents import', () => {
  it('adds the documents and one review task per procedure citing the amended decree, due across Tết', async () => {
    const io = bufferIo();
    expect(await runCli(['documents', 'import', join(dir, 'vb.csv'), '--bundle', bundle], io)).toBe(0);
    expect(io.stdout).toContain('Đã thêm 2 văn bản');
    expect(io.stdout).toContain('tạo 2 nhiệm vụ rà soát, hạn sớm nhất 23/01/2025');
    const written = JSON.parse(readFileSync(bundle, 'utf8'));
    expect(written.legalDocuments.map((d: { number: string }) => d.number)).toEqual([
      '43/2014/NĐ-CP',
      '10/2025/NĐ-CP',
    ]);
    expect(
      written.reviewTasks.map((t: { procedureIds: string[]; dueOn: string; relation: string }) => [
        t.procedureIds[0],
        t.dueOn,
        t.relation,
      ]),
    ).toEqual([
      ['1.004194', '2025-01-23', 'amends'],
      ['1.004222', '2025-01-23', 'amends'],
    ]);
    // The decisions and log are kept as they were.
    expect(written.decisions).toHaveLength(1);

    // Importing the same file again is refused, and the bundle is left alone.
    const again = bufferIo();
    expect(await runCli(['documents', 'import', join(dir, 'vb.csv'), '--bundle', bundle], again)).toBe(1);
    expect(again.stderr).toContain('Dòng 2, cột «Số ký hiệu»: văn bản 43/2014/NĐ-CP đã có trong sổ');
    expect(JSON.parse(readFileSync(bundle, 'utf8')).legalDocuments).toHaveLength(2);
  });

  it('refuses a file with errors and writes nothing; checks only without --bundle', async () => {
    writeFileSync(join(dir, 'bad.csv'), `${DOCUMENTS}\n;Nghị định;;;;31/02/2025;;`);
    const io = bufferIo();
    const fresh = join(dir, 'new.json');
    expect(await runCli(['documents', 'import', join(dir, 'bad.csv'), '--bundle', fresh], io)).toBe(1);
    expect(io.stderr).toContain('Dòng 4, cột «Số ký hiệu»: thiếu số ký hiệu văn bản');
    expect(io.stderr).toContain('Dòng 4, cột «Ngày hiệu lực»: ngày không hợp lệ «31/02/2025»');
    expect(existsSync(fresh)).toBe(false);

    const check = bufferIo();
    expect(await runCli(['documents', 'import', join(dir, 'vb.csv')], check)).toBe(0);
    expect(check.stdout).toContain('hợp lệ: 2 văn bản, 1 văn bản sửa đổi');
  });
});

describe('niemyet impact', () => {
  it('gives {document, at, procedures: [{code, name}]} whatever the spelling', async () => {
    for (const number of ['43/2014/NĐCP', 'Nghị định số 43/2014/NĐ-CP']) {
      const io = bufferIo();
      expect(await runCli(['impact', bundle, number, '--at', '01/03/2024', '--format', 'json'], io)).toBe(0);
      expect(JSON.parse(io.stdout)).toStrictEqual({
        document: '43/2014/NĐ-CP',
        at: '2024-03-01',
        procedures: [
          { code: '1.004194', name: 'Đăng ký tạm trú' },
          { code: '1.004222', name: 'Đăng ký thường trú' },
        ],
      });
    }
    const before = bufferIo();
    expect(
      await runCli(['impact', bundle, '01 /2018/TT-VPCP', '--at', '2023-12-31', '--format', 'json'], before),
    ).toBe(0);
    expect(JSON.parse(before.stdout)).toStrictEqual({
      document: '01/2018/TT-VPCP',
      at: '2023-12-31',
      procedures: [],
    });
  });

  it('says in text whether the document is registered', async () => {
    const io = bufferIo();
    expect(await runCli(['impact', bundle, '01/2018/TT-VPCP', '--at', '2024-03-01'], io)).toBe(0);
    expect(io.stdout).toContain(
      'Văn bản 01/2018/TT-VPCP — chưa có trong sổ, chỉ được viện dẫn — ngày 01/03/2024: 2 thủ tục viện dẫn.',
    );
    expect(io.stdout).toContain('  2.000815  Cấp bản sao trích lục');

    expect(await runCli(['documents', 'import', join(dir, 'vb.csv'), '--bundle', bundle], bufferIo())).toBe(
      0,
    );
    const registered = bufferIo();
    expect(await runCli(['impact', bundle, '43/2014/NĐCP', '--at', '2025-02-06'], registered)).toBe(0);
    expect(registered.stdout).toContain('Văn bản 43/2014/NĐ-CP — đã được sửa đổi, bổ sung — ngày 06/02/2025');
    expect(registered.stdout).toContain(
      'Document 43/2014/NĐ-CP (partly amended) on 2025-02-06: 2 procedures cite it.',
    );
  });
});
