import type { ContentLabels } from './labels';
import { statusLabelKey } from './labels';
import { OWN_ATTRIBUTE, STATUS_COLOURS } from './mark-page';
import { ROW_STATUSES, type RowCounts } from './row-marks';

/**
 * The floating summary pill: counts of the page's rows by status, and a button that opens the
 * side panel. One host in a closed shadow root (the page can neither read nor restyle the
 * counts); updated in place on every read, and made again if the page removed it.
 */

/** The pills' contents by host: a closed root is reachable only through what we kept. */
const pillBodies = new WeakMap<Element, HTMLElement>();

/** The pill's content element in a document (for tests), read through our own reference. */
export function pillContent(document: Document): HTMLElement | null {
  const host = document.querySelector(`[${OWN_ATTRIBUTE}="pill"]`);
  return host ? (pillBodies.get(host) ?? null) : null;
}

/** Milliseconds spent reading the page, waiting for the audit, and marking the rows. */
export interface AuditTimings {
  /** Reading the page with its adapter. */
  readMs: number;
  /** Waiting for the background's audit of the rows in view (the whole page's, on a page that fits in view). */
  auditMs: number;
  /** Writing the marks of the rows in view once that answer is in. */
  markMs: number;
  /** Until the browser has laid those out and painted them. */
  paintMs: number;
  /** Waiting for the background's audit of the whole page (every row's status, the counts). */
  wholeAuditMs: number;
  /** From the read until the last badge (rows out of view get theirs in small tasks); null until then. */
  allBadgesMs: number | null;
}

export type PillState =
  | { kind: 'audited'; counts: RowCounts; timings?: AuditTimings }
  | { kind: 'no-catalogue' }
  | { kind: 'error'; error: string };

const PILL_CSS = `:host{all:initial}
.p{position:fixed;right:16px;bottom:16px;z-index:2147483646;display:flex;gap:8px;align-items:center;
font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111827;background:#fff;
border:1px solid #d1d5db;border-radius:999px;padding:6px 8px 6px 12px;box-shadow:0 2px 10px rgba(0,0,0,.18)}
.t{font-weight:700}
.c{display:inline-flex;gap:4px;align-items:center;padding:0 6px;border-radius:9px;font-weight:600}
button{font:inherit;border:1px solid #9ca3af;background:#f9fafb;border-radius:999px;padding:2px 10px;cursor:pointer}
button.x{border:none;background:none;padding:0 4px;color:#6b7280}
.m{max-width:340px}`;

export interface SummaryPill {
  update(state: PillState, labels: ContentLabels): void;
  remove(): void;
}

export function createSummaryPill(document: Document, onOpen: () => void): SummaryPill {
  let host: HTMLElement | null = null;
  let body: HTMLElement | null = null;
  let dismissed = false;

  const ensure = (): HTMLElement | null => {
    if (dismissed) return null;
    if (host?.isConnected && body) return body;
    host = document.createElement('div');
    host.setAttribute(OWN_ATTRIBUTE, 'pill');
    host.style.cssText = 'all:initial;';
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = PILL_CSS;
    body = document.createElement('div');
    body.className = 'p';
    body.setAttribute('role', 'status');
    root.append(style, body);
    pillBodies.set(host, body);
    (document.body ?? document.documentElement).appendChild(host);
    return body;
  };

  const button = (text: string, onClick: () => void, className = '') => {
    const b = document.createElement('button');
    b.type = 'button';
    if (className) b.className = className;
    b.textContent = text;
    b.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      onClick();
    });
    return b;
  };

  return {
    update(state, labels) {
      const target = ensure();
      if (!target) return;
      const parts: Node[] = [];
      const title = document.createElement('span');
      title.className = 't';
      title.textContent = labels.t.pill.title;
      parts.push(title);
      if (state.kind === 'audited' && state.timings) {
        const { readMs, auditMs, markMs, paintMs, wholeAuditMs, allBadgesMs } = state.timings;
        title.title = labels.t.pill.timings({ read: readMs, audit: auditMs, mark: markMs + paintMs });
        host?.setAttribute(
          'data-niemyet-timings',
          `read=${readMs};audit=${auditMs};mark=${markMs};paint=${paintMs};whole=${wholeAuditMs}${allBadgesMs === null ? '' : `;all=${allBadgesMs}`}`,
        );
      } else {
        // Timings of an earlier read would be read as this one's.
        host?.removeAttribute('data-niemyet-timings');
      }
      if (state.kind === 'audited') {
        for (const status of ROW_STATUSES) {
          const count = state.counts[status];
          if (count === 0) continue;
          const chip = document.createElement('span');
          chip.className = 'c';
          chip.dataset.status = status;
          chip.style.color = STATUS_COLOURS[status].fg;
          chip.style.background = STATUS_COLOURS[status].bg;
          chip.title = labels.t.status[statusLabelKey(status)];
          chip.textContent = `${labels.badge(status).split(' ')[0]} ${labels.n(count)}`;
          parts.push(chip);
        }
      } else {
        const message = document.createElement('span');
        message.className = 'm';
        message.textContent =
          state.kind === 'no-catalogue'
            ? labels.t.pill.noCatalogue
            : labels.t.pill.error({ error: state.error });
        parts.push(message);
      }
      parts.push(button(labels.t.pill.open, onOpen));
      parts.push(
        button(
          '×',
          () => {
            dismissed = true;
            host?.remove();
          },
          'x',
        ),
      );
      (parts.at(-1) as HTMLElement).title = labels.t.pill.hide;
      target.replaceChildren(...parts);
    },
    remove() {
      host?.remove();
      host = null;
      body = null;
    },
  };
}
