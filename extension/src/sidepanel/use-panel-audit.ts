import type { StoredAudit } from '@niemyet/db';
import { useCallback, useEffect, useState } from 'react';
import { onExtensionEvent } from '../messaging/events';
import type { CommandResponse } from '../messaging/protocol';
import { sendCommand } from '../messaging/send-command';
import type { PanelTarget } from './use-panel-target';

type Status = CommandResponse<'get-status'>;
type Note = CommandResponse<'record-finding-note'>;

/** Everything the page view shows: never a blank — each case has a state. */
export type PanelAudit =
  | { kind: 'loading' }
  | { kind: 'error'; error: string }
  | {
      kind: 'ready';
      status: Status;
      /** The audit shown (the page's latest, the one asked for, or the latest of all). */
      audit: StoredAudit | null;
      /** True when the audit is the latest of all, not the page's (no page to follow). */
      fallback: boolean;
      notes: Note[];
    };

async function loadFor(target: PanelTarget): Promise<PanelAudit> {
  if (target.kind === 'resolving') return { kind: 'loading' };
  const url = target.kind === 'page' ? target.url : null;
  const status = await sendCommand('get-status', { url });
  if (!status.ok) return { kind: 'error', error: status.error };
  let audit: StoredAudit | null = null;
  let fallback = false;
  if (target.kind === 'audit') {
    const found = await sendCommand('get-audit', { id: target.auditId });
    if (!found.ok) return { kind: 'error', error: found.error };
    audit = found.value as StoredAudit | null;
  } else if (url) {
    const found = await sendCommand('latest-audit', { url });
    if (!found.ok) return { kind: 'error', error: found.error };
    audit = found.value as StoredAudit | null;
  } else {
    const headers = await sendCommand('list-audits', { limit: 1 });
    if (!headers.ok) return { kind: 'error', error: headers.error };
    const latest = headers.value[0];
    if (latest) {
      const found = await sendCommand('get-audit', { id: latest.id });
      if (found.ok) audit = found.value as StoredAudit | null;
      fallback = audit !== null;
    }
  }
  let notes: Note[] = [];
  if (audit) {
    const listed = await sendCommand('list-finding-notes', { auditId: audit.id });
    if (listed.ok) notes = listed.value;
  }
  return { kind: 'ready', status: status.value, audit, fallback, notes };
}

export function usePanelAudit(target: PanelTarget): { state: PanelAudit; reload: () => void } {
  const [state, setState] = useState<PanelAudit>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    const _reloads = version; // Reloading is asking again for the same target.
    void (async () => {
      const next = await loadFor(target).catch((error: unknown) => ({
        kind: 'error' as const,
        error: error instanceof Error ? error.message : String(error),
      }));
      if (live) setState(next);
    })();
    return () => {
      live = false;
    };
  }, [target, version]);

  useEffect(
    () =>
      onExtensionEvent((event) => {
        if (event.event === 'catalogue-changed') reload();
        if (event.event === 'audit-saved') {
          const url = target.kind === 'page' ? target.url : null;
          if (target.kind === 'page' && (url === null || event.tabUrl === url)) reload();
        }
      }),
    [target, reload],
  );

  return { state, reload };
}
