import type { ContentLabels } from './labels';
import type { RowMark, RowStatus } from './row-marks';

/**
 * The DOM writes of the in-page marking: one attribute and one badge per row element, in one
 * pass. Badges live in shadow roots, so the portal's CSS cannot reach them and theirs cannot
 * reach the portal; every text goes in through `textContent`/`setAttribute`, never as markup.
 * Content scripts cannot define custom elements (`customElements` is null in Chrome's isolated
 * world), so hosts are plain `span`s carrying `data-niemyet-ui`.
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
}

function createBadge(document: Document, hostStyled: boolean): Badge {
  const host = document.createElement('span');
  host.setAttribute(OWN_ATTRIBUTE, 'badge');
  if (!hostStyled) host.style.cssText = HOST_CSS;
  const root = host.attachShadow({ mode: 'open' });
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
  return { host, label };
}

function fillBadge(label: Element, mark: RowMark, labels: ContentLabels): void {
  label.className = `b s-${mark.status}`;
  label.textContent = labels.badge(mark.status);
  label.setAttribute('title', labels.tooltip(mark));
}

/** The badge inside a marked row, if any. */
export function badgeOf(row: Element): HTMLElement | null {
  return row.querySelector<HTMLElement>(BADGE_SELECTOR);
}

/** The text of the badge label (for tests): its status text and tooltip. */
export function badgeContent(row: Element): { text: string; title: string; status: string } | null {
  const label = badgeOf(row)?.shadowRoot?.querySelector('span');
  if (!label) return null;
  return {
    text: label.textContent ?? '',
    title: label.getAttribute('title') ?? '',
    status: label.className.replace(/^b s-/, ''),
  };
}

/** What marking a page will write where, prepared before the audit's answer is known. */
export interface MarkPlan {
  document: Document;
  /** By element index: the row, its badge (already on the page, or made and not yet placed), its slot. */
  rows: Map<number, { row: Element; badge: Badge; placed: boolean; slot: Element }>;
}

/**
 * The reads and the badge-making of marking, done while the background audits: finds each
 * row's slot and existing badge, and makes the missing badges (empty, not yet in the page).
 * `elements` are the page's row elements (the reader's `rowSelector` matches, captured when
 * the page was read), `names` the name each row was read with (to put the badge in its cell).
 */
export function prepareMarks(
  document: Document,
  elements: readonly Element[],
  names: ReadonlyMap<number, string>,
): MarkPlan {
  const hostStyled = adoptHostRule(document);
  // A page read for the first time has no badge yet: no need to look for one in every row.
  const anyBadge = document.querySelector(BADGE_SELECTOR) !== null;
  const rows: MarkPlan['rows'] = new Map();
  for (const [elementIndex, name] of names) {
    const row = elements[elementIndex];
    if (!row) continue;
    const existing = anyBadge ? badgeOf(row) : null;
    const label = existing?.shadowRoot?.querySelector('span');
    const badge = existing && label ? { host: existing, label } : createBadge(document, hostStyled);
    const placed = badge.host === existing;
    rows.set(elementIndex, { row, badge, placed, slot: placed ? row : badgeSlot(row, name) });
  }
  return { document, rows };
}

/**
 * The writes of marking, once the audit has answered: the status attribute and badge of each
 * marked row; rows marked by an earlier read that are no longer marked rows are unmarked.
 * Returns how many rows were marked.
 */
export function applyMarks(plan: MarkPlan, marks: readonly RowMark[], labels: ContentLabels): number {
  const marked = new Set<Element>();
  for (const mark of marks) {
    const entry = plan.rows.get(mark.elementIndex);
    if (entry) marked.add(entry.row);
  }
  const stale = Array.from(plan.document.querySelectorAll(`[${STATUS_ATTRIBUTE}]`)).filter(
    (e) => !marked.has(e),
  );
  for (const element of stale) unmark(element);
  let count = 0;
  for (const mark of marks) {
    const entry = plan.rows.get(mark.elementIndex);
    if (!entry) continue;
    entry.row.setAttribute(STATUS_ATTRIBUTE, mark.status);
    fillBadge(entry.badge.label, mark, labels);
    if (!entry.placed) entry.slot.appendChild(entry.badge.host);
    count++;
  }
  return count;
}

/** Prepares and applies in one go (a caller with nothing to overlap the preparation with). */
export function markRows(
  document: Document,
  elements: readonly Element[],
  marks: readonly RowMark[],
  names: ReadonlyMap<number, string>,
  labels: ContentLabels,
): number {
  return applyMarks(prepareMarks(document, elements, names), marks, labels);
}

function unmark(element: Element): void {
  element.removeAttribute(STATUS_ATTRIBUTE);
  badgeOf(element)?.remove();
}

/** Removes every mark and badge (the page is no longer a listing, or there is no catalogue). */
export function clearMarks(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(`[${STATUS_ATTRIBUTE}]`))) unmark(element);
  for (const badge of Array.from(document.querySelectorAll(BADGE_SELECTOR))) badge.remove();
}
