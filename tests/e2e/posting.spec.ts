import {
  formatVietnameseDate,
  type OfficeCreatedSchema,
  type PublicOfficeResponse,
  type RepostingChecklistResponse,
  todayInVietnam,
} from '@niemyet/core';
import { type Browser, expect as baseExpect, type Page, test } from '@playwright/test';
import type { z } from 'zod';
import { approvedDecision } from '../server/decision-flow';
import { signedIn } from '../server/users';
import { openWorkspace, type TestWorkspace, USERS } from './workspace';

// Issue 14 end to end, in real Chromium against a team server of its own: the Department of
// Justice's one-stop counter posts its list for the first time from the console; a decision
// that abolishes one of its procedures and amends another is issued, effective today; the
// counter's checklist then holds exactly one sheet to take down and one to replace (with the
// changed fee shown as a diff); the officer marks both done and the record names who and when;
// the public page, read without signing in, shows the new list; the sheet's print preview fits
// an A4 page.

const TODAY = todayInVietnam();
const OFFICE_NAME = 'Bộ phận Một cửa Sở Tư pháp';
const DECISION_NUMBER = '4102/QĐ-UBND';

/** Three procedures of the Department of Justice (its name in capitals, as some lists write it) and one of another agency. */
const CATALOGUE_CSV = [
  'decision_number,signed_on,effective_on,action,code,name,level,field,agency,legal_basis',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.000101,Cấp phiếu lý lịch tư pháp,Cấp tỉnh,Lý lịch tư pháp,SỞ TƯ PHÁP,Luật Lý lịch tư pháp 2009',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.000102,Đăng ký hành nghề luật sư,Cấp tỉnh,Luật sư,Sở Tư pháp,Luật Luật sư 2006',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.000103,Cấp giấy phép thành lập văn phòng công chứng,Cấp tỉnh,Công chứng,Sở Tư pháp,Luật Công chứng 2014',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.000894,Cấp giấy phép xây dựng,Cấp tỉnh,Xây dựng,Sở Xây dựng,Luật Xây dựng 2014',
].join('\n');

const ABOLISHED = { code: '1.000102', name: 'Đăng ký hành nghề luật sư' };
const AMENDED = { code: '1.000101', name: 'Cấp phiếu lý lịch tư pháp', fees: '200.000 đồng/lần' };

const expect = baseExpect.configure({ timeout: 20_000 });

let workspace: TestWorkspace;
let officeId: string;

test.beforeAll(async () => {
  workspace = await openWorkspace();
  const admin = workspace.admin!;
  const imported = await admin.request('POST', '/api/imports/decisions', { text: CATALOGUE_CSV });
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
  const created = await admin.post('/api/offices', {
    name: OFFICE_NAME,
    area: 'Thành phố Hòa Bình',
    address: 'Số 1 đường Trần Hưng Đạo',
    scope: { agencies: ['so tu phap'], levels: [] },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  officeId = (created.body as z.infer<typeof OfficeCreatedSchema>).id;
});

test.afterAll(async () => {
  await workspace?.close();
});

async function signedInPage(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await workspace.signIn(page, username);
  return page;
}

async function openChecklist(page: Page): Promise<void> {
  const url = `${workspace.url}/#/posting/${officeId}`;
  // Going to the address the page is on changes nothing in a hash-routed app: reload it.
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await expect(page.getByTestId('checklist-panel')).toBeVisible();
}

/** Issues, effective today, the decision abolishing one of the office's procedures and amending the fee of another. */
async function issueDecision(): Promise<void> {
  const drafter = await signedIn(workspace.url, USERS.drafter);
  const reviewer = await signedIn(workspace.url, USERS.reviewer);
  const { id, revision } = await approvedDecision(
    drafter,
    reviewer,
    'Công bố thủ tục hành chính sửa đổi, bãi bỏ lĩnh vực tư pháp',
    [
      { action: 'abolished', code: ABOLISHED.code, name: ABOLISHED.name },
      { action: 'amended', code: AMENDED.code, name: AMENDED.name, changes: { fees: AMENDED.fees } },
    ],
    TODAY,
  );
  const issued = await drafter.post(`/api/decisions/${id}/transitions`, {
    to: 'issued',
    revision,
    number: DECISION_NUMBER,
    signedOn: TODAY,
    effectiveOn: TODAY,
  });
  expect(issued.status, JSON.stringify(issued.body)).toBe(200);
}

test('an issued decision puts one sheet to take down and one to replace on the counter’s checklist; done, the public list follows', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const officer = await signedInPage(browser, USERS.drafter);

  await test.step('the counter posts its first list: the three procedures of the Department, whatever the spelling', async () => {
    await openChecklist(officer);
    await expect(officer.getByTestId('never-posted')).toBeVisible();
    await expect(officer.getByTestId('checklist-item')).toHaveCount(3);
    await officer.getByTestId('post-all').click();
    await officer.getByTestId('mark-done-confirm').click();
    await expect(officer.getByTestId('checklist-empty')).toBeVisible();
  });

  await issueDecision();

  await test.step('the checklist holds exactly one sheet to take down and one to replace, with the diff', async () => {
    await openChecklist(officer);
    const items = officer.getByTestId('checklist-item');
    await expect(items).toHaveCount(2);
    const takeDown = officer.getByTestId('section-take-down').getByTestId('checklist-item');
    await expect(takeDown).toHaveCount(1);
    await expect(takeDown).toContainText(ABOLISHED.code);
    await expect(takeDown).toContainText(DECISION_NUMBER);
    const replace = officer.getByTestId('section-replace').getByTestId('checklist-item');
    await expect(replace).toHaveCount(1);
    await expect(replace).toContainText(AMENDED.code);
    await expect(replace.getByTestId('checklist-diff')).toContainText(AMENDED.fees);
    await expect(officer.getByTestId('section-add').getByTestId('checklist-item')).toHaveCount(0);
  });

  await test.step('marking both done records who and when, and empties the checklist', async () => {
    for (const item of await officer.getByTestId('checklist-item').all())
      await item.getByTestId('checklist-choose').check();
    await officer.getByTestId('mark-done').click();
    await officer.getByTestId('mark-done-confirm').click();
    await expect(officer.getByTestId('checklist-empty')).toBeVisible();
    const records = officer.getByTestId('done-record');
    for (const code of [ABOLISHED.code, AMENDED.code]) {
      const record = records.filter({ hasText: code }).first();
      await expect(record.getByTestId('done-by')).toHaveText(USERS.drafter);
      await expect(record.getByTestId('done-at')).toContainText(formatVietnameseDate(TODAY));
    }
    const reply = await workspace.admin!.get(`/api/offices/${officeId}/checklist`);
    const checklist = reply.body as RepostingChecklistResponse;
    expect(checklist.items).toEqual([]);
    expect(
      checklist.done
        .filter((r) => r.doneBy === USERS.drafter)
        .map((r) => [r.code, r.action])
        .sort(),
    ).toEqual(
      [
        [AMENDED.code, 'replace'],
        [ABOLISHED.code, 'take-down'],
        ['1.000101', 'add'],
        ['1.000102', 'add'],
        ['1.000103', 'add'],
      ].sort(),
    );
  });

  await test.step('the public page, without signing in, shows the new list', async () => {
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${workspace.url}/public/offices/${officeId}`);
    await expect(visitor).toHaveTitle(`Danh mục thủ tục hành chính — ${OFFICE_NAME}`);
    const body = visitor.locator('body');
    await expect(body).toContainText(
      `Danh mục thủ tục hành chính niêm yết từ ngày ${formatVietnameseDate(TODAY)}`,
    );
    await expect(body).toContainText(AMENDED.code);
    await expect(body).toContainText(AMENDED.fees);
    await expect(body).toContainText('1.000103');
    await expect(body).not.toContainText(ABOLISHED.code);
    await expect(body).not.toContainText('1.000894');
    const json = await visitor.request.get(`${workspace.url}/api/public/offices/${officeId}`);
    expect(json.status()).toBe(200);
    const list = (await json.json()) as PublicOfficeResponse;
    expect(list.postedOn).toBe(TODAY);
    expect(list.groups.flatMap((g) => g.entries.map((e) => e.code)).sort()).toEqual(['1.000101', '1.000103']);
  });

  await test.step('the posting sheet’s print preview fits an A4 page', async () => {
    await officer.goto(`${workspace.url}/#/posting/${officeId}?tab=sheet`);
    const sheet = officer.getByTestId('posting-sheet');
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText(AMENDED.fees);
    // A4 portrait less 12 mm margins either side, in CSS pixels (96 per inch): 186 mm.
    const printableWidth = Math.floor((186 / 25.4) * 96);
    await officer.setViewportSize({ width: printableWidth, height: 1000 });
    await officer.emulateMedia({ media: 'print' });
    const fit = await sheet.evaluate((element) => ({
      width: element.getBoundingClientRect().width,
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
      // The console's own header, navigation and buttons stay off the paper (the sheet's heading is its own).
      navShown: [...document.querySelectorAll('nav, header, button')].some(
        (e) => !element.contains(e) && (e as HTMLElement).offsetParent !== null,
      ),
    }));
    expect(fit.width).toBeLessThanOrEqual(printableWidth);
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth + 1);
    expect(fit.navShown).toBe(false);
    const pdf = await officer.pdf({ preferCSSPageSize: true });
    const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(mediaBox, 'the PDF names its page size').not.toBeNull();
    const [width, height] = [Number(mediaBox![1]), Number(mediaBox![2])].sort((a, b) => a - b);
    // A4 is 595.28 × 841.89 points.
    expect(Math.abs(width! - 595.28)).toBeLessThan(2);
    expect(Math.abs(height! - 841.89)).toBeLessThan(2);
  });
});
