import type { Page } from '@playwright/test';
import { type ConsoleWorkspace, issueDecision, openConsoleWorkspace } from '../console-workspace';
import { defineBenchCases } from '../harness';

/**
 * The console's procedure page and decision editor in Chromium, on a team server holding
 * 20,000 procedures (DESIGN §9: a procedure page with 10 versions paints ≤ 200 ms, the editor
 * of a 300-item decision ≤ 500 ms, the validation panel follows an edit ≤ 50 ms). Each sample
 * is measured by the page itself with `performance.now()`, from the navigation or the input
 * event to the frame after the awaited content is in the DOM, so Playwright's round trips are
 * not part of it.
 */

/** A procedure of the imported list that no imported decision amends or abolishes (decision 2). */
const AMENDED_CODE = '2.000150';
const VERSIONS = 10;
const ITEMS = { new: 100, amended: 150, abolished: 50 } as const;
const DRAFT_EFFECTIVE_ON = '2026-06-01';
/** Where each navigation starts: a light screen, already painted before the clock starts. */
const OTHER_SCREEN = '#/decisions';

const basis = (n: number) => ({
  number: `${10 + n}/2020/NĐ-CP`,
  title: `Nghị định số ${10 + n}/2020/NĐ-CP quy định về thủ tục hành chính`,
  issuedOn: `20${String(10 + n).padStart(2, '0')}-03-15`,
  issuer: 'Chính phủ',
});

/**
 * The nine amendments that give the procedure its ten versions: each changes the processing
 * time, the fees, the legal basis and the requirements, and takes effect a year after the last.
 */
async function amendNineTimes(workspace: ConsoleWorkspace): Promise<void> {
  for (let k = 0; k < VERSIONS - 1; k++) {
    const effectiveOn = `${2017 + k}-0${1 + (k % 9)}-15`;
    await issueDecision(
      workspace,
      `Sửa đổi thủ tục ${AMENDED_CODE} lần ${k + 1}`,
      [
        {
          action: 'amended',
          code: AMENDED_CODE,
          changes: {
            processingTime: `${15 - k} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ`,
            fees: `${(k + 1) * 10}.000 đồng/hồ sơ`,
            legalBasis: [basis(k), basis(k + 1)],
            requirements: `Người yêu cầu phải xuất trình giấy tờ tùy thân (lần sửa ${k + 1}); hồ sơ nộp trực tuyến được ký số theo quy định tại Nghị định ${basis(k).number}.`,
          },
        },
      ],
      effectiveOn,
      `${501 + k}/QĐ-UBND`,
    );
  }
}

/**
 * A draft of 300 items, created through the API: new procedures (codes `3.…` no list uses),
 * amendments of imported procedures in force (processing time and fees changed) and abolitions
 * with the abolishing document. Item ids are given, so the page can be driven by them.
 */
async function createLargeDraft(workspace: ConsoleWorkspace): Promise<string> {
  const items: unknown[] = [];
  for (let i = 0; i < ITEMS.new; i++)
    items.push({
      id: `bench-new-${i}`,
      action: 'new',
      code: `3.${String(i + 1).padStart(6, '0')}`,
      name: `Thủ tục mới ban hành số ${i + 1}`,
      changes: {
        levels: ['province'],
        field: i % 2 ? 'Hộ tịch' : 'Đất đai',
        agency: 'Sở Tư pháp',
        processingTime: '05 ngày làm việc',
      },
    });
  // Imported decisions 2–9 (serials 100–899) publish procedures that nothing later changes.
  for (let i = 0; i < ITEMS.amended; i++)
    items.push({
      id: `bench-amended-${i}`,
      action: 'amended',
      code: `2.${String(100 + i).padStart(6, '0')}`,
      changes: { processingTime: `${3 + (i % 7)} ngày làm việc`, fees: 'Không' },
    });
  for (let i = 0; i < ITEMS.abolished; i++)
    items.push({
      id: `bench-abolished-${i}`,
      action: 'abolished',
      code: `2.${String(400 + i).padStart(6, '0')}`,
      causeDocument: basis(20),
    });
  const created = await workspace.drafter.post('/api/decisions', {
    title: 'Công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bãi bỏ (300 thủ tục)',
    effectiveOn: DRAFT_EFFECTIVE_ON,
    legalBasis: [basis(0)],
    items,
  });
  if (created.status !== 201)
    throw new Error(`create: HTTP ${created.status} ${JSON.stringify(created.body)}`);
  return created.body.id as string;
}

/**
 * Navigates to `hash` (from the screen the page is on) and resolves with the time until
 * `ready()` holds and the frame after it is painted. A MutationObserver notices the DOM
 * change as it is committed; a frame loop covers changes it would not see (attributes).
 */
const MEASURE_NAVIGATION = `async ({ hash, ready }) => {
  const isReady = new Function('return (' + ready + ')()');
  const started = performance.now();
  location.hash = hash;
  await new Promise((done, fail) => {
    let finished = false;
    const giveUp = setTimeout(() => fail(new Error('the page did not show ' + hash)), 30000);
    const finish = () => {
      if (finished || !isReady()) return;
      finished = true;
      observer.disconnect();
      clearTimeout(giveUp);
      requestAnimationFrame(() => setTimeout(done, 0));
    };
    const observer = new MutationObserver(finish);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const frame = () => { finish(); if (!finished) requestAnimationFrame(frame); };
    frame();
  });
  return performance.now() - started;
}`;

const PROCEDURE_READY = `() =>
  document.querySelectorAll('[data-testid="procedure-version"]').length === ${VERSIONS} &&
  document.querySelector('[data-testid="procedure-fields"]') !== null`;

const EDITOR_READY = `() =>
  document.querySelectorAll('[data-testid="decision-item"]').length === ${ITEMS.new + ITEMS.amended + ITEMS.abolished} &&
  document.querySelector('[data-testid="validation-summary"]') !== null`;

/** Puts the page on the other screen, painted, so the next navigation starts from rest. */
async function toOtherScreen(page: Page): Promise<void> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, OTHER_SCREEN);
  await page.getByTestId('decisions-table').waitFor({ timeout: 30_000 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

interface NavigationContext {
  workspace: ConsoleWorkspace;
  page: Page;
  hash: string;
  ready: string;
}

async function openPage(workspace: ConsoleWorkspace): Promise<Page> {
  const page = await workspace.context.newPage();
  await page.goto(`${workspace.url}/${OTHER_SCREEN}`);
  await page.getByTestId('decisions-table').waitFor({ timeout: 60_000 });
  return page;
}

async function navigate(ctx: NavigationContext): Promise<number> {
  await toOtherScreen(ctx.page);
  return ctx.page.evaluate(
    `(${MEASURE_NAVIGATION})(${JSON.stringify({ hash: ctx.hash, ready: ctx.ready })})`,
  );
}

/**
 * In the open editor, sets the code of the first new item the way typing does, then resolves
 * with the time from the input event until the validation summary says something else and the
 * frame after it is painted.
 */
const MEASURE_EDIT = `async ({ itemId, value }) => {
  const summary = () => document.querySelector('[data-testid="validation-summary"]');
  const before = summary().textContent;
  const input = document.querySelector('[data-item-id="' + itemId + '"] [data-testid="item-code"]');
  const started = performance.now();
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  let committed = 0;
  await new Promise((done, fail) => {
    let finished = false;
    const giveUp = setTimeout(() => fail(new Error('the validation panel did not change')), 30000);
    const finish = () => {
      const now = summary();
      if (finished || !now || now.textContent === before) return;
      finished = true;
      committed = performance.now() - started;
      observer.disconnect();
      clearTimeout(giveUp);
      requestAnimationFrame(() => setTimeout(done, 0));
    };
    const observer = new MutationObserver(finish);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const frame = () => { finish(); if (!finished) requestAnimationFrame(frame); };
    frame();
  });
  return { ms: performance.now() - started, committedMs: committed, summary: summary().textContent };
}`;

interface EditContext {
  workspace: ConsoleWorkspace;
  page: Page;
  edits: number;
  /** Per edit, the part until the panel changed in the DOM (React and validation, no paint). */
  committed: number[];
}

interface EditResult {
  ms: number;
  committedMs: number;
  summary: string;
}

const EDITED_ITEM = 'bench-new-0';
/** The item's own code, and the code of another new item of the draft (a duplicate). */
const CODES = ['3.000001', '3.000002'] as const;

async function edit(ctx: EditContext): Promise<EditResult> {
  const value = CODES[++ctx.edits % 2]!;
  const result = (await ctx.page.evaluate(
    `(${MEASURE_EDIT})(${JSON.stringify({ itemId: EDITED_ITEM, value })})`,
  )) as EditResult;
  ctx.committed.push(result.committedMs);
  return result;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

export default defineBenchCases([
  {
    name: `console in Chromium: open a procedure page with ${VERSIONS} versions (20,000 procedures)`,
    budgetMs: 200,
    iterations: 15,
    async setup(): Promise<NavigationContext> {
      const workspace = await openConsoleWorkspace();
      await amendNineTimes(workspace);
      const page = await openPage(workspace);
      return { workspace, page, hash: `#/procedures/${AMENDED_CODE}`, ready: PROCEDURE_READY };
    },
    run: navigate,
    sample: (result) => result as number,
    describe: () =>
      `from ${OTHER_SCREEN}: fetch the history, ${VERSIONS} versions and the fields in force painted`,
    teardown: (ctx: NavigationContext) => ctx.workspace.close(),
  },
  {
    name: 'console in Chromium: open the editor of a 300-item decision',
    budgetMs: 500,
    iterations: 10,
    async setup(): Promise<NavigationContext> {
      const workspace = await openConsoleWorkspace();
      const id = await createLargeDraft(workspace);
      const page = await openPage(workspace);
      return { workspace, page, hash: `#/decisions/${encodeURIComponent(id)}`, ready: EDITOR_READY };
    },
    run: navigate,
    sample: (result) => result as number,
    describe: () =>
      `from ${OTHER_SCREEN}: fetch the decision, ${ITEMS.new} new + ${ITEMS.amended} amended + ${ITEMS.abolished} abolished items painted`,
    teardown: (ctx: NavigationContext) => ctx.workspace.close(),
  },
  {
    name: 'console in Chromium: validation after an edit of a 300-item decision',
    budgetMs: 50,
    iterations: 20,
    async setup(): Promise<EditContext> {
      const workspace = await openConsoleWorkspace();
      const id = await createLargeDraft(workspace);
      const page = await workspace.context.newPage();
      await page.goto(`${workspace.url}/#/decisions/${encodeURIComponent(id)}`);
      await page.getByTestId('decision-item').nth(299).waitFor({ timeout: 60_000 });
      // Local validation needs the catalogue in force on the effective date: an amended item's
      // fields show once it is loaded. That item is closed again, only the edited one stays open.
      const amended = page.locator('[data-item-id="bench-amended-0"]');
      await page.locator('#decision-item-bench-amended-0').click();
      await amended.getByTestId('item-processingTime').waitFor({ timeout: 60_000 });
      await page.locator('#decision-item-bench-amended-0').click();
      await page.locator(`#decision-item-${EDITED_ITEM}`).click();
      await page.getByTestId('item-code').waitFor({ timeout: 30_000 });
      const ctx: EditContext = { workspace, page, edits: 0, committed: [] };
      return ctx;
    },
    run: edit,
    sample: (result) => (result as EditResult).ms,
    describe: (result, ctx: EditContext) =>
      `the code of a new item typed over with another item's code and back; in the DOM after ${median(ctx.committed).toFixed(1)} ms (median, warm-ups included); last panel: "${(result as EditResult).summary}"`,
    teardown: (ctx: EditContext) => ctx.workspace.close(),
  },
]);
