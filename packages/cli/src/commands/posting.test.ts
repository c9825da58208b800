import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type WorkspaceBundle } from '@niemyet/core';
import { makeDecision, makeItem, makeVersion } from '@niemyet/core/testing';
import { readDocx, readQrCode } from '@niemyet/exports/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closestNames } from '../closest-names';
import type { CliIo } from '../io';
import { runCli } from '../program';

/** `niemyet posting` over a bundle written by the test: the DOCX is read back. */

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

const DETAIL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=';

const bundle: WorkspaceBundle = {
  format: WORKSPACE_FORMAT,
  version: WORKSPACE_VERSION,
  exportedAt: '2026-04-20T00:00:00.000Z',
  baseline: [
    makeVersion({
      code: '1.000001',
      name: 'Cấp phiếu lý lịch tư pháp',
      agency: 'Sở Tư pháp',
      field: 'Lý lịch tư pháp',
      levels: ['province'],
      portalRefs: [{ url: `${DETAIL}1480`, portalId: '1480' }],
    }),
    makeVersion({
      code: '1.000002',
      name: 'Đăng ký hành nghề luật sư',
      agency: 'SỞ TƯ PHÁP',
      field: 'Luật sư',
      levels: ['province'],
    }),
    makeVersion({
      code: '1.000003',
      name: 'Thủ tục bị bãi bỏ ngày 01/04/2026',
      agency: 'Sở Tư pháp',
      field: 'Luật sư',
      levels: ['province'],
    }),
    makeVersion({
      code: '2.000001',
      name: 'Cấp giấy phép xây dựng',
      agency: 'Sở Xây dựng',
      levels: ['province'],
    }),
    makeVersion({ code: '3.000001', name: 'Đăng ký khai sinh', agency: 'UBND cấp xã', levels: ['commune'] }),
  ],
  decisions: [
    makeDecision({
      effectiveOn: '2026-04-01',
      items: [makeItem({ action: 'abolished', code: '1.000003', name: 'Thủ tục bị bãi bỏ ngày 01/04/2026' })],
    }),
  ],
  legalDocuments: [],
  reviewCampaigns: [],
  reviewTasks: [],
  changeLog: [],
  settings: { calendarAdjustments: [], deadlineRules: [] },
};

let dir: string;
let bundlePath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'niemyet-posting-'));
  bundlePath = join(dir, 'bundle.json');
  writeFileSync(bundlePath, JSON.stringify(bundle));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('niemyet posting', () => {
  it("writes the agency's sheet on the date, the agency matched without diacritics or case", async () => {
    const out = join(dir, 'stp.docx');
    const io = bufferIo();
    const args = ['posting', bundlePath, '--agency', 'so tu PHAP', '--at', '15/04/2026', '--out', out];
    expect(await runCli(args, io), io.stderr).toBe(0);
    expect(io.stdout).toContain(`Đã ghi 2 thủ tục vào «${out}»`);

    const docx = readDocx(readFileSync(out));
    const text = docx.texts.join('\n');
    // The heading names the agency as the catalogue writes it, not as typed.
    expect(text).toContain('DANH MỤC THỦ TỤC HÀNH CHÍNH NIÊM YẾT TẠI SỞ TƯ PHÁP');
    expect(text).toContain('Áp dụng từ ngày 15/04/2026');
    const body = docx.rows.filter((row) => row.cells[0] !== 'STT');
    expect(body.map((row) => row.cells[1])).toEqual(['1.000002', '1.000001']);
    expect(text).not.toContain('Thủ tục bị bãi bỏ');
    const qr = body[1]!.images.map((path) => readQrCode(docx.media.get(path)!));
    expect(qr).toEqual([`${DETAIL}1480`]);

    // Before the abolition took effect, the abolished procedure is still on the sheet.
    expect(
      await runCli(['posting', bundlePath, '--agency', 'Sở Tư pháp', '--at', '2026-03-31', '-o', out], io),
    ).toBe(0);
    expect(readDocx(readFileSync(out)).texts).toContain('Thủ tục bị bãi bỏ ngày 01/04/2026');
  });

  it('writes a level office with the heading given', async () => {
    const out = join(dir, 'xa.docx');
    const io = bufferIo();
    const args = [
      'posting',
      bundlePath,
      '--level',
      'Cấp Xã',
      '--office-name',
      'UBND xã Tân Phú',
      '--area',
      'Huyện Đồng Phú, tỉnh Đồng Nai',
      '--at',
      '2026-04-15',
      '-o',
      out,
    ];
    expect(await runCli(args, io), io.stderr).toBe(0);
    const text = readDocx(readFileSync(out)).texts.join('\n');
    expect(text).toContain('NIÊM YẾT TẠI UBND XÃ TÂN PHÚ');
    expect(text).toContain('Huyện Đồng Phú, tỉnh Đồng Nai');
    expect(text).toContain('Đăng ký khai sinh');
    expect(text).toContain('Tổng số: 1 thủ tục');
  });

  it('refuses an agency the catalogue does not have, naming the closest ones, and writes nothing', async () => {
    const out = join(dir, 'none.docx');
    const io = bufferIo();
    expect(
      await runCli(['posting', bundlePath, '--agency', 'So Tu phapp', '--at', '2026-04-15', '-o', out], io),
    ).toBe(1);
    expect(io.stderr).toContain('Không có thủ tục nào của cơ quan «So Tu phapp»');
    expect(io.stderr).toContain('Có phải (did you mean): «Sở Tư pháp»');
    expect(existsSync(out)).toBe(false);
  });

  it('asks for an agency or a level', async () => {
    const io = bufferIo();
    expect(await runCli(['posting', bundlePath, '-o', join(dir, 'x.docx')], io)).toBe(2);
    expect(io.stderr).toContain('Cần --agency hoặc --level');
  });
});

describe('closest names', () => {
  it('ranks names by shared letter pairs, a name with every typed word first, noise left out', () => {
    const agencies = ['Sở Xây dựng', 'Sở Tư pháp', 'SỞ TƯ PHÁP', 'Công an tỉnh', 'Sở Tài chính'];
    expect(closestNames('tu phap', agencies)).toEqual(['Sở Tư pháp']);
    expect(closestNames('So Tai chinhh', agencies)[0]).toBe('Sở Tài chính');
    expect(closestNames('zzz', agencies)).toEqual([]);
  });
});
