import type { ReadPageResult } from '@niemyet/portal';
import type { CommandRequest, CommandResponse, CommandResult, CommandType } from '../messaging/protocol';
import { rowVerdictsOf } from '../messaging/row-verdict';
import { packRows } from '../messaging/row-wire';
import { MAX_ROWS_PER_PAGE } from '../messaging/schemas';
import type { Locale } from '../settings/settings';
import { contentLabels } from './labels';
import {
  applyFirstMarks,
  applyMarks,
  clearMarks,
  isOwnNode,
  type PendingBadges,
  prepareMarks,
  tampering,
  WATCHED_ATTRIBUTES,
} from './mark-page';
import { countMarks, type RowCounts, rowMarks } from './row-marks';
import { type AuditTimings, createSummaryPill, type SummaryPill } from './summary-pill';

/**
 * The content script's work on one page: read it with the portal adapters, ask the background
 * for the audit (one message), mark the rows (one pass), show the summary pill — and again
 * whenever the page changes its listing without a navigation (AJAX paging, filters), or
 * undoes our marks (removes or restyles a badge, rewrites a row's status). An idle page costs
 * nothing: there is no polling, only a MutationObserver that ignores the extension's own
 * writes and changes outside the listing.
 *
 * Nothing of an earlier read is reused as the page's content: every read takes the rows'
 * text from the DOM as it is now and has them audited again; only our own badges are kept,
 * and only where the page left them untouched (`mark-page.ts`).
 */

export type SendCommand = <T extends CommandType>(
  type: T,
  payload: CommandRequest<T>,
) => Promise<CommandResult<CommandResponse<T>>>;

export interface PageAuditorDeps {
  document: Document;
  /** The page's current URL (AJAX paging may change it with `history.replaceState`). */
  url(): string;
  readPage(document: Document, url: string): ReadPageResult;
  send: SendCommand;
  locale(): Promise<Locale>;
  /** Quiet time after the last relevant mutation before the page is read again. */
  debounceMs?: number;
}

export type PageAuditState =
  | { kind: 'idle' }
  | { kind: 'no-adapter'; reason: string }
  | { kind: 'not-a-listing' }
  | { kind: 'empty-listing' }
  | { kind: 'no-catalogue' }
  | { kind: 'error'; error: string }
  | { kind: 'audited'; auditId: string; counts: RowCounts; marked: number; timings: AuditTimings };

/** The element whose subtree holds the listing: the rows' table's parent (pager included). */
export function listingContainer(rows: readonly Element[]): Element | null {
  const first = rows[0];
  if (!first) return null;
  return first.closest('table')?.parentElement ?? first.parentElement?.parentElement ?? first.parentElement;
}

export class PageAuditor {
  private observer: MutationObserver | null = null;
  private container: Element | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<PageAuditState> | null = null;
  private again = false;
  private lastReport: string | null = null;
  private generation = 0;
  /** Badges still being written after the rows in view (a newer read cancels them). */
  private pending: PendingBadges | null = null;
  private readonly pill: SummaryPill;
  private stateValue: PageAuditState = { kind: 'idle' };
  /** How many times the page was read (tests: our own mutations must not add to it). */
  reads = 0;

  constructor(private readonly deps: PageAuditorDeps) {
    this.pill = createSummaryPill(deps.document, () => void deps.send('open-side-panel', {}));
  }

  get state(): PageAuditState {
    return this.stateValue;
  }

  /** Reads the page now and starts watching it for listing changes. */
  start(): Promise<PageAuditState> {
    const { document } = this.deps;
    const View = document.defaultView;
    if (!this.observer && View && document.body) {
      this.observer = new View.MutationObserver((records) => this.onMutations(records));
      this.observer.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        // Only to see the page undo our marks: other attribute changes are filtered out at once.
        attributes: true,
        attributeFilter: WATCHED_ATTRIBUTES,
      });
    }
    return this.refresh();
  }

  stop(): void {
    this.pending?.cancel();
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.generation++;
    this.pill.remove();
  }

  /** Reads and marks the page; a call while a read runs queues one more read after it. */
  refresh(): Promise<PageAuditState> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.read().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    });
    return this.running;
  }

  /** Resolves when no read is running or queued and every badge is written (tests). */
  async settled(): Promise<PageAuditState> {
    while (this.running || this.timer !== null) {
      if (this.running) await this.running;
      else await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await this.pending?.done;
    return this.stateValue;
  }

  private onMutations(records: MutationRecord[]): void {
    if (!records.some((record) => this.relevant(record))) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.refresh();
    }, this.quietTime());
  }

  /** Longer while no listing is known: such pages (home, news) change for other reasons. */
  private quietTime(): number {
    const base = this.deps.debounceMs ?? 250;
    return this.container?.isConnected ? base : base * 4;
  }

  /** A mutation that may change what the listing shows: not ours, and inside the listing. */
  private relevant(record: MutationRecord): boolean {
    // The page undoing our marks, wherever it happens: read and mark again.
    if (tampering(record)) return true;
    if (record.type === 'attributes') return false;
    if (record.type === 'childList') {
      const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
      if (nodes.length > 0 && nodes.every(isOwnNode)) return false;
    }
    if (isOwnNode(record.target)) return false;
    const container = this.container;
    // No listing yet (a page that renders it by script): any change may bring one.
    if (!container?.isConnected) return true;
    return container.contains(record.target);
  }

  private async read(): Promise<PageAuditState> {
    const generation = ++this.generation;
    const { document } = this.deps;
    const url = this.deps.url();
    this.reads++;
    // The language of the badges, asked now: it arrives while the page is read and audited.
    const asking = this.deps.locale().catch((): Locale => 'vi');
    const started = performance.now();
    const result = this.deps.readPage(document, url);
    const readDone = performance.now();
    if (result.adapterId === null) {
      this.forget();
      const reason = result.reason.slice(0, 2_000);
      // A page that keeps changing without ever showing a listing is reported once per reason.
      const key = `${url}\u0000${reason}`;
      if (key !== this.lastReport) {
        this.lastReport = key;
        const report = await this.deps.send('report-page', { url, reason });
        if (!report.ok) return this.settle(generation, { kind: 'error', error: report.error });
      }
      return this.settle(generation, { kind: 'no-adapter', reason: result.reason });
    }
    const reading = result.reading;
    if (reading.kind !== 'listing') {
      this.forget();
      return this.settle(generation, { kind: 'not-a-listing' });
    }
    // The row elements as they are now: if the page changes while the background audits, the
    // marks still land on the rows that were read (and the change triggers another read).
    const elements = reading.rowSelector ? Array.from(document.querySelectorAll(reading.rowSelector)) : [];
    this.container = listingContainer(elements);
    if (reading.rows.length === 0) {
      clearMarks(document);
      this.pill.remove();
      return this.settle(generation, { kind: 'empty-listing' });
    }
    this.lastReport = null;
    const rows = reading.rows.slice(0, MAX_ROWS_PER_PAGE);
    const names = new Map<number, string>();
    for (const row of rows) if (row.elementIndex !== undefined) names.set(row.elementIndex, row.name);
    // Which rows are in view, and their badges made (not while the extension has no catalogue:
    // they would go unused).
    const plan = this.stateValue.kind === 'no-catalogue' ? null : prepareMarks(document, elements, names);
    // The rows in view are audited first, on their own: their badges need not wait for the
    // whole page's audit, which is asked for right after and is the one that counts.
    const inView =
      plan && plan.firstCount < plan.order.length ? new Set(plan.order.slice(0, plan.firstCount)) : null;
    const firstRows = inView
      ? rows.filter((row) => row.elementIndex !== undefined && inView.has(row.elementIndex))
      : [];
    const previewing =
      firstRows.length > 0
        ? this.deps.send('preview-audit', { url, adapterId: result.adapterId, rows: packRows(firstRows) })
        : null;
    const answering = this.deps.send('audit-page', {
      url,
      adapterId: result.adapterId,
      rows: packRows(rows),
    });

    let firstShown: { answered: number; marked: number; painted: number } | null = null;
    if (plan && previewing) {
      const [preview, locale] = await Promise.all([previewing, asking]);
      if (generation !== this.generation) return this.stateValue;
      if (preview.ok && preview.value.kind === 'audited') {
        const answered = performance.now();
        applyFirstMarks(
          plan,
          rowMarks(firstRows, rowVerdictsOf(preview.value.verdicts)),
          contentLabels(locale),
        );
        const marked = performance.now();
        await nextPaint(document);
        if (generation !== this.generation) return this.stateValue;
        firstShown = { answered, marked, painted: performance.now() };
      }
    }

    const [answer, locale] = await Promise.all([answering, asking]);
    const labels = contentLabels(locale);
    if (generation !== this.generation) return this.stateValue;
    const auditDone = performance.now();
    if (!answer.ok) {
      this.pill.update({ kind: 'error', error: answer.error }, labels);
      return this.settle(generation, { kind: 'error', error: answer.error });
    }
    if (answer.value.kind === 'no-catalogue') {
      clearMarks(document);
      this.pill.update({ kind: 'no-catalogue' }, labels);
      return this.settle(generation, { kind: 'no-catalogue' });
    }
    const marks = rowMarks(rows, rowVerdictsOf(answer.value.verdicts));
    this.pending?.cancel();
    const { marked, rest } = applyMarks(plan ?? prepareMarks(document, elements, names), marks, labels);
    this.pending = rest;
    const markDone = performance.now();
    const counts = countMarks(marks);
    this.pill.update({ kind: 'audited', counts }, labels);
    // The badges count once they are on screen: the browser lays the marked rows out again
    // after the script, and that is part of what the user waits for.
    await nextPaint(document);
    if (generation !== this.generation) {
      rest.cancel();
      return this.stateValue;
    }
    const painted = performance.now();
    // Where the time went, shown on the pill: users see the cost, and benchmarks read it. The
    // badges in view came with the first audit when there was one, else with the whole.
    const shown = firstShown ?? { answered: auditDone, marked: markDone, painted };
    const timings: AuditTimings = {
      readMs: Math.round(readDone - started),
      auditMs: Math.round(shown.answered - readDone),
      markMs: Math.round(shown.marked - shown.answered),
      paintMs: Math.round(shown.painted - shown.marked),
      wholeAuditMs: Math.round(auditDone - readDone),
      allBadgesMs: null,
    };
    this.pill.update({ kind: 'audited', counts, timings }, labels);
    rest.start();
    void rest.done.then(() => {
      if (generation !== this.generation) return;
      timings.allBadgesMs = Math.round(performance.now() - readDone);
      this.pill.update({ kind: 'audited', counts, timings }, labels);
    });
    return this.settle(generation, {
      kind: 'audited',
      auditId: answer.value.auditId,
      counts,
      marked,
      timings,
    });
  }

  private forget(): void {
    this.pending?.cancel();
    this.container = null;
    clearMarks(this.deps.document);
    this.pill.remove();
  }

  private settle(generation: number, state: PageAuditState): PageAuditState {
    if (generation === this.generation) this.stateValue = state;
    return this.stateValue;
  }
}

/** Resolves once the browser has painted the current changes (the frame after them). */
function nextPaint(document: Document): Promise<void> {
  const view = document.defaultView;
  return new Promise((resolve) => {
    const after = () => (view ? view.setTimeout(resolve, 0) : setTimeout(resolve, 0));
    if (view?.requestAnimationFrame) view.requestAnimationFrame(after);
    else after();
  });
}
