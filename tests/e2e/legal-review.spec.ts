import {
  createWorkingCalendar,
  DEFAULT_CALENDAR_ADJUSTMENTS,
  DEFAULT_DEADLINE_RULES,
  type Decision,
  formatVietnameseDate,
  type IsoDate,
  publicationDueDate,
  type ReviewDashboardResponse,
  type ReviewTaskListResponse,
  todayInVietnam,
} from '@niemyet/core';
import { type Browser, expect as baseExpect, type Page, test } from '@playwright/test';
import { openWorkspace, TEST_PASSWORD, type TestWorkspace, USERS } from './workspace';

// Issue 11 end to end, in real Chromium against a team server of its own: a catalogue whose
// procedures cite a Decree; a reviewer registers an amending Decree (its target typed in
// another spelling) effective in ten working days and sees the tasks it creates, due on the
// publication deadline; a drafter who is also a reviewer drafts the decision from those tasks,
// another reviewer approves it, the drafter issues it; the tasks close linked to it and the
// dashboard counts move. A second Decree, effective in two working days, gives tasks already
// past their deadline: overdue on the dashboard and in the task list.

const TODAY = todayInVietnam();
const CALENDAR = createWorkingCalendar(DEFAULT_CALENDAR_ADJUSTMENTS);
/** The publication deadline for a province: core's rule, counted back on core's calendar. */
const dueFor = (effectiveOn: IsoDate): IsoDate =>
  publicationDueDate(effectiveOn, {
    rules: DEFAULT_DEADLINE_RULES,
    calendar: CALENDAR,
    issuerKind: 'province',
  });

const EFFECTIVE = CALENDAR.addWorkingDays(TODAY, 10);
const DUE = dueFor(EFFECTIVE);
const LATE_EFFECTIVE = CALENDAR.addWorkingDays(TODAY, 2);
const LATE_DUE = dueFor(LATE_EFFECTIVE);

const AMENDING = '12/2026/NĐ-CP';
const LATE = '15/2026/TT-VPCP';
const DECISION_NUMBER = '3107/QĐ-UBND';
/** Holds both roles: drafts the decision from the tasks, yet may not approve their own. */
const DRAFTER_REVIEWER = 'ratsoat';

/**
 * Five procedures in force since 2020: two cite Decree 63/2010/NĐ-CP (as offices write it,
 * "Nghị định số …"), two a Circular, one neither.
 */
const CATALOGUE_CSV = [
  'decision_number,signed_on,effective_on,action,code,name,level,field,agency,legal_basis',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.004227,Đăng ký khai sinh,Cấp xã,Hộ tịch,UBND cấp xã,"Nghị định số 63/2010/NĐ-CP; Luật Hộ tịch số 60/2014/QH13"',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.001193,Đăng ký kết hôn,Cấp xã,Hộ tịch,UBND cấp xã,Nghị định số 63/2010/NĐ-CP',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.000894,Cấp phép xây dựng,Cấp tỉnh,Xây dựng,Sở Xây dựng,Nghị định số 123/2015/NĐ-CP',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.000895,Gia hạn giấy phép xây dựng,Cấp tỉnh,Xây dựng,Sở Xây dựng,Thông tư số 01/2018/TT-VPCP',
  '10/QĐ-UBND,01/03/2020,05/03/2020,Mới ban hành,1.002000,Cấp bản sao trích lục,Cấp xã,Hộ tịch,UBND cấp xã,Thông tư số 01/2018/TT-VPCP',
].join('\n');
const CITING_DECREE = [
  { code: '1.001193', name: 'Đăng ký kết hôn' },
  { code: '1.004227', name: 'Đăng ký khai sinh' },
];
const CITING_CIRCULAR = ['1.000895', '1.002000'];

// The editor reads the catalogue in force the first time it opens: seconds on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });

let workspace: TestWorkspace;

test.beforeAll(async () => {
  workspace = await openWorkspace();
  const added = await workspace.admin!.post('/api/users', {
    username: DRAFTER_REVIEWER,
    password: TEST_PASSWORD,
    roles: ['drafter', 'reviewer'],
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  const imported = await workspace.admin!.request('POST', '/api/imports/decisions', { text: CATALOGUE_CSV });
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
});

test.afterAll(async () => {
  await workspace?.close();
});

async function signedInPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await workspace.signIn(page, username);
  return page;
}

type Counts = ReviewDashboardResponse['counts'];
const COUNT_KEYS = ['overdue', 'dueThisWeek', 'open', 'inProgress', 'done'] as const;

/** The dashboard's counts as the page shows them (each card's number, vi-VN grouping). */
async function shownCounts(page: Page): Promise<Counts> {
  await page.goto(`${workspace.url}/#/reviews`);
  await expect(page.getByTestId('count-open')).toBeVisible();
  const counts = {} as Counts;
  for (const key of COUNT_KEYS) {
    const text = await page.getByTestId(`count-${key}`).locator('.count-value').textContent();
    counts[key] = Number((text ?? '').replace(/\./g, ''));
  }
  return counts;
}

async function dashboardWeek(): Promise<ReviewDashboardResponse['week']> {
  const reply = await workspace.admin!.get('/api/reviews/dashboard');
  expect(reply.status).toBe(200);
  return (reply.body as ReviewDashboardResponse).week;
}

async function tasksOf(number: string): Promise<ReviewTaskListResponse['tasks']> {
  const reply = await workspace.admin!.get(`/api/review-tasks?document=${encodeURIComponent(number)}`);
  expect(reply.status).toBe(200);
  return (reply.body as ReviewTaskListResponse).tasks;
}

async function decisionOnServer(id: string): Promise<Decision> {
  const reply = await workspace.admin!.get(`/api/decisions/${id}`);
  expect(reply.status).toBe(200);
  return (reply.body as { decision: Decision }).decision;
}

async function openDecision(page: Page, id: string): Promise<void> {
  const url = `${workspace.url}/#/decisions/${id}`;
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await expect(page.getByTestId('decision-editor')).toBeVisible();
}

/** Registers a document through the console's form, one relation; returns the notice. */
async function register(
  page: Page,
  document: {
    number: string;
    type: string;
    title: string;
    effectiveOn: IsoDate;
    relation: string;
    target: string;
  },
) {
  await page.goto(`${workspace.url}/#/documents`);
  await page.getByRole('button', { name: 'Đăng ký văn bản', exact: true }).click();
  const form = page.getByTestId('document-form');
  await form.getByLabel('Số hiệu', { exact: true }).fill(document.number);
  await form.getByLabel('Loại văn bản').fill(document.type);
  await form.getByLabel('Cơ quan ban hành').fill('Chính phủ');
  await form.getByLabel('Trích yếu').fill(document.title);
  await form.getByLabel('Ngày ban hành').fill(formatVietnameseDate(TODAY));
  await form.getByLabel('Ngày có hiệu lực').fill(formatVietnameseDate(document.effectiveOn));
  await form.getByRole('button', { name: 'Thêm quan hệ' }).click();
  await form.getByLabel('Quan hệ 1', { exact: true }).selectOption({ label: document.relation });
  await form.getByLabel('Số hiệu văn bản 1', { exact: true }).fill(document.target);
  await form.getByTestId('document-form-save').click();
  await expect(form).toHaveCount(0);
  return page.getByTestId('document-write-notice');
}

test('an amending Decree gives tasks due on the deadline; a decision drafted from them, approved, issued, closes them', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const reviewer = await signedInPage(browser, USERS.reviewer);
  const drafter = await signedInPage(browser, DRAFTER_REVIEWER);
  const week = await dashboardWeek();
  const thisWeek = (date: IsoDate) => date >= week.from && date <= week.to;

  const before = await shownCounts(reviewer);

  await test.step('a reviewer registers the amending Decree, its target in another spelling', async () => {
    const notice = await register(reviewer, {
      number: AMENDING,
      type: 'Nghị định',
      title: 'Sửa đổi, bổ sung một số điều của Nghị định số 63/2010/NĐ-CP',
      effectiveOn: EFFECTIVE,
      relation: 'Sửa đổi, bổ sung',
      target: '63/2010/NĐCP',
    });
    await expect(notice).toContainText(`Đã đăng ký văn bản ${AMENDING}.`);
    await expect(notice.getByTestId('tasks-created')).toContainText(
      `${CITING_DECREE.length} nhiệm vụ rà soát đã tạo`,
    );
    await notice.getByRole('link', { name: 'Xem văn bản' }).click();
  });

  await test.step('its page lists the tasks with their due date; the amended Decree lists the citing procedures', async () => {
    await expect(reviewer.getByTestId('document-heading')).toHaveText(`Văn bản ${AMENDING}`);
    const tasks = reviewer.getByTestId('document-task');
    await expect(tasks).toHaveCount(CITING_DECREE.length);
    for (const procedure of CITING_DECREE) {
      const row = tasks.filter({ hasText: `${procedure.code} ${procedure.name}` });
      await expect(row).toHaveAttribute('data-state', 'open');
      await expect(row).toContainText(`Sửa đổi, bổ sung bởi ${AMENDING}`);
      await expect(row.getByTestId('task-due')).toHaveText(formatVietnameseDate(DUE));
    }
    // The Decree it amends, however spelled, is cited by exactly those procedures.
    await reviewer
      .getByTestId('relations-out')
      .getByRole('link', { name: /63\/2010/ })
      .click();
    await expect(reviewer.getByTestId('document-heading')).toContainText('63/2010/NĐ-CP');
    const impact = reviewer.getByTestId('impact-row');
    await expect(impact).toHaveCount(CITING_DECREE.length);
    for (const procedure of CITING_DECREE)
      await expect(impact.filter({ hasText: procedure.code })).toContainText(procedure.name);
  });

  const created = await tasksOf(AMENDING);
  expect(created.map((t) => t.dueOn)).toEqual(CITING_DECREE.map(() => DUE));
  const n = created.length;

  await test.step('the dashboard counts the new tasks', async () => {
    const after = await shownCounts(reviewer);
    expect(after).toEqual({
      ...before,
      open: before.open + n,
      dueThisWeek: before.dueThisWeek + (thisWeek(DUE) ? n : 0),
    });
  });
  const registered = await shownCounts(reviewer);

  let id = '';
  await test.step('the drafter-reviewer selects the tasks and drafts the decision: the editor opens on the amended items', async () => {
    await drafter.goto(`${workspace.url}/#/reviews/tasks?state=open`);
    const rows = drafter.getByTestId('task-row');
    for (const task of created)
      await rows
        .and(drafter.locator(`[data-id="${task.id}"]`))
        .getByTestId('task-select')
        .check();
    await drafter.getByRole('button', { name: `Soạn quyết định từ ${n} nhiệm vụ` }).click();
    await expect(drafter.getByTestId('decision-editor')).toBeVisible();
    id = /#\/decisions\/([^/?]+)/.exec(drafter.url())![1]!;
    const items = drafter.locator('[data-testid="decision-item"][data-action="amended"]');
    await expect(items).toHaveCount(n);
    const onServer = await decisionOnServer(id);
    expect(onServer.items.map((i) => [i.action, i.code]).sort()).toEqual(
      CITING_DECREE.map((p) => ['amended', p.code]).sort(),
    );
    expect(onServer.effectiveOn).toBe(EFFECTIVE);
    for (const task of await tasksOf(AMENDING))
      expect([task.state, task.decisionId]).toEqual(['in_progress', id]);
  });

  await test.step('the drafter submits it; another reviewer approves it; the drafter issues it', async () => {
    await drafter.getByTestId('action-submit').click();
    await drafter.getByTestId('submit-dialog').getByTestId('dialog-confirm').click();
    await expect(drafter.getByTestId('decision-state')).toHaveText('Đang thẩm định');
    // Their own decision: a reviewer too, the drafter is not offered approval.
    await expect(drafter.getByTestId('action-approve')).toHaveCount(0);

    await openDecision(reviewer, id);
    await reviewer.getByTestId('action-approve').click();
    await reviewer.getByTestId('approve-dialog').getByTestId('dialog-confirm').click();
    await expect(reviewer.getByTestId('decision-state')).toHaveText('Đã phê duyệt');

    await openDecision(drafter, id);
    await drafter.getByTestId('action-issue').click();
    const dialog = drafter.getByTestId('issue-dialog');
    await dialog.getByTestId('issue-number').fill(DECISION_NUMBER);
    await dialog.getByTestId('issue-signer').fill('Nguyễn Văn Ký');
    await dialog.getByTestId('issue-signed-on').fill(formatVietnameseDate(TODAY));
    await dialog.getByTestId('issue-effective-on').fill(formatVietnameseDate(EFFECTIVE));
    await dialog.getByTestId('dialog-confirm').click();
    await expect(drafter.getByTestId('decision-state')).toHaveText('Đã ban hành');
  });

  await test.step('the tasks are done, linked to the decision; the counts moved', async () => {
    await reviewer.goto(`${workspace.url}/#/documents/${AMENDING}`);
    await expect(reviewer.getByTestId('document-task')).toHaveCount(n);
    await expect(reviewer.locator('[data-testid="document-task"][data-state="done"]')).toHaveCount(n);
    await reviewer.getByRole('link', { name: 'Mở trong trang rà soát' }).click();
    const rows = reviewer.getByTestId('task-row');
    await expect(rows).toHaveCount(n);
    for (const task of created) {
      const row = rows.and(reviewer.locator(`[data-id="${task.id}"]`));
      await expect(row).toHaveAttribute('data-state', 'done');
      await expect(row.getByTestId('task-state')).toHaveText('Đã xong');
      await expect(row.getByTestId('task-outcome')).toHaveText('Sửa đổi, bổ sung');
      await expect(row.getByRole('link', { name: DECISION_NUMBER })).toHaveAttribute(
        'href',
        `/#/decisions/${id}`,
      );
    }
    await rows.first().getByRole('link', { name: DECISION_NUMBER }).click();
    await expect(reviewer.getByTestId('decision-state')).toHaveText('Đã ban hành');
    // A reviewer lands on the review view; the content view names the decision by its number.
    await reviewer.getByRole('button', { name: 'Nội dung', exact: true }).click();
    await expect(reviewer.getByTestId('decision-number')).toHaveText(DECISION_NUMBER);

    const after = await shownCounts(reviewer);
    expect(after).toEqual({
      ...registered,
      open: registered.open - n,
      done: registered.done + n,
      dueThisWeek: registered.dueThisWeek - (thisWeek(DUE) ? n : 0),
    });
  });

  await test.step('a Circular amended in two working days gives tasks already overdue', async () => {
    const before = await shownCounts(reviewer);
    const notice = await register(reviewer, {
      number: LATE,
      type: 'Thông tư',
      title: 'Sửa đổi Thông tư số 01/2018/TT-VPCP',
      effectiveOn: LATE_EFFECTIVE,
      relation: 'Sửa đổi, bổ sung',
      target: '01 /2018/TT-VPCP',
    });
    await expect(notice.getByTestId('tasks-created')).toContainText(
      `${CITING_CIRCULAR.length} nhiệm vụ rà soát đã tạo`,
    );
    expect(LATE_DUE < TODAY).toBe(true);
    const late = await tasksOf(LATE);
    expect(late.map((t) => [t.dueOn, t.overdue])).toEqual(CITING_CIRCULAR.map(() => [LATE_DUE, true]));

    const after = await shownCounts(reviewer);
    expect(after.overdue).toBe(before.overdue + CITING_CIRCULAR.length);
    expect(after.open).toBe(before.open + CITING_CIRCULAR.length);
    const urgent = reviewer.getByTestId('urgent-task').filter({ hasText: formatVietnameseDate(LATE_DUE) });
    await expect(urgent).toHaveCount(CITING_CIRCULAR.length);
    await expect(urgent.getByTestId('overdue-badge').first()).toContainText('Quá hạn');

    // The overdue count leads to those tasks, each marked overdue with its date.
    await reviewer.getByTestId('count-overdue').click();
    const rows = reviewer.getByTestId('task-row');
    await expect(rows).toHaveCount(CITING_CIRCULAR.length);
    for (const task of late) {
      const due = rows.and(reviewer.locator(`[data-id="${task.id}"]`)).getByTestId('task-due');
      await expect(due).toContainText(formatVietnameseDate(LATE_DUE));
      await expect(due.getByTestId('overdue-badge')).toContainText(/^Quá hạn \d+ ngày$/);
    }
  });
});
