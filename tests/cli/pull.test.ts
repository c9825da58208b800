import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditReport } from '@niemyet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditTruthRow } from '../portal-sim/manifest';
import { type PortalSimulator, startPortalSimulator } from '../portal-sim/server';
import { runCliAsync } from './run-cli';

/**
 * `niemyet pull` end to end: the real CLI process crawls the portal simulator over HTTP and
 * its audit must find every planted discrepancy, with no false alarm on untouched rows.
 */

let sim: PortalSimulator;
let dir: string;
let cataloguePath: string;

beforeAll(async () => {
  sim = await startPortalSimulator({ port: 0, seed: 1 });
  dir = mkdtempSync(join(tmpdir(), 'niemyet-pull-'));
  cataloguePath = join(dir, 'catalogue.json');
  writeFileSync(cataloguePath, JSON.stringify(sim.catalogue));
});

afterAll(async () => {
  await sim?.close();
  rmSync(dir, { recursive: true, force: true });
});

function readReport(out: string): AuditReport {
  return JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8')) as AuditReport;
}

/** Listed rows in listing order against the answer key: status and which fields differ. */
function expectRowsToMatchTruth(
  report: AuditReport,
  truth: AuditTruthRow[],
  fieldsOf: (t: AuditTruthRow) => string[],
) {
  const listed = report.rows.filter((r) => r.status !== 'missing');
  expect(listed).toHaveLength(truth.length);
  const wrong = truth.flatMap((t, i) => {
    const row = listed[i]!;
    const got = { code: row.code, status: row.status, fields: row.diffs.map((d) => d.field).sort() };
    const want = { code: t.code, status: t.status, fields: [...fieldsOf(t)].sort() };
    return JSON.stringify(got) === JSON.stringify(want) ? [] : [{ index: i, got, want }];
  });
  expect(wrong).toEqual([]);
}

function plantedMissing(listing: 'national' | 'provincial', field?: string): string[] {
  return sim.manifest.planted
    .filter((p) => p.kind === 'missing' && p.listing === listing)
    .map((p) => p.code)
    .filter((code) => !field || sim.catalogue.procedures.find((v) => v.code === code)?.field === field)
    .sort();
}

const common = () => [
  '--catalogue',
  cataloguePath,
  '--delay',
  '0',
  '--concurrency',
  '4',
  '--at',
  sim.manifest.asOf,
];

describe('niemyet pull against the portal simulator', () => {
  it.each([
    ['its JSON service', 'auto'],
    ['its HTML pages', 'html'],
  ])(
    'audits the whole national listing through %s: every planted discrepancy found, nothing else',
    async (_, via) => {
      const out = join(dir, `national-${via}`);
      const url = `${sim.url}/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageIndex=1&pageSize=100`;
      const run = await runCliAsync(['pull', url, '--via', via!, '--out', out, ...common()]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const report = readReport(out);
      const pages = JSON.parse(readFileSync(join(out, 'pull-state.json'), 'utf8')).pages as { url: string }[];
      expect(pages.every((p) => p.url.includes(via === 'html' ? '/p/home/' : '/jsp/rest.jsp?service='))).toBe(
        true,
      );
      const truth = sim.manifest.listings.national.rows;
      // The listing shows names only: other planted changes need the detail pages, so a row
      // whose change the listing cannot show must read as a match.
      const onListing = truth.map((t) =>
        t.status === 'changed' && t.changedFieldsOnListing.length === 0
          ? { ...t, status: 'match' as const }
          : t,
      );
      expectRowsToMatchTruth(report, onListing, (t) => t.changedFieldsOnListing);
      const missing = report.rows.filter((r) => r.status === 'missing').map((r) => r.code!);
      expect(missing.sort()).toEqual(plantedMissing('national'));
      expect(report.summary.match).toBeGreaterThan(2_000);
      // Every page was kept as evidence, and the CSV opens in Excel with Vietnamese intact.
      expect(readFileSync(join(out, 'audit.csv'), 'utf8').startsWith('\ufeffTrạng thái')).toBe(true);
      expect(run.stdout).toContain('Khớp');
    },
  );

  it('reads detail pages with --details and finds changes only they show', async () => {
    const national = sim.dataset.listings.national.entries;
    // One field's listing keeps the run short; the listing covers that field completely.
    const counts = new Map<string, number>();
    for (const e of national)
      if (e.changedFields.length) counts.set(e.fields.field!, (counts.get(e.fields.field!) ?? 0) + 1);
    const [field] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const out = join(dir, 'details');
    const url = `${sim.url}/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageSize=50&field=${encodeURIComponent(field)}`;
    const run = await runCliAsync(['pull', url, '--details', '--out', out, ...common()]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const truth = sim.manifest.listings.national.rows.filter(
      (t) => national[t.index]!.fields.field === field,
    );
    expect(truth.some((t) => t.changedFields.some((f) => f !== 'name'))).toBe(true);
    const report = readReport(out);
    expectRowsToMatchTruth(report, truth, (t) => t.changedFields);
    const missing = report.rows.filter((r) => r.status === 'missing').map((r) => r.code!);
    expect(missing.sort()).toEqual(plantedMissing('national', field));
  });

  it('audits the provincial grid, missing procedures only within its declared scope', async () => {
    const out = join(dir, 'provincial');
    const listing = sim.manifest.listings.provincial;
    const scope = listing.scopeFields!.flatMap((f) => ['--scope-field', f]);
    const run = await runCliAsync(['pull', `${sim.url}${listing.url}`, '--out', out, ...scope, ...common()]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = readReport(out);
    // The grid shows processing time, fees and legal basis: every planted change is visible.
    expectRowsToMatchTruth(report, listing.rows, (t) => t.changedFields);
    const missing = report.rows.filter((r) => r.status === 'missing').map((r) => r.code!);
    expect(missing.sort()).toEqual(plantedMissing('provincial'));
  });

  it('stops on Ctrl-C keeping its state, and the same command resumes it', async () => {
    const out = join(dir, 'resume');
    const url = `${sim.url}/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageSize=100`;
    const args = [
      'pull',
      url,
      '--out',
      out,
      '--catalogue',
      cataloguePath,
      '--delay',
      '150',
      '--concurrency',
      '1',
    ];
    const statePath = join(out, 'pull-state.json');
    const stopped = await runCliAsync(args, (child) => {
      const timer = setInterval(() => {
        if (!existsSync(statePath)) return;
        const done = JSON.parse(readFileSync(statePath, 'utf8')).pages.filter(
          (p: { status: string }) => p.status === 'done',
        );
        if (done.length >= 3) {
          clearInterval(timer);
          child.kill('SIGINT');
        }
      }, 20);
    });
    expect(stopped.status).toBe(130);
    expect(stopped.stderr).toContain('chạy lại cùng lệnh để tiếp tục');
    const saved = JSON.parse(readFileSync(statePath, 'utf8'));
    expect(saved.status).toBe('cancelled');
    const doneBefore = saved.pages.filter((p: { status: string }) => p.status === 'done').length;
    expect(doneBefore).toBeGreaterThanOrEqual(3);
    expect(doneBefore).toBeLessThan(saved.pages.length);

    const resumed = await runCliAsync([...args.slice(0, -4), '--delay', '0', '--concurrency', '4']);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toContain(`Tiếp tục lần tải trước: ${doneBefore}/`);
    expect(readReport(out).rows.filter((r) => r.status !== 'missing')).toHaveLength(
      sim.manifest.listings.national.total,
    );
  });

  it('keeps each listing in its own folder, and refuses to mix two listings in one', async () => {
    const work = join(dir, 'cwd');
    mkdirSync(work);
    const national = `${sim.url}/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageSize=1000`;
    const provincial = `${sim.url}${sim.manifest.listings.provincial.url}`;
    for (const url of [national, provincial]) {
      const run = await runCliAsync(['pull', url, ...common()], undefined, work);
      expect(run.status).toBe(0);
    }
    const folders = readdirSync(work).filter((f) => f.startsWith('niemyet-pull-127.0.0.1_'));
    expect(folders).toHaveLength(2);
    for (const folder of folders) expect(existsSync(join(work, folder, 'audit.json'))).toBe(true);

    const startOf = (folder: string) =>
      JSON.parse(readFileSync(join(work, folder, 'pull-state.json'), 'utf8')).startUrl as string;
    const nationalFolder = folders.find((f) => startOf(f).includes('/jsp/rest.jsp'))!;
    expect(folders.find((f) => startOf(f).includes('/tthc/'))).toBeDefined();

    const mixed = await runCliAsync(['pull', provincial, '--out', join(work, nationalFolder), ...common()]);
    expect(mixed.status).toBe(1);
    expect(mixed.stderr).toContain('danh sách khác');
    expect(startOf(nationalFolder)).toContain('/jsp/rest.jsp');
  });

  it('retries pages the portal fails at first, and names pages that never come', async () => {
    const out = join(dir, 'retry');
    // Read as HTML pages: the simulator fails each page's first request (`failFirst` stays in
    // every page's address, so every page needs its retry).
    const url = `${sim.url}/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?pageSize=500&failFirst=1`;
    const run = await runCliAsync(['pull', url, '--via', 'html', '--out', out, ...common()]);
    expect(run.status).toBe(0);
    expect(readReport(out).rows.filter((r) => r.status !== 'missing')).toHaveLength(
      sim.manifest.listings.national.total,
    );

    const broken = await runCliAsync([
      'pull',
      `${sim.url}/sim/status/503`,
      '--out',
      join(dir, 'broken'),
      '--retries',
      '1',
      ...common(),
    ]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('/sim/status/503: HTTP 503');
  });
});
