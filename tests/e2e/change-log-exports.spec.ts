import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addDays,
  CHANGE_LOG_EXPORT_COLUMNS,
  type ChangeLogFilter,
  type ChangeLogResponse,
  ChangeLogResponseSchema,
  type ChangeLogRow,
  ChangeLogVerifyResponseSchema,
  type Decision,
  DecisionListResponseSchema,
  foldCatalogue,
  formatPeriodReportVi,
  formatVietnameseDate,
  formatVietnameseNumber,
  formatVietnamInstant,
  type IsoDate,
  levelLabel,
  PeriodReportResponseSchema,
  periodReport,
  periodReportCatalogue,
  todayInVietnam,
  WorkspaceBundleSchema,
} from '@niemyet/core';
import { expect as baseExpect, type Download, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { renameChangeLogEntry } from './tamper-change-log';
import { openWorkspace, type TestWorkspace, USERS } from './workspace';

// Issue 12 end to end, in real Chromium against a team server of its own loaded with the demo:
// the change log filtered by period, action and field; the filtered log exported as CSV, XLSX
// and JSON through the console's buttons and each file read back; an issued decision's annex
// as DOCX; the period report of the demo's year against core's own figures; and an entry
// edited in the database behind the server's back, which the chain check names.

// The demo's year of decisions makes the first change-log and report reads take seconds on a
// busy machine: more than the default 5.
const expect = baseExpect.configure({ timeout: 20_000 });

const TODAY = todayInVietnam();
const TAMPERED_SEQ = 5;
const TAMPERED_NAME = 'Thủ tục đã bị sửa trong cơ sở dữ liệu';

/** How the exports write an entry's kind and action: the words of the decisions themselves. */
const KIND_WORDS = {
  published: 'Công bố',
  'national-db-entered': 'Nhập CSDL quốc gia',
  'national-db-removed': 'Xóa khỏi CSDL quốc gia',
} as const;
const ACTION_WORDS = {
  new: 'Công bố mới',
  amended: 'Sửa đổi, bổ sung, thay thế',
  abolished: 'Bãi bỏ',
} as const;

let dataDir = '';
let workspace: TestWorkspace;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dataDir = await mkdtemp(join(tmpdir(), 'niemyet-e2e-changes-'));
  workspace = await openWorkspace({ dataDir });
  const demo = await workspace.admin!.post('/api/demo');
  expect(demo.status, JSON.stringify(demo.body)).toBe(200);
});

test.afterAll(async () => {
  await workspace?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function queryOf(filter: ChangeLogFilter): string {
  return new URLSearchParams(Object.entries(filter).filter((pair): pair is [string, string] => !!pair[1]))
    .toString()
    .replace(/^(?=.)/, '&');
}

async function changeLog(filter: ChangeLogFilter): Promise<ChangeLogResponse> {
  const reply = await workspace.admin!.get(`/api/changelog?limit=5000${queryOf(filter)}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  const log = ChangeLogResponseSchema.parse(reply.body);
  // One page holds the whole answer: the checks below compare every row.
  expect(log.entries).toHaveLength(log.total);
  return log;
}

/**
 * A filter the demo answers with a handful of rows out of many: the last half year, and the
 * action and field that occur together most in it.
 */
function pickFilter(all: readonly ChangeLogRow[]): ChangeLogFilter & { from: IsoDate; to: IsoDate } {
  const from = addDays(TODAY, -180);
  const counts = new Map<string, { action: ChangeLogRow['action']; field: string; n: number }>();
  for (const row of all) {
    if (!row.field || !row.occurredOn || row.occurredOn < from || row.occurredOn > TODAY) continue;
    const key = `${row.action}\u0000${row.field}`;
    const seen = counts.get(key) ?? { action: row.action, field: row.field, n: 0 };
    seen.n++;
    counts.set(key, seen);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (!best || best.n < 2)
    throw new Error('the demo has no action and field with two entries in the last half year');
  return { from, to: TODAY, action: best.action, field: best.field };
}

/** The file a console button saves, read back whole. */
async function downloadOf(page: Page, testId: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  expect(await download.failure()).toBeNull();
  return { download, bytes: await readFile((await download.path())!) };
}

/** RFC 4180 with CRLF line ends, as the export writes it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** One entry as the CSV writes it: dd/mm/yyyy dates, Vietnamese words, Vietnam's clock. */
function csvCellsOf(row: ChangeLogRow): string[] {
  const date = (value: IsoDate | null) => (value === null ? '' : formatVietnameseDate(value));
  return [
    String(row.seq),
    date(row.occurredOn),
    KIND_WORDS[row.kind],
    ACTION_WORDS[row.action],
    row.decisionNumber,
    date(row.signedOn),
    row.code ?? '',
    row.name,
    row.levels.map((level) => levelLabel(level, 'vi')).join('; '),
    row.field ?? '',
    row.agency ?? '',
    row.actor,
    row.recordedAt === '' ? '' : formatVietnamInstant(row.recordedAt),
    row.hash,
  ];
}

/** The text of each paragraph of word/document.xml, and each table as rows of cell texts. */
async function readDocx(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const textOf = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1]!)
      .join('')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&');
  const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) => textOf(m[0]));
  const rows = [...xml.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map((row) =>
    [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((cell) =>
      [...cell[0].matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => textOf(p[0])).join('\n'),
    ),
  );
  return { paragraphs, rows };
}

/** An issued decision of the demo with a new procedure that has a code, read whole. */
async function issuedDecisionWithNewItem(): Promise<Decision> {
  const list = await workspace.admin!.get('/api/decisions?state=issued&limit=500');
  expect(list.status).toBe(200);
  for (const summary of DecisionListResponseSchema.parse(list.body).decisions) {
    const reply = await workspace.admin!.get(`/api/decisions/${encodeURIComponent(summary.id)}`);
    const decision = (reply.body as { decision: Decision }).decision;
    if (decision.items.some((item) => item.action === 'new' && item.code)) return decision;
  }
  throw new Error('the demo has no issued decision publishing a new procedure with a code');
}

test('the demo change log filtered and exported, an annex, the year report, and a tampered entry named', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await workspace.signIn(page, USERS.admin);

  const all = await changeLog({});
  expect(all.total).toBeGreaterThan(TAMPERED_SEQ);
  const filter = pickFilter(all.entries);
  const filtered = await changeLog(filter);
  expect(filtered.total).toBeGreaterThan(1);
  expect(filtered.total).toBeLessThan(all.total);
  const countText = (n: number) => `${formatVietnameseNumber(n)} mục`;

  await test.step('the change log, filtered by period, action and field, counts what the API counts', async () => {
    await page.goto(`${workspace.url}/#/changes`);
    await expect(page.getByTestId('changes-count')).toHaveText(countText(all.total));
    await expect(page.getByTestId('chain-ok')).toContainText(formatVietnameseNumber(all.total));
    await page.getByTestId('changes-from').fill(formatVietnameseDate(filter.from));
    await page.getByTestId('changes-to').fill(formatVietnameseDate(filter.to));
    await page.getByTestId('changes-action').selectOption(filter.action!);
    await page.getByTestId('changes-field').fill(filter.field!);
    await page.getByTestId('changes-apply').click();
    await expect(page.getByTestId('changes-count')).toHaveText(countText(filtered.total));
    // The filter lives in the address: a link reproduces it.
    const search = new URL(page.url().replace('#/', '')).searchParams;
    expect(Object.fromEntries(search)).toEqual(filter);
  });

  const first = filtered.entries[0]!;
  await test.step('CSV: BOM, the contract header, every filtered row, a row as the API gives it', async () => {
    const { download, bytes } = await downloadOf(page, 'export-csv');
    expect(download.suggestedFilename()).toMatch(/^nhat-ky-thay-doi-.*\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header).toEqual(CHANGE_LOG_EXPORT_COLUMNS.map((column) => column.header));
    expect(rows).toHaveLength(filtered.total);
    expect(rows.map((row) => Number(row[0]))).toEqual(filtered.entries.map((row) => row.seq));
    expect(rows[0]).toEqual(csvCellsOf(first));
    expect(rows.every((row) => row[3] === ACTION_WORDS[filter.action!] && row[9] === filter.field)).toBe(
      true,
    );
    await expect(page.getByTestId('download-saved')).toContainText(download.suggestedFilename());
  });

  await test.step('XLSX: the same rows, typed dates and numbers, a frozen header', async () => {
    const { download, bytes } = await downloadOf(page, 'export-xlsx');
    expect(download.suggestedFilename()).toMatch(/^nhat-ky-thay-doi-.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(filtered.total + 1);
    expect(sheet.getRow(1).values).toEqual([undefined, ...CHANGE_LOG_EXPORT_COLUMNS.map((c) => c.header)]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const seqs: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) seqs.push(row.getCell(1).value);
    });
    expect(seqs).toEqual(filtered.entries.map((row) => row.seq));
    const row = sheet.getRow(2);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(2).value).toBeInstanceOf(Date);
    expect(row.getCell(2).value).toEqual(new Date(`${first.occurredOn}T00:00:00Z`));
    expect(row.getCell(5).value).toBe(first.decisionNumber);
    expect(row.getCell(6).value).toEqual(first.signedOn ? new Date(`${first.signedOn}T00:00:00Z`) : null);
    expect(row.getCell(7).value).toBe(first.code);
    expect(row.getCell(8).value).toBe(first.name);
    expect(row.getCell(10).value).toBe(filter.field);
    expect(row.getCell(14).value).toBe(first.hash);
  });

  await test.step('JSON: the filter, the total and the entries the API gives', async () => {
    const { download, bytes } = await downloadOf(page, 'export-json');
    expect(download.suggestedFilename()).toMatch(/^nhat-ky-thay-doi-.*\.json$/);
    const parsed = JSON.parse(bytes.toString('utf8'));
    expect(parsed.filter).toEqual(filter);
    expect(parsed.total).toBe(filtered.total);
    expect(parsed.entries).toEqual(filtered.entries);
  });

  await test.step("an issued decision's annex as DOCX: its number, Part I, a procedure's row", async () => {
    const decision = await issuedDecisionWithNewItem();
    const item = decision.items.find((i) => i.action === 'new' && i.code)!;
    await page.goto(`${workspace.url}/#/decisions/${decision.id}`);
    await expect(page.getByTestId('decision-state')).toHaveText('Đã ban hành');
    const { download, bytes } = await downloadOf(page, 'annex-download');
    expect(download.suggestedFilename()).toMatch(/^phu-luc-.*\.docx$/);
    const docx = await readDocx(bytes);
    const text = docx.paragraphs.join('\n');
    expect(text).toContain(`Quyết định số ${decision.number}`);
    expect(text).toContain('DANH MỤC THỦ TỤC HÀNH CHÍNH');
    const row = docx.rows.find((cells) => cells[1] === item.code);
    expect(row, `a Part I row for ${item.code}`).toBeDefined();
    expect(row![2]).toBe(item.name);
    expect(row![0]).toMatch(/^\d+$/);
  });

  await test.step("the report of the demo's year: core's figures over the backup, the API's paragraph", async () => {
    const backup = await workspace.admin!.get('/api/backup');
    expect(backup.status).toBe(200);
    const bundle = WorkspaceBundleSchema.parse(backup.body);
    const issued = bundle.decisions.filter((d) => d.state === 'issued');
    const from = issued.map((d) => d.signedOn!).sort()[0]!;
    const report = periodReport(
      bundle.decisions,
      from,
      TODAY,
      periodReportCatalogue(foldCatalogue(bundle.baseline, bundle.decisions)),
    );
    expect(report.decisions).toBe(issued.length);
    const paragraph = formatPeriodReportVi(report, from, TODAY);
    const api = await workspace.admin!.get(`/api/reports/period?from=${from}&to=${TODAY}`);
    expect(PeriodReportResponseSchema.parse(api.body).paragraphVi).toBe(paragraph);

    await page.goto(`${workspace.url}/#/reports`);
    await page.getByTestId('report-from').fill(formatVietnameseDate(from));
    await page.getByTestId('report-to').fill(formatVietnameseDate(TODAY));
    await page.getByTestId('report-apply').click();
    await expect(page.getByTestId('report-paragraph')).toHaveText(paragraph);
    await expect(page.getByTestId('report-total-decisions').locator('dd')).toHaveText(
      formatVietnameseNumber(report.decisions),
    );
    await expect(page.getByTestId('report-total-items').locator('dd')).toHaveText(
      formatVietnameseNumber(report.items),
    );
  });

  await test.step('an entry edited in the database behind the server: the chain check names it', async () => {
    const original = all.entries.find((row) => row.seq === TAMPERED_SEQ)!;
    expect(original.name).not.toBe(TAMPERED_NAME);
    await workspace.restart(() => renameChangeLogEntry(dataDir, TAMPERED_SEQ, TAMPERED_NAME));
    const verify = await workspace.admin!.get('/api/changelog/verify');
    expect(ChangeLogVerifyResponseSchema.parse(verify.body)).toMatchObject({
      ok: false,
      firstBroken: { seq: TAMPERED_SEQ },
    });

    // Another port, the same host: the browser's cookie and the session kept in the database
    // carry the admin over the restart.
    await page.goto(`${workspace.url}/#/changes`);
    const broken = page.getByTestId('chain-broken');
    await expect(broken).toContainText(`Sổ thay đổi bị sửa từ mục ${TAMPERED_SEQ}:`);
    await expect(page.getByTestId('chain-ok')).toHaveCount(0);
    await broken.getByTestId('chain-show-entry').click();
    await expect(page.getByTestId('change-entry')).toContainText(`Mục ${TAMPERED_SEQ}: ${TAMPERED_NAME}`);
  });
});
