import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditReport } from '@niemyet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PortalSimulator, startPortalSimulator } from '../portal-sim/server';
import { ROOT, runCliAsync } from './run-cli';

/**
 * `niemyet extract` and `niemyet audit` on saved pages: the real national-portal pages in
 * tests/fixtures/national-portal, every kind of page the simulator serves, and pages no reader understands.
 */

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'national-portal');
let sim: PortalSimulator;
let dir: string;

beforeAll(async () => {
  sim = await startPortalSimulator({ port: 0, seed: 7 });
  dir = mkdtempSync(join(tmpdir(), 'niemyet-extract-'));
  writeFileSync(join(dir, 'catalogue.json'), JSON.stringify(sim.catalogue));
});

afterAll(async () => {
  await sim?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Saves what the simulator serves at `path` and returns the file and its URL. */
async function save(path: string, name: string): Promise<{ file: string; url: string }> {
  const url = `${sim.url}${path}`;
  const file = join(dir, name);
  writeFileSync(file, await (await fetch(url)).text());
  return { file, url };
}

async function extract(file: string, url?: string) {
  const run = await runCliAsync(['extract', file, ...(url ? ['--url', url] : [])]);
  return { ...run, json: run.status === 0 ? JSON.parse(run.stdout) : null };
}

describe('niemyet extract', () => {
  it('reads the real national-portal pages', async () => {
    const detail = await extract(
      join(FIXTURES, 'procedure-detail-full-3.000001.html'),
      'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=7603',
    );
    expect(detail.json).toMatchObject({
      kind: 'detail',
      adapter: 'national',
      procedure: { code: '3.000001' },
    });
    expect(detail.json.procedure.legalBasis.map((l: { number: string }) => l.number)).toContain(
      '61/2024/QH15',
    );

    const summary = await extract(join(FIXTURES, 'procedure-summary-3.000001.html'));
    expect(summary.json).toMatchObject({ kind: 'detail', procedure: { code: '3.000001' } });

    const decision = await extract(join(FIXTURES, 'decision-115010.html'));
    expect(decision.json).toMatchObject({
      kind: 'decision',
      decision: { number: '2751/QĐ-UBND', signedOn: '2025-12-03' },
    });
  });

  it('reads every kind of simulator page', async () => {
    const national = sim.dataset.listings.national.entries;
    const listing = await save(
      '/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=2&pageSize=20',
      'listing.html',
    );
    const read = await extract(listing.file, listing.url);
    expect(read.json.kind).toBe('listing');
    expect(read.json.total).toBe(national.length);
    expect(read.json.rows.map((r: { code: string }) => r.code)).toEqual(
      national.slice(20, 40).map((e) => e.code),
    );
    expect(read.json.nextPageUrl).toContain('pageIndex=3');

    const entry = national[0]!;
    const full = await save(
      `/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${entry.meta.portalId}`,
      'full.html',
    );
    expect((await extract(full.file, full.url)).json).toMatchObject({
      kind: 'detail',
      procedure: { code: entry.code },
    });
    const summary = await save(
      `/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${entry.rawCode}`,
      'summary.html',
    );
    expect((await extract(summary.file, summary.url)).json).toMatchObject({
      kind: 'detail',
      procedure: { code: entry.code },
    });

    const simDecision = sim.dataset.decisions[0]!;
    const decision = await save(
      `/p/home/dvc-tthc-quyet-dinh-cong-bo-chi-tiet.html?ma_quyet_dinh=${simDecision.id}`,
      'decision.html',
    );
    const readDecision = (await extract(decision.file, decision.url)).json;
    expect(readDecision.decision.number).toBe(simDecision.number);
    expect(readDecision.decision.items).toHaveLength(simDecision.items.length);

    const provincial = sim.dataset.listings.provincial.entries;
    const grid = await save('/tthc/danh-sach.aspx?page=1', 'grid.html');
    const readGrid = (await extract(grid.file, grid.url)).json;
    expect(readGrid).toMatchObject({ kind: 'listing', adapter: 'generic' });
    expect(readGrid.rows.map((r: { code: string }) => r.code)).toEqual(
      provincial.slice(0, readGrid.rows.length).map((e) => e.code),
    );
  });

  it('names the page it cannot read instead of crashing', async () => {
    const cases = {
      'empty.html': '',
      'truncated.html': '<html><body><table><tr><th>Mã TTHC</th><th>Tên thủ',
      'no-header.html': '<table><tr><td>1</td><td>x</td></tr><tr><td>2</td><td>y</td></tr></table>',
    };
    for (const [name, html] of Object.entries(cases)) {
      const file = join(dir, name);
      writeFileSync(file, html);
      const run = await extract(file);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(name);
      expect(run.stderr).toContain('Không nhận ra danh sách thủ tục');
    }
  });

  it('keeps hostile text as text', async () => {
    const file = join(dir, 'hostile.html');
    writeFileSync(
      file,
      '<table><thead><tr><th>Mã TTHC</th><th>Tên thủ tục hành chính</th><th>Lĩnh vực</th></tr></thead><tbody>' +
        '<tr><td>1.004227</td><td>&lt;img src=x onerror=alert(1)&gt; Đăng ký khai sinh</td><td>Hộ tịch</td></tr></tbody></table>',
    );
    const run = await extract(file);
    expect(run.json.rows[0].name).toBe('<img src=x onerror=alert(1)> Đăng ký khai sinh');
  });
});

describe('niemyet audit', () => {
  it('audits saved pages against the catalogue, as JSON and CSV', async () => {
    const truth = sim.manifest.listings.national.rows.slice(0, 100);
    const listing = await save(
      '/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=1&pageSize=100',
      'audit.html',
    );
    const catalogue = join(dir, 'catalogue.json');
    const json = await runCliAsync([
      'audit',
      '--catalogue',
      catalogue,
      listing.file,
      '--url',
      listing.url,
      '--at',
      sim.manifest.asOf,
    ]);
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as AuditReport;
    expect(Object.keys(report.summary)).toEqual([
      'match',
      'changed',
      'abolished',
      'unknown',
      'notYetEffective',
      'missing',
    ]);
    expect(report.rows.map((r) => r.status)).toEqual(
      truth.map((t) =>
        t.status === 'changed' && t.changedFieldsOnListing.length === 0 ? 'match' : t.status,
      ),
    );
    const renamed = report.rows.find((r) => r.diffs.some((d) => d.field === 'name'))!;
    expect(renamed.diffs[0]).toMatchObject({
      field: 'name',
      expected: expect.any(String),
      actual: renamed.name,
    });
    expect(renamed.evidence).toMatchObject({
      url: listing.url,
      text: expect.stringContaining(renamed.code!),
    });

    const out = join(dir, 'audit.csv');
    const csv = await runCliAsync([
      'audit',
      '--catalogue',
      catalogue,
      listing.file,
      '--format',
      'csv',
      '--out',
      out,
    ]);
    expect(csv.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\ufeffTrạng thái / Status,')).toBe(true);
    expect(text).toContain(renamed.name);
  });

  it('refuses a tampered catalogue, naming the problem', async () => {
    const tampered = { ...sim.catalogue, procedures: sim.catalogue.procedures.slice(1) };
    const file = join(dir, 'tampered.json');
    writeFileSync(file, JSON.stringify(tampered));
    const run = await runCliAsync([
      'audit',
      '--catalogue',
      file,
      join(FIXTURES, 'procedure-summary-3.000001.html'),
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('tampered.json');
    expect(run.stderr.toLowerCase()).toContain('hash');
  });
});
