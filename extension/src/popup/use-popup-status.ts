import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { CommandResponse } from '../messaging/protocol';
import { sendCommand } from '../messaging/send-command';

export type PopupStatus =
  | { kind: 'loading' }
  | { kind: 'error'; error: string }
  | { kind: 'ready'; status: CommandResponse<'get-status'>; tabId: number | undefined; hiddenUrl: boolean };

/** The active tab and what the background knows about it and about the catalogue. */
export function usePopupStatus(): PopupStatus {
  const [state, setState] = useState<PopupStatus>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
      // Without host access to a page, the tab's URL is hidden: it is not a portal we read.
      const url = tab?.url ?? null;
      const result = await sendCommand('get-status', { url });
      if (!live) return;
      setState(
        result.ok
          ? {
              kind: 'ready',
              status: result.value,
              tabId: tab?.id,
              hiddenUrl: tab !== undefined && url === null,
            }
          : { kind: 'error', error: result.error },
      );
    })();
    return () => {
      live = false;
    };
  }, []);
  return state;
}
