import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCatalogueSnapshot, verifySnapshotHash, WorkspaceBundleSchema } from '@niemyet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_FILE, type DecisionListTruth, MALFORMED_FILE, TRUTH_FILE } from '../fixtures/decisions/generate';
import { runCli } from './run-cli';

const truth = JSON.parse(readFileSync(TRUTH_FILE, 'utf8')) as DecisionListTruth;

let dir: string;
let bundlePath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'niemyet-cli-'));
  bundlePath = join(dir, 'bundle.json');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('niemyet import-decisions → report → verify → snapshot', () => {
  it('imports the Hòa Bình-like decision list into a valid bundle', () => {
    const run = runCli(['import-decisions', CSV_FILE, '--out', bundlePath]);
    expect(run.stderr).not.toMatch(/Lỗi \(error\)/);
    expect(run.status).toBe(0);
    const bundle = WorkspaceBundleSchema.parse(JSON.parse(readFileSync(bundlePath, 'utf8')));
    expect(bundle.decisions).toHaveLength(truth.file.decisions);
    expect(bundle.decisions.flatMap((d) => d.items)).toHaveLength(truth.file.items);
    expect(bundle.baseline).toHaveLength(truth.file.baseline);
    expect(bundle.changeLog).toHaveLength(truth.file.changeLogEntries);
    expect(bundle.decisions.every((d) => d.state === 'issued')).toBe(true);
    expect(bundle.decisions[0]!.transitions[0]!.comment).toBe('Nhập từ hoa-binh-2020.csv');
    // Summary on stdout, one warning per baseline record on stderr.
    expect(run.stdout).toContain(`${truth.file.decisions} quyết định`);
    expect(run.stdout).toContain(`${truth.file.baseline} bản ghi nền`);
    expect(run.stderr.match(/^Cảnh báo \(warning\): Dòng \d+/gm)).toHaveLength(truth.file.baseline);
  });

  it('reports the true 2020 figures as JSON, with exactly the agreed keys', () => {
    const run = runCli([
      'report',
      bundlePath,
      '--from',
      '01/01/2020',
      '--to',
      '31/12/2020',
      '--format',
      'json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toEqual(truth.report);
    expect(Object.keys(report)).toEqual(['decisions', 'items', 'byAction', 'byLevel', 'nationalDb']);
  });

  it('accepts ISO dates for the period and narrows it', () => {
    const run = runCli([
      'report',
      bundlePath,
      '--from',
      '2019-01-01',
      '--to',
      '2019-12-31',
      '--format',
      'json',
    ]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { decisions: number; items: number };
    expect(report.decisions).toBe(truth.file.decisionsByYear['2019']);
  });

  it('writes the report sentence as text', () => {
    const run = runCli(['report', bundlePath, '--from', '1/1/2020', '--to', '31-12-2020']);
    expect(run.status).toBe(0);
    const r = truth.report;
    expect(run.stdout.trim()).toBe(
      `Từ ngày 01/01/2020 đến ngày 31/12/2020, ban hành ${r.decisions} quyết định công bố ${r.items} TTHC; trong đó, công bố mới ${r.byAction.new} TTHC; sửa đổi, bổ sung, thay thế ${r.byAction.amended} TTHC; bãi bỏ ${r.byAction.abolished} TTHC; nhập, đăng tải công khai trên CSDL quốc gia ${r.nationalDb.entered} TTHC, xóa bỏ ${r.nationalDb.removed} TTHC.`,
    );
  });

  it('verifies the change log', () => {
    const run = runCli(['verify', bundlePath]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`change log intact: ${truth.file.changeLogEntries} entries`);
  });

  it('names the first broken entry of a tampered change log', () => {
    const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as {
      changeLog: { name: string; decisionNumber: string; seq: number }[];
    };
    const index = 437;
    const entry = bundle.changeLog[index]!;
    entry.name = `${entry.name} (đã sửa)`;
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(bundle));
    const run = runCli(['verify', tampered]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `Change log broken at index ${index} (seq ${entry.seq}, decision ${entry.decisionNumber})`,
    );
    expect(run.stderr).toContain(`mục thứ ${index} (seq ${index + 1}, quyết định ${entry.decisionNumber})`);
  });

  it('exports a snapshot whose hash verifies and whose counts are the truth', () => {
    const out = join(dir, 'snapshot.json');
    const run = runCli(['snapshot', bundlePath, '--at', '31/12/2020', '--out', out]);
    expect(run.status).toBe(0);
    const snapshot = parseCatalogueSnapshot(JSON.parse(readFileSync(out, 'utf8')));
    expect(verifySnapshotHash(snapshot)).toBe(true);
    expect(snapshot.asOf).toBe(truth.snapshot.at);
    expect(snapshot.procedures).toHaveLength(truth.snapshot.active);
    expect(snapshot.abolished).toHaveLength(truth.snapshot.abolished);
    expect(snapshot.upcoming).toHaveLength(truth.snapshot.upcoming);
    expect(run.stdout).toContain(`hash: ${snapshot.hash}`);
  });
});

describe('niemyet import-decisions with a malformed file', () => {
  it('exits 1 naming every error by row and column, and writes nothing', () => {
    const sub = mkdtempSync(join(dir, 'malformed-'));
    const out = join(sub, 'out.json');
    const run = runCli(['import-decisions', MALFORMED_FILE, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Dòng 3, cột «Ngày ký»: ngày không hợp lệ «31/02/2020» (invalid date)');
    expect(run.stderr).toContain('Dòng 4, cột «Hình thức»: hình thức không hợp lệ «Tạm dừng»');
    expect(run.stderr).toMatch(/Dòng 6: dòng có 8 ô, nhiều hơn 7 cột/);
    expect(run.stderr).toContain('3 lỗi, không ghi tệp nào');
    // No output file, and no temporary file left behind either.
    expect(readdirSync(sub)).toEqual([]);
  });
});

describe('niemyet import-decisions: encodings', () => {
  it('reads a UTF-16 (Excel "Unicode Text") copy to the same figures', () => {
    const csv = readFileSync(CSV_FILE, 'utf8').replace(/^\ufeff/, '');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]);
    const input = join(dir, 'utf16.csv');
    writeFileSync(input, utf16);
    const out = join(dir, 'utf16.json');
    const run = runCli(['import-decisions', input, '--out', out]);
    expect(run.status).toBe(0);
    const bundle = WorkspaceBundleSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(bundle.decisions).toHaveLength(truth.file.decisions);
    expect(bundle.decisions.flatMap((d) => d.items)).toHaveLength(truth.file.items);
  });

  it('refuses a TCVN3 file naming the encoding, Vietnamese first, and writes nothing', () => {
    const input = join(dir, 'tcvn3.csv');
    // "Cộng hoà xã hội chủ nghĩa Việt Nam" in TCVN3, shown as Latin-1.
    writeFileSync(
      input,
      Buffer.from('Sè quyÕt ®Þnh,Tªn thñ tôc\n1/Q§-UBND,Céng hoµ x· héi chñ nghÜa ViÖt Nam\n', 'latin1'),
    );
    const out = join(dir, 'tcvn3.json');
    const run = runCli(['import-decisions', input, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /Lỗi \(error\): Tệp: tệp có vẻ được lưu bằng bảng mã TCVN3 \(ABC\).*\(the file looks like TCVN3 \(ABC\)/,
    );
    expect(readdirSync(dir)).not.toContain('tcvn3.json');
  });
});

describe('niemyet usage and bad input', () => {
  it('shows help in Vietnamese and English for every command', () => {
    for (const command of ['import-decisions', 'report', 'verify', 'snapshot']) {
      const run = runCli([command, '--help']);
      expect(run.status, command).toBe(0);
      expect(run.stdout, command).toMatch(/Usage: niemyet /);
    }
    expect(runCli(['report', '--help']).stdout).toContain('Báo cáo số quyết định');
    expect(runCli(['report', '--help']).stdout).toContain('Report the issued decisions');
  });

  it('exits 2 on wrong usage', () => {
    expect(runCli([]).status).toBe(2);
    expect(runCli(['frobnicate']).status).toBe(2);
    expect(runCli(['import-decisions', CSV_FILE]).status).toBe(2);
    const badDate = runCli(['report', bundlePath, '--from', '31/02/2020', '--to', '31/12/2020']);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('ngày không hợp lệ «31/02/2020»');
  });

  it('exits 1 naming the file and the first bad field of an invalid bundle', () => {
    const notJson = join(dir, 'not-json.json');
    writeFileSync(notJson, '{"format": ');
    const a = runCli(['verify', notJson]);
    expect(a.status).toBe(1);
    expect(a.stderr).toContain(`Tệp «${notJson}» không phải JSON hợp lệ`);

    const bundle = JSON.parse(readFileSync(bundlePath, 'utf8')) as { decisions: { effectiveOn: string }[] };
    bundle.decisions[2]!.effectiveOn = '31/12/2020';
    const badField = join(dir, 'bad-field.json');
    writeFileSync(badField, JSON.stringify(bundle));
    const b = runCli(['snapshot', badField, '--at', '2020-12-31', '--out', join(dir, 'never.json')]);
    expect(b.status).toBe(1);
    expect(b.stderr).toContain(`Tệp «${badField}»`);
    expect(b.stderr).toContain('decisions[2].effectiveOn');
    expect(readdirSync(dir)).not.toContain('never.json');

    const missing = runCli(['verify', join(dir, 'missing.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('không tồn tại (no such file or folder)');
  });
});
