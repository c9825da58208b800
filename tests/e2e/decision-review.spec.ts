import {
  addDays,
  type CatalogueResponse,
  type Decision,
  formatVietnameseDate,
  type ProcedureHistoryResponse,
  type ProcedureVersion,
  todayInVietnam,
} from '@niemyet/core';
import { type Browser, expect as baseExpect, type Locator, type Page, test } from '@playwright/test';
import { openWorkspace, TEST_PASSWORD, type TestWorkspace, USERS } from './workspace';

// Issue 10 end to end, in real Chromium against a team server of its own: the admin loads the
// demo; a drafter writes a decision with a new, an amended and an abolished procedure while a
// second drafter edits the same draft; a reviewer comments and asks for changes, approves,
// sees the approval go stale after a later edit and approves again (by keyboard); the drafter
// issues it, and the catalogue changes on the effective date, not before.

const SECOND_DRAFTER = 'soanthao2';
const TODAY = todayInVietnam();
const EFFECTIVE = addDays(TODAY, 10);
const NEW_TIME = '7 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ';
const NEW_BASIS = '99/2026/NĐ-CP';

// Every context reads the whole catalogue in force (3,000 procedures, 4.7 MB checked in the
// page) the first time it opens a decision: seconds on a busy machine, more than the default 5.
const expect = baseExpect.configure({ timeout: 20_000 });

let workspace: TestWorkspace;

test.beforeAll(async () => {
  workspace = await openWorkspace();
  const added = await workspace.admin!.post('/api/users', {
    username: SECOND_DRAFTER,
    password: TEST_PASSWORD,
    roles: ['drafter'],
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
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

/** The editor has saved every edit: the status says so and the workflow is usable again. */
async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('save-status')).toHaveText(/^Đã lưu/);
}

/** Opens the decision afresh, as someone coming back to it (a hash-only goto would not reload). */
async function openDecision(page: Page, id: string): Promise<void> {
  const url = `${workspace.url}/#/decisions/${id}`;
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await expect(page.getByTestId('decision-editor')).toBeVisible();
}

async function decisionOnServer(id: string): Promise<Decision> {
  const reply = await workspace.admin!.get(`/api/decisions/${id}`);
  expect(reply.status).toBe(200);
  return (reply.body as { decision: Decision }).decision;
}

/**
 * Three procedures of the demo in force today that no decision touches after today, each
 * with a processing time, so the catalogue's change on the effective date is this decision's.
 */
async function pickProcedures(): Promise<[ProcedureVersion, ProcedureVersion, ProcedureVersion]> {
  const reply = await workspace.admin!.get(`/api/catalogue?at=${TODAY}&limit=200`);
  expect(reply.status).toBe(200);
  const picked: ProcedureVersion[] = [];
  for (const version of (reply.body as CatalogueResponse).procedures) {
    // One line of processing time: the procedure page shows it as the text it is.
    if (!version.code || !version.processingTime?.trim() || /\n/.test(version.processingTime)) continue;
    if (version.procedureId !== version.code) continue;
    const history = await workspace.admin!.get(`/api/procedures/${encodeURIComponent(version.procedureId)}`);
    const { versions, decisions } = history.body as ProcedureHistoryResponse;
    const later = versions.some((v) => v.effectiveFrom !== null && v.effectiveFrom > TODAY);
    const pending = Object.values(decisions).some((d) => d.state !== 'issued' && d.state !== 'withdrawn');
    if (later || pending) continue;
    picked.push(version);
    if (picked.length === 3) return picked as [ProcedureVersion, ProcedureVersion, ProcedureVersion];
  }
  throw new Error('the demo has no three untouched procedures with a processing time');
}

/** Tabs through the page until `target` has focus (the keyboard user's way), never clicking. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${target} is not reachable with Tab`);
}

test('a decision drafted, reviewed, approved again after a late edit, issued; the catalogue changes on its date', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const admin = await signedInPage(browser, USERS.admin);
  const drafter = await signedInPage(browser, USERS.drafter);
  const reviewer = await signedInPage(browser, USERS.reviewer);
  const second = await signedInPage(browser, SECOND_DRAFTER);

  await test.step('the admin loads the demo from the empty catalogue', async () => {
    await admin.goto(`${workspace.url}/#/`);
    await admin.getByTestId('load-demo').click();
    await expect(admin.getByTestId('demo-loaded')).toBeVisible({ timeout: 60_000 });
  });
  const [taken, amended, abolished] = await pickProcedures();

  let id = '';
  await test.step('the drafter writes a decision with a new, an amended and an abolished procedure', async () => {
    await drafter.goto(`${workspace.url}/#/decisions`);
    await drafter.getByRole('button', { name: 'Soạn quyết định mới' }).click();
    await expect(drafter.getByTestId('decision-editor')).toBeVisible();
    id = /#\/decisions\/([^/?]+)/.exec(drafter.url())![1]!;

    await drafter.getByTestId('header-title').fill('Công bố thủ tục hành chính lĩnh vực thử nghiệm');
    await drafter.getByTestId('header-signer').fill('Nguyễn Văn Ký');
    await drafter.getByTestId('header-effective-on').fill(formatVietnameseDate(EFFECTIVE));
    await drafter.getByTestId('header-effective-on').press('Enter');

    // A new procedure given, by mistake, the code of one in force: the checks say so.
    await drafter.getByRole('button', { name: 'Thêm thủ tục mới' }).click();
    const dialog = drafter.getByTestId('new-item-dialog');
    await dialog.getByTestId('new-item-name').fill('Cấp giấy phép thử nghiệm');
    await dialog.getByTestId('new-item-code').fill(taken.code!);
    await dialog.getByRole('button', { name: 'Thêm và soạn tiếp' }).click();
    const duplicate = drafter.locator('[data-testid="validation-issue"][data-code="code-already-active"]');
    await expect(duplicate).toHaveAttribute('data-severity', 'error');
    await expect(duplicate).toContainText(taken.code!);
    // Fixed: a code nobody uses.
    await drafter.getByTestId('item-code').fill('9.999901');
    await expect(duplicate).toHaveCount(0);
    await drafter.getByTestId('item-processingTime').fill('10 ngày làm việc');

    await drafter.getByRole('button', { name: 'Thêm thủ tục sửa đổi' }).click();
    const picker = drafter.getByTestId('procedure-picker');
    await picker.getByTestId('picker-search').fill(amended.code!);
    await picker.getByRole('button', { name: `${amended.code} — ${amended.name}` }).click();
    const amendedItem = drafter.locator(`[data-testid="decision-item"][data-action="amended"]`);
    await amendedItem.getByTestId('item-processingTime').fill(NEW_TIME);
    await amendedItem.getByTestId('item-legal-basis').fill(NEW_BASIS);

    await drafter.getByRole('button', { name: 'Thêm thủ tục bãi bỏ' }).click();
    await picker.getByTestId('picker-search').fill(abolished.code!);
    await picker.getByRole('checkbox', { name: `${abolished.code} — ${abolished.name}` }).check();
    await picker.getByTestId('picker-document-number').fill('12/2026/NQ-HĐND');
    await picker.getByTestId('picker-document-title').fill('Nghị quyết bãi bỏ thủ tục thử nghiệm');
    await picker.getByRole('button', { name: 'Thêm 1 thủ tục bãi bỏ' }).click();

    await saved(drafter);
    await expect(drafter.getByTestId('validation-summary')).toHaveText(/^0 lỗi|^Không có lỗi nào/);
    const onServer = await decisionOnServer(id);
    expect(onServer.items.map((i) => [i.action, i.code])).toEqual([
      ['new', '9.999901'],
      ['amended', amended.code],
      ['abolished', abolished.code],
    ]);
    expect(onServer.items[1]!.changes.processingTime).toBe(NEW_TIME);
    expect(onServer.items[2]!.causeDocument?.number).toBe('12/2026/NQ-HĐND');
  });

  await test.step('two drafters edit the draft at once: a conflict, mine kept, nothing lost', async () => {
    await openDecision(drafter, id);
    await openDecision(second, id);
    await second.getByTestId('header-issuer').fill('UBND tỉnh Hoà Bình');
    await saved(second);
    // The drafter's screen still holds the earlier revision: their save meets the conflict.
    await drafter.getByTestId('header-signer').fill('Trần Thị Ký');
    const conflict = drafter.getByTestId('conflict-screen');
    await expect(conflict).toBeVisible();
    await expect(conflict.getByTestId('conflict-theirs')).toContainText('UBND tỉnh Hoà Bình');
    await conflict.getByRole('button', { name: 'Giữ bản của tôi' }).click();
    await saved(drafter);
    await expect(drafter.getByTestId('header-issuer')).toHaveValue('UBND tỉnh Hoà Bình');
    const merged = await decisionOnServer(id);
    expect(merged).toMatchObject({ issuer: 'UBND tỉnh Hoà Bình', signer: 'Trần Thị Ký' });
    expect(merged.items).toHaveLength(3);
  });

  await test.step('the drafter submits to review and is not offered approval', async () => {
    await drafter.getByTestId('action-submit').click();
    await drafter.getByTestId('submit-dialog').getByTestId('dialog-confirm').click();
    await expect(drafter.getByTestId('decision-state')).toHaveText('Đang thẩm định');
    await expect(drafter.getByTestId('action-approve')).toHaveCount(0);
  });

  const amendedId = (await decisionOnServer(id)).items[1]!.id;
  await test.step('the reviewer comments on the processing time and asks for changes', async () => {
    await openDecision(reviewer, id);
    await expect(reviewer.getByTestId('review-screen')).toBeVisible();
    const field = reviewer.locator(
      `[data-testid="review-item"][data-item="${amendedId}"] [data-testid="field-diff"][data-field="processingTime"]`,
    );
    await expect(field).toContainText(NEW_TIME);
    // By keyboard: Tab to the field's comments, open them, write, Ctrl+Enter sends.
    await tabTo(reviewer, field.getByTestId('field-comments-toggle'));
    await reviewer.keyboard.press('Enter');
    await tabTo(reviewer, field.getByTestId('comment-text'));
    await reviewer.keyboard.type('Thời hạn 7 ngày có căn cứ ở văn bản nào?');
    await reviewer.keyboard.press('Control+Enter');
    await expect(field.getByTestId('comment')).toContainText('Thời hạn 7 ngày có căn cứ ở văn bản nào?');

    await reviewer.getByTestId('action-request-changes').click();
    const dialog = reviewer.getByTestId('request-changes-dialog');
    await dialog.getByTestId('dialog-confirm').click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    await dialog.getByTestId('dialog-comment').fill('Đề nghị nêu căn cứ của thời hạn giải quyết.');
    await dialog.getByTestId('dialog-confirm').click();
    await expect(reviewer.getByTestId('decision-state')).toHaveText('Yêu cầu sửa');
  });

  await test.step('the drafter edits and resubmits; the reviewer approves with the keyboard', async () => {
    await openDecision(drafter, id);
    await expect(drafter.getByTestId('decision-state')).toHaveText('Yêu cầu sửa');
    // The drafter reads the reviewer's comment where it was made, on the field.
    await drafter.getByTestId('view-review').click();
    await expect(
      drafter.locator(
        `[data-testid="review-item"][data-item="${amendedId}"] [data-testid="field-diff"][data-field="processingTime"] [data-testid="comment"]`,
      ),
    ).toContainText('Thời hạn 7 ngày có căn cứ ở văn bản nào?');
    await drafter.getByTestId('view-edit').click();
    await drafter.getByRole('button', { name: new RegExp(`^Sửa: ${amended.code}`) }).click();
    await drafter.getByTestId('item-reason').fill('Rút ngắn thời hạn theo Nghị định 99/2026/NĐ-CP.');
    await saved(drafter);
    await drafter.getByTestId('action-submit').click();
    await drafter.getByTestId('submit-dialog').getByTestId('dialog-confirm').click();
    await expect(drafter.getByTestId('decision-state')).toHaveText('Đang thẩm định');

    await openDecision(reviewer, id);
    await expect(reviewer.getByTestId('action-approve')).toBeVisible();
    await tabTo(reviewer, reviewer.getByTestId('action-approve'));
    await reviewer.keyboard.press('Enter');
    const dialog = reviewer.getByTestId('approve-dialog');
    await expect(dialog.getByTestId('dialog-comment')).toBeFocused();
    await reviewer.keyboard.type('Đồng ý.');
    await tabTo(reviewer, dialog.getByTestId('dialog-confirm'));
    await reviewer.keyboard.press('Enter');
    await expect(reviewer.getByTestId('decision-state')).toHaveText('Đã phê duyệt');
  });

  await test.step('a late edit makes the approval stale; the reviewer reads the diff and approves again', async () => {
    await openDecision(drafter, id);
    await expect(drafter.getByTestId('decision-state')).toHaveText('Đã phê duyệt');
    await drafter.getByTestId('header-title').fill('Công bố thủ tục hành chính lĩnh vực thử nghiệm (sửa)');
    await saved(drafter);
    await expect(drafter.getByTestId('decision-state')).toHaveText('Đang thẩm định');

    await openDecision(reviewer, id);
    const approval = reviewer.locator(`[data-testid="approval"][data-reviewer="${USERS.reviewer}"]`);
    await expect(approval).toHaveCount(1);
    await expect(approval).toHaveAttribute('data-stale', 'true');
    await approval.getByTestId('show-approval-diff').click();
    const diff = reviewer.getByTestId('revision-diff');
    await expect(diff.getByTestId('header-diff')).toContainText('(sửa)');
    await reviewer.getByTestId('action-approve').click();
    await reviewer.getByTestId('approve-dialog').getByTestId('dialog-confirm').click();
    await expect(reviewer.getByTestId('decision-state')).toHaveText('Đã phê duyệt');
    // The earlier approval stays on record as stale; the new one is for the current revision.
    await expect(approval.and(reviewer.locator('[data-stale="false"]'))).toHaveCount(1);
    await expect(approval.and(reviewer.locator('[data-stale="true"]'))).toHaveCount(1);
  });

  await test.step('the drafter issues it, effective in ten days; the decision is read-only', async () => {
    await openDecision(drafter, id);
    await drafter.getByTestId('action-issue').click();
    const dialog = drafter.getByTestId('issue-dialog');
    await dialog.getByTestId('issue-number').fill('2751/QĐ-UBND');
    await dialog.getByTestId('issue-signer').fill('Trần Thị Ký');
    await dialog.getByTestId('issue-signed-on').fill(formatVietnameseDate(TODAY));
    await dialog.getByTestId('issue-effective-on').fill(formatVietnameseDate(EFFECTIVE));
    await dialog.getByTestId('dialog-confirm').click();
    await expect(drafter.getByTestId('decision-state')).toHaveText('Đã ban hành');
    await openDecision(drafter, id);
    await expect(drafter.getByTestId('read-only-notice')).toContainText('Quyết định đã ban hành');
    await expect(drafter.getByTestId('decision-number')).toHaveText('2751/QĐ-UBND');
    await expect(drafter.getByTestId('decision-editor').getByTestId('header-title')).toHaveCount(0);
    await expect(drafter.getByTestId('save-status')).toHaveCount(0);
    await expect(drafter.getByTestId('action-issue')).toHaveCount(0);
  });

  await test.step('the amended procedure changes on the effective date, with the diff in its history', async () => {
    const processingTime = (page: Page): Locator =>
      page.locator('[data-testid="procedure-fields"] [data-field="processingTime"] dd');
    await drafter.goto(`${workspace.url}/#/procedures/${amended.code}?asOf=${addDays(EFFECTIVE, -1)}`);
    await expect(processingTime(drafter)).toHaveText(amended.processingTime!);
    await drafter.goto(`${workspace.url}/#/procedures/${amended.code}?asOf=${EFFECTIVE}`);
    await expect(processingTime(drafter)).toHaveText(NEW_TIME);
    const entry = drafter.locator(`[data-testid="procedure-version"][data-from="${EFFECTIVE}"]`);
    await expect(entry).toContainText('2751/QĐ-UBND');
    // The newest version opens with its diff from the one before.
    await expect(entry.getByRole('button', { name: 'Ẩn thay đổi' })).toHaveAttribute('aria-expanded', 'true');
    const diff = (field: string) => entry.locator(`[data-testid="version-diff"][data-field="${field}"]`);
    // The word diff read both ways: without what it adds it is the old text, without what it removes the new.
    const reading = (without: 'ins' | 'del') =>
      diff('processingTime')
        .locator('.word-diff')
        .evaluate((node, tag) => {
          const copy = node.cloneNode(true) as HTMLElement;
          for (const part of copy.querySelectorAll(tag)) part.remove();
          return copy.textContent?.replace(/\s+/g, ' ').trim();
        }, without);
    await expect.poll(() => reading('ins')).toBe(amended.processingTime!.replace(/\s+/g, ' ').trim());
    await expect.poll(() => reading('del')).toBe(NEW_TIME);
    await expect(diff('legalBasis').locator('ins')).toHaveText(NEW_BASIS);
  });
});
