import type { ContentLabels } from './labels';
import type { RowMark, RowStatus } from './row-marks';

/**
 * The DOM writes of the in-page marking: one attribute and one badge per row element, in one
 * pass. Badges live in *closed* shadow roots, so the portal's CSS cannot reach them and its
 * scripts cannot read or rewrite them (a closed host's `shadowRoot` is null to everyone but
 * us: we keep the label in a WeakMap); every text goes in through `textContent`/
 * `setAttribute`, never as markup. Content scripts cannot define custom elements
 * (`customElements` is null in Chrome's isolated world), so hosts are plain `span`s carrying
 * `data-niemyet-ui`.
 *
 * The page can still remove, move, restyle or forge a host, and rewrite a row's status
 * attribute. Nothing here trusts what the page holds: a badge is reused only when it is one we
 * made, still in its row and untouched (`intactBadge`); anything else claiming to be a badge
 * is removed. `PageAuditor` re-reads the page when it sees such tampering (`tampering`).
 */

/** The row's status, for tests and users' own tools: `match|changed|abolished|unknown|not-yet-effective`. */
export const STATUS_ATTRIBUTE = 'data-niemyet-status';
/** Marks every element the extension inserts (`badge`, `pill`): the mutation filter skips them. */
export const OWN_ATTRIBUTE = 'data-niemyet-ui';

const BADGE_SELECTOR = `[${OWN_ATTRIBUTE}="badge"]`;

export const STATUS_COLOURS: Record<RowStatus, { fg: string; bg: string }> = {
  match: { fg: '#14532d', bg: '#dcfce7' },
  changed: { fg: '#7c2d12', bg: '#ffedd5' },
  abolished: { fg: '#7f1d1d', bg: '#fee2e2' },
  unknown: { fg: '#3730a3', bg: '#e0e7ff' },
  'not-yet-effective': { fg: '#713f12', bg: '#fef9c3' },
};

const BADGE_CSS = `:host{all:initial}
.b{display:inline-block;font:600 11px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;padding:0 6px;border-radius:9px;white-space:nowrap;cursor:help;border:1px solid currentColor}
${Object.entries(STATUS_COLOURS)
  .map(([status, c]) => `.s-${status}{color:${c.fg};background:${c.bg}}`)
  .join('\n')}`;

/** Whether a node is one the extension inserted (or lies inside one). */
export function isOwnNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element !== null && element.closest(`[${OWN_ATTRIBUTE}]`) !== null;
}

function normalizeForMatch(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Where a row's badge goes: in a table row, the cell that shows the name (else the first cell
 * with a link, else the last cell) — a `span` directly inside a `tr` would be invalid markup
 * that browsers move out of the table. In any other row (cards, list items), the row itself.
 */
export function badgeSlot(row: Element, name: string | null): Element {
  if (row.tagName !== 'TR') return row;
  const cells: Element[] = [];
  for (let c = row.firstElementChild; c !== null; c = c.nextElementSibling) {
    if (c.tagName === 'TD' || c.tagName === 'TH') cells.push(c);
  }
  if (cells.length === 0) return row;
  if (name) {
    // The name as read is usually the cell's text as it is: look for that first, and compare
    // normalised texts only when the page's markup wraps or spaces it differently.
    const probe = name.slice(0, 60);
    for (const cell of cells) {
      if (cell.textContent?.includes(probe)) return cell;
    }
    const wanted = normalizeForMatch(name).slice(0, 60);
    if (wanted) {
      for (const cell of cells) {
        if (normalizeForMatch(cell.textContent ?? '').includes(wanted)) return cell;
      }
    }
  }
  return cells.find((c) => c.querySelector('a') !== null) ?? cells[cells.length - 1]!;
}

/**
 * One stylesheet object shared by every badge's shadow root: parsing the badge CSS once
 * instead of once per row is most of the cost of marking 2,000 rows. DOMs without
 * constructable stylesheets (older engines, test DOMs) get a `<style>` per badge.
 */
const sharedSheets = new WeakMap<Document, CSSStyleSheet | null>();

function constructedSheet(document: Document, css: string): CSSStyleSheet | null {
  const Sheet = document.defaultView?.CSSStyleSheet;
  try {
    if (Sheet && 'replaceSync' in Sheet.prototype) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      return sheet;
    }
  } catch {
    // An engine without constructable stylesheets: the fallbacks below.
  }
  return null;
}

function badgeSheet(document: Document): CSSStyleSheet | null {
  if (!sharedSheets.has(document)) sharedSheets.set(document, constructedSheet(document, BADGE_CSS));
  return sharedSheets.get(document) ?? null;
}

/**
 * The badge hosts' own layout, the one part of a badge the portal's CSS could still reach:
 * one `!important` rule for the whole document (as strong as an inline style, and parsed
 * once), where the document allows adopted stylesheets; an inline style on each host otherwise.
 */
const HOST_CSS = 'all:initial;display:inline-block;margin:0 0 0 6px;vertical-align:middle;';
const hostRuleAdopted = new WeakSet<Document>();

function adoptHostRule(document: Document): boolean {
  if (hostRuleAdopted.has(document)) return true;
  const rule = `${BADGE_SELECTOR}{${HOST_CSS.replace(/;/g, ' !important;')}}`;
  const sheet = constructedSheet(document, rule);
  if (!sheet || !('adoptedStyleSheets' in document)) return false;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  hostRuleAdopted.add(document);
  return true;
}

interface Badge {
  host: HTMLElement;
  label: HTMLElement;
  /** The host's `style` attribute as we left it (null: none), to tell a restyled host. */
  style: string | null;
}

/** The badges we made, by host: the only way to their closed shadow roots. */
const badges = new WeakMap<Element, Badge>();
/** The badge we put in each row, by row element. */
const rowBadges = new WeakMap<Element, Badge>();
/** Hosts we removed ourselves: their removal is not the page's tampering. */
const retired = new WeakSet<Node>();
/** The status each row was last given, to tell the page's rewrite of it from ours. */
const writtenStatus = new WeakMap<Element, string>();

// The attributes a badge host may carry: any other, or another value, is the page's doing.
const HOST_ATTRIBUTES = new Set([OWN_ATTRIBUTE, 'lang', 'style']);

function createBadge(document: Document, hostStyled: boolean): Badge {
  const host = document.createElement('span');
  host.setAttribute(OWN_ATTRIBUTE, 'badge');
  if (!hostStyled) host.style.cssText = HOST_CSS;
  const root = host.attachShadow({ mode: 'closed' });
  const label = document.createElement('span');
  const sheet = badgeSheet(document);
  if (sheet && 'adoptedStyleSheets' in root) {
    root.adoptedStyleSheets = [sheet];
    root.append(label);
  } else {
    const style = document.createElement('style');
    style.textContent = BADGE_CSS;
    root.append(style, label);
  }
  const badge = { host, label, style: host.getAttribute('style') };
  badges.set(host, badge);
  return badge;
}

function setStatus(row: Element, status: string): void {
  writtenStatus.set(row, status);
  if (row.getAttribute(STATUS_ATTRIBUTE) !== status) row.setAttribute(STATUS_ATTRIBUTE, status);
}

function removeHost(host: Element): void {
  retired.add(host);
  host.remove();
}

/** Whether a badge of ours is as we left it: in its row, its host's attributes untouched. */
function untouched(badge: Badge, row: Element): boolean {
  const { host } = badge;
  if (!row.contains(host) || host.getAttribute(OWN_ATTRIBUTE) !== 'badge') return false;
  if (host.getAttribute('style') !== badge.style) return false;
  for (const name of host.getAttributeNames()) if (!HOST_ATTRIBUTES.has(name)) return false;
  return true;
}

/**
 * The row's badge, if it is one we made and the page left alone. Anything else in the row
 * that claims to be a badge (a forged or cloned host, ours restyled or with its marker
 * stripped) is removed, so the next write puts a fresh badge in.
 */
function intactBadge(row: Element): Badge | null {
  const mine = rowBadges.get(row);
  const kept = mine && untouched(mine, row) ? mine : null;
  if (mine && !kept) {
    rowBadges.delete(row);
    removeHost(mine.host);
  }
  for (const host of Array.from(row.querySelectorAll(BADGE_SELECTOR))) {
    if (host !== kept?.host) removeHost(host);
  }
  return kept;
}

function placeBadge(row: Element, name: string, badge: Badge): void {
  badgeSlot(row, name).appendChild(badge.host);
  rowBadges.set(row, badge);
}

function fillBadge({ host, label }: Badge, mark: RowMark, labels: ContentLabels): void {
  // Only what differs is written: a badge already right (put in by the audit of the rows in
  // view) must not make the browser lay its row out again.
  const className = `b s-${mark.status}`;
  const text = labels.badge(mark.status);
  const title = labels.tooltip(mark);
  // The label's language, for screen readers (the portal page may be in another).
  if (host.getAttribute('lang') !== labels.locale) host.setAttribute('lang', labels.locale);
  if (label.className !== className) label.className = className;
  if (label.textContent !== text) label.textContent = text;
  if (label.getAttribute('title') !== title) label.setAttribute('title', title);
}

/** The badge host inside a marked row, if any (one that claims to be ours, even forged). */
export function badgeOf(row: Element): HTMLElement | null {
  return row.querySelector<HTMLElement>(BADGE_SELECTOR);
}

/** The row's badge label inside its closed root (for tests), through our own reference to it. */
export function badgeLabel(row: Element): HTMLElement | null {
  const host = badgeOf(row);
  return (host && badges.get(host)?.label) ?? null;
}

/** The text of the row's badge label (for tests): its status text and tooltip. */
export function badgeContent(row: Element): { text: string; title: string; status: string } | null {
  const label = badgeLabel(row);
  if (!label) return null;
  return {
    text: label.textContent ?? '',
    title: label.getAttribute('title') ?? '',
    status: label.className.replace(/^b s-/, ''),
  };
}

/**
 * Marking costs the page mostly in rendering, not in script: each badge put into a table cell
 * makes the browser lay that cell out again, about 0.1 ms a row, so 2,000 badges at once
 * freeze a page for some 200 ms after the script is done. Marking therefore writes every
 * row's status attribute at once (attributes cost no layout), the badges of the rows in view
 * (and a screen around them) at once, and the other badges in small tasks afterwards, nearest
 * rows first, so no task holds the page for long.
 */

/** Badges written per task after the rows in view. */
const BADGES_PER_TASK = 150;
/** Rows badged at once, at most, when the screen shows very many. */
const FIRST_BADGES_MAX = 400;

interface PlannedRow {
  row: Element;
  /** The badge already in the row: the row was marked before, or its first marks are in. */
  existing: Badge | null;
  /** The name the row was read with: it tells which cell takes the badge. */
  name: string;
}

/** What marking a page will write where, prepared before the audit's answer is known. */
export interface MarkPlan {
  document: Document;
  rows: Map<number, PlannedRow>;
  /** Element indexes in the order their badges are written: the rows in view first, then outwards. */
  order: number[];
  /** How many of `order` are badged at once; the rest follow in small tasks. */
  firstCount: number;
  /** Badges made ahead (while the background audits) for the first rows. */
  made: Map<number, Badge>;
  hostStyled: boolean;
}

/**
 * The rows in view first: rows are laid out top to bottom in document order, so a binary
 * search on their boxes finds the first one in view without measuring them all. Without
 * layout (test DOMs: every box is empty) the order is the document's and all come first.
 */
function inViewOrder(
  document: Document,
  indexes: number[],
  rows: Map<number, PlannedRow>,
): [number[], number] {
  const height = document.defaultView?.innerHeight ?? 0;
  const box = (position: number) => rows.get(indexes[position]!)!.row.getBoundingClientRect();
  if (indexes.length === 0 || height <= 0 || box(0).height === 0) return [indexes, indexes.length];
  let low = 0;
  let high = indexes.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (box(middle).bottom < -height) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < indexes.length && end - low < FIRST_BADGES_MAX && box(end).top < 2 * height) end++;
  // From the first row a screen above the view, downwards; then the rows above, upwards.
  const order = [...indexes.slice(low), ...indexes.slice(0, low).reverse()];
  return [order, end - low];
}

/**
 * Marking's first half, done while the background audits: each row's existing badge,
 * the order of writing, and the badges of the first rows made (empty, not yet in the page:
 * put in now, they would make the browser lay the table out just when the answer is due).
 * `elements` are the page's row elements (the reader's `rowSelector` matches, captured when
 * the page was read), `names` the name each row was read with (to put the badge in its cell).
 */
export function prepareMarks(
  document: Document,
  elements: readonly Element[],
  names: ReadonlyMap<number, string>,
): MarkPlan {
  const hostStyled = adoptHostRule(document);
  // A page read for the first time has no badge yet (none of ours, none claiming to be): no
  // need to look in every row.
  const anyBadge = document.querySelector(BADGE_SELECTOR) !== null;
  const rows = new Map<number, PlannedRow>();
  for (const [elementIndex, name] of names) {
    const row = elements[elementIndex];
    if (!row) continue;
    const existing = anyBadge || rowBadges.has(row) ? intactBadge(row) : null;
    rows.set(elementIndex, { row, existing, name });
  }
  const [order, firstCount] = inViewOrder(
    document,
    [...rows.keys()].sort((a, b) => a - b),
    rows,
  );
  const made = new Map<number, Badge>();
  for (const elementIndex of order.slice(0, firstCount)) {
    if (!rows.get(elementIndex)!.existing) made.set(elementIndex, createBadge(document, hostStyled));
  }
  return { document, rows, order, firstCount, made, hostStyled };
}

/**
 * The first rows' marks, from the audit of just those rows (`preview-audit`): their status
 * attributes and badges, before the whole page's audit answers. `applyMarks` then writes the
 * whole page's marks, leaving these as they are where the two audits agree.
 */
export function applyFirstMarks(plan: MarkPlan, marks: readonly RowMark[], labels: ContentLabels): number {
  const first = new Set(plan.order.slice(0, plan.firstCount));
  let count = 0;
  for (const mark of marks) {
    const entry = plan.rows.get(mark.elementIndex);
    if (!entry || !first.has(mark.elementIndex)) continue;
    setStatus(entry.row, mark.status);
    const badge =
      entry.existing ?? plan.made.get(mark.elementIndex) ?? createBadge(plan.document, plan.hostStyled);
    fillBadge(badge, mark, labels);
    if (!entry.existing) {
      placeBadge(entry.row, entry.name, badge);
      entry.existing = badge;
    }
    count++;
  }
  return count;
}

/**
 * The badges still to write after the first ones, in small tasks from `start()` on (the caller
 * starts them once the first badges are on screen); cancelled by a newer read of the page.
 */
export interface PendingBadges {
  start(): void;
  done: Promise<void>;
  cancel(): void;
}

/**
 * The writes of marking, once the audit has answered: the status attribute of every marked
 * row and the badges of the first rows now, the other badges in small tasks (`rest`); rows
 * marked by an earlier read that are no longer marked rows are unmarked. `marked` counts the
 * rows marked.
 */
export function applyMarks(
  plan: MarkPlan,
  marks: readonly RowMark[],
  labels: ContentLabels,
  options: { allAtOnce?: boolean } = {},
): { marked: number; rest: PendingBadges } {
  const byElement = new Map<number, RowMark>();
  const marked = new Set<Element>();
  for (const mark of marks) {
    const entry = plan.rows.get(mark.elementIndex);
    if (!entry) continue;
    byElement.set(mark.elementIndex, mark);
    marked.add(entry.row);
  }
  const stale = Array.from(plan.document.querySelectorAll(`[${STATUS_ATTRIBUTE}]`)).filter(
    (e) => !marked.has(e),
  );
  for (const element of stale) unmark(element);
  for (const [elementIndex, mark] of byElement) {
    setStatus(plan.rows.get(elementIndex)!.row, mark.status);
  }

  const badge = (elementIndex: number) => {
    const mark = byElement.get(elementIndex);
    const entry = plan.rows.get(elementIndex);
    if (!mark || !entry) return;
    const target =
      entry.existing ?? plan.made.get(elementIndex) ?? createBadge(plan.document, plan.hostStyled);
    fillBadge(target, mark, labels);
    // The slot is looked for only now: most rows are badged later, in small tasks.
    if (!entry.existing) placeBadge(entry.row, entry.name, target);
  };
  const first = options.allAtOnce ? plan.order.length : plan.firstCount;
  for (const elementIndex of plan.order.slice(0, first)) badge(elementIndex);
  return { marked: byElement.size, rest: badgeInTasks(plan, plan.order.slice(first), badge) };
}

function badgeInTasks(
  plan: MarkPlan,
  remaining: number[],
  badge: (elementIndex: number) => void,
): PendingBadges {
  let cancelled = false;
  let started = false;
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const view = plan.document.defaultView;
  const later = (task: () => void) => (view ? view.setTimeout(task, 0) : setTimeout(task, 0));
  let next = 0;
  const step = () => {
    if (cancelled) return finish();
    const end = Math.min(next + BADGES_PER_TASK, remaining.length);
    for (; next < end; next++) badge(remaining[next]!);
    if (next < remaining.length) later(step);
    else finish();
  };
  if (remaining.length === 0) finish();
  return {
    start() {
      if (started || cancelled || remaining.length === 0) return;
      started = true;
      later(step);
    },
    done,
    cancel() {
      cancelled = true;
      finish();
    },
  };
}

/** Prepares and applies in one go, every badge at once (a caller with nothing to overlap). */
export function markRows(
  document: Document,
  elements: readonly Element[],
  marks: readonly RowMark[],
  names: ReadonlyMap<number, string>,
  labels: ContentLabels,
): number {
  return applyMarks(prepareMarks(document, elements, names), marks, labels, { allAtOnce: true }).marked;
}

function unmark(element: Element): void {
  writtenStatus.delete(element);
  element.removeAttribute(STATUS_ATTRIBUTE);
  const mine = rowBadges.get(element);
  rowBadges.delete(element);
  if (mine) removeHost(mine.host);
  for (const host of Array.from(element.querySelectorAll(BADGE_SELECTOR))) removeHost(host);
}

/** Removes every mark and badge (the page is no longer a listing, or there is no catalogue). */
export function clearMarks(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(`[${STATUS_ATTRIBUTE}]`))) unmark(element);
  for (const badge of Array.from(document.querySelectorAll(BADGE_SELECTOR))) removeHost(badge);
}

/** The attributes whose changes `tampering` needs to see (a MutationObserver's filter). */
export const WATCHED_ATTRIBUTES = [STATUS_ATTRIBUTE, OWN_ATTRIBUTE, 'style', 'class', 'hidden'];

/**
 * Whether a mutation is the page undoing our marks: a badge host removed (not by us), a host's
 * attributes changed (restyled, hidden, marker stripped), something made to claim it is a
 * badge, or a row's status attribute set to other than what we wrote. Any of these calls for
 * a fresh read: the page's current DOM, audited again, marked again.
 */
export function tampering(record: MutationRecord): boolean {
  if (record.type === 'childList') {
    for (const node of Array.from(record.removedNodes)) {
      if (retired.has(node)) continue;
      if (badges.has(node as Element)) return true;
      // A removed subtree that held one of our badges (a row or cell replaced) is a listing
      // change the caller sees anyway; an own node of another kind (the pill) is not a mark.
    }
    return false;
  }
  if (record.type !== 'attributes' || record.target.nodeType !== 1) return false;
  const target = record.target as Element;
  if (badges.has(target)) return true;
  if (record.attributeName === OWN_ATTRIBUTE) return target.getAttribute(OWN_ATTRIBUTE) === 'badge';
  if (record.attributeName === STATUS_ATTRIBUTE) {
    const current = target.getAttribute(STATUS_ATTRIBUTE);
    const written = writtenStatus.get(target);
    // Ours and still as we wrote it, or never ours and not claiming a status: nothing to redo.
    return written === undefined ? current !== null : current !== written;
  }
  return false;
}
