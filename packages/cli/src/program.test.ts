import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from './io';
import { runCli } from './program';

function bufferIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (text: string) => {
      io.stdout += text.endsWith('\n') ? text : `${text}\n`;
    },
    err: (text: string) => {
      io.stderr += text.endsWith('\n') ? text : `${text}\n`;
    },
  };
  return io;
}

const CSV = [
  'Số quyết định;Ngày ký;Ngày hiệu lực;Hình thức;Mã TTHC;Tên TTHC;Cấp thực hiện;Ngày cập nhật CSDLQG',
  '12/QĐ-UBND;03/02/2020;05/02/2020;Mới ban hành;1.004194;Đăng ký tạm trú;Cấp Xã;06/02/2020',
  '12/QĐ-UBND;03/02/2020;05/02/2020;Mới ban hành;1.004222;Đăng ký thường trú;Cấp Xã;06/02/2020',
  '40/QĐ-UBND;01/06/2020;10/06/2020;Bãi bỏ;2.000815;Thủ tục cũ;Cấp Tỉnh;11/06/2020',
  '7/QĐ-UBND;02/01/2021;02/01/2021;Sửa đổi, bổ sung;1.004194;Đăng ký tạm trú có thời hạn;;',
].join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'niemyet-program-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function importSample(): Promise<string> {
  const csv = join(dir, 'ds.csv');
  const bundle = join(dir, 'bundle.json');
  writeFileSync(csv, CSV);
  const io = bufferIo();
  expect(await runCli(['import-decisions', csv, '-o', bundle], io)).toBe(0);
  return bundle;
}

describe('runCli in-process', () => {
  it('imports, prints the summary to stdout and the baseline warning to stderr', async () => {
    const csv = join(dir, 'ds.csv');
    writeFileSync(csv, CSV);
    const io = bufferIo();
    const code = await runCli(
      ['import-decisions', csv, '--out', join(dir, 'b.json'), '--actor', 'tester'],
      io,
    );
    expect(code).toBe(0);
    expect(io.stdout).toContain(
      '3 quyết định, 4 thủ tục (mới 2, sửa đổi 1, bãi bỏ 1), 1 bản ghi nền, 7 mục sổ thay đổi',
    );
    expect(io.stderr).toMatch(
      /^Cảnh báo \(warning\): Dòng 4, cột «Mã TTHC»: thủ tục «2\.000815» được bãi bỏ/,
    );
    const bundle = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')) as {
      decisions: { author: string }[];
    };
    expect(bundle.decisions.map((d) => d.author)).toEqual(['tester', 'tester', 'tester']);
    // Only the bundle: the temporary file was renamed over it.
    expect(readdirSync(dir).sort()).toEqual(['b.json', 'ds.csv']);
  });

  it('reports levels of abolished and amended items from the catalogue', async () => {
    const bundle = await importSample();
    const io = bufferIo();
    expect(
      await runCli(['report', bundle, '--from', '2020-01-01', '--to', '2021-12-31', '--format', 'json'], io),
    ).toBe(0);
    expect(JSON.parse(io.stdout)).toEqual({
      decisions: 3,
      items: 4,
      byAction: { new: 2, amended: 1, abolished: 1 },
      // The amendment of 1.004194 lists no level: it keeps "Cấp Xã" from the catalogue.
      byLevel: { province: 1, commune: 3 },
      nationalDb: { entered: 2, removed: 1 },
    });
  });

  it('refuses a period that ends before it starts, as a usage error', async () => {
    const bundle = await importSample();
    const io = bufferIo();
    expect(await runCli(['report', bundle, '--from', '31/12/2020', '--to', '01/01/2020'], io)).toBe(2);
    expect(io.stderr).toContain('the period starts after it ends');
    expect(io.stdout).toBe('');
  });

  it('refuses an unknown report format', async () => {
    const bundle = await importSample();
    const io = bufferIo();
    expect(
      await runCli(['report', bundle, '--from', '1/1/2020', '--to', '2/1/2020', '--format', 'xml'], io),
    ).toBe(2);
    expect(io.stderr).toContain('Allowed choices are text, json');
  });

  it('prints help to stdout with exit 0, and usage errors to stderr with exit 2', async () => {
    const help = bufferIo();
    expect(await runCli(['--help'], help)).toBe(0);
    expect(help.stdout).toContain('import-decisions');
    expect(help.stdout).toContain('nhập danh sách quyết định từ CSV');
    expect(help.stdout).toContain('xem hướng dẫn (display help)');
    const missing = bufferIo();
    expect(await runCli(['snapshot', 'x.json', '--at', '1/1/2020'], missing)).toBe(2);
    expect(missing.stderr).toContain("required option '-o, --out <snapshot>' not specified");
  });

  it('fails with exit 1 when the output cannot be written, leaving nothing behind', async () => {
    const bundle = await importSample();
    const io = bufferIo();
    const out = join(dir, 'no-such-folder', 'snap.json');
    expect(await runCli(['snapshot', bundle, '--at', '1/1/2021', '--out', out], io)).toBe(1);
    expect(io.stderr).toContain(`Không ghi được tệp «${out}»`);
    expect(readdirSync(dir).sort()).toEqual(['bundle.json', 'ds.csv']);
  });

  it('snapshots the catalogue on a date', async () => {
    const bundle = await importSample();
    const io = bufferIo();
    const out = join(dir, 'snap.json');
    expect(await runCli(['snapshot', bundle, '--at', '15/06/2020', '--out', out], io)).toBe(0);
    expect(io.stdout).toContain('2 thủ tục đang có hiệu lực, 1 sắp có hiệu lực, 1 đã bãi bỏ');
    const snapshot = JSON.parse(readFileSync(out, 'utf8')) as {
      asOf: string;
      procedures: { code: string }[];
    };
    expect(snapshot.asOf).toBe('2020-06-15');
    expect(snapshot.procedures.map((p) => p.code).sort()).toEqual(['1.004194', '1.004222']);
  });
});
