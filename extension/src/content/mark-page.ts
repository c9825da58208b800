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
  const cells = Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
  if (cells.length === 0) return row;
  if (name) {
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

function badgeSheet(document: Document): CSSStyleSheet | null {
  if (sharedSheets.has(document)) return sharedSheets.get(document) ?? null;
  let sheet: CSSStyleSheet | null = null;
  const Sheet = document.defaultView?.CSSStyleSheet;
  try {
    if (Sheet && 'replaceSync' in Sheet.prototype) {
      sheet = new Sheet();
      sheet.replaceSync(BADGE_CSS);
    }
  } catch {
    sheet = null;
  }
  sharedSheets.set(document, sheet);
  return sheet;
}

function createBadge(document: Document): { host: HTMLElement; label: HTMLElement } {
  const host = document.createElement('span');
  host.setAttribute(OWN_ATTRIBUTE, 'badge');
  // Inline style on the host: the one part of the badge the portal's CSS could still reach.
  host.style.cssText = 'all:initial;display:inline-block;margin:0 0 0 6px;vertical-align:middle;';
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

/**
 * Marks the rows: `elements` are the page's row elements (the result of the reader's
 * `rowSelector`, captured when the page was read), `marks` say what each shows, `names` give
 * the name each row was read with (to put the badge in the name cell). Rows marked by an
 * earlier read that are no longer rows are unmarked. Writes only; reads are done before.
 */
export function markRows(
  document: Document,
  elements: readonly Element[],
  marks: readonly RowMark[],
  names: ReadonlyMap<number, string>,
  labels: ContentLabels,
): number {
  // Reads first (slots, existing badges), then writes: no layout thrashing between rows.
  const plan: { row: Element; mark: RowMark; badge: HTMLElement | null; slot: Element | null }[] = [];
  // A page read for the first time has no badge yet: no need to look for one in every row.
  const anyBadge = document.querySelector(BADGE_SELECTOR) !== null;
  for (const mark of marks) {
    const row = elements[mark.elementIndex];
    if (!row) continue;
    const badge = anyBadge ? badgeOf(row) : null;
    plan.push({
      row,
      mark,
      badge,
      slot: badge ? null : badgeSlot(row, names.get(mark.elementIndex) ?? null),
    });
  }
  const marked = new Set(plan.map((p) => p.row));
  const stale = Array.from(document.querySelectorAll(`[${STATUS_ATTRIBUTE}]`)).filter((e) => !marked.has(e));

  for (const element of stale) unmark(element);
  for (const { row, mark, badge, slot } of plan) {
    row.setAttribute(STATUS_ATTRIBUTE, mark.status);
    if (badge) {
      const label = badge.shadowRoot?.querySelector('span');
      if (label) fillBadge(label, mark, labels);
    } else if (slot) {
      const created = createBadge(document);
      fillBadge(created.label, mark, labels);
      slot.appendChild(created.host);
    }
  }
  return plan.length;
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
