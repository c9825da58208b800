import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * Which page the side panel shows. Opened next to a tab it follows the active tab (tab
 * switches, navigations, AJAX paging that changes the URL). Opened as a page it can be told:
 * `sidepanel.html?url=<page URL>`, `?tab=<tab id>` or `?audit=<audit id>`; without any and
 * without a portal tab it falls back to the latest audit.
 */
export type PanelTarget =
  | { kind: 'resolving' }
  | { kind: 'audit'; auditId: string }
  /** `url` null: no page (the panel is itself the active tab, or the tab's URL is hidden). */
  | { kind: 'page'; url: string | null; tabId: number | null };

function httpUrl(url: string | undefined | null): string | null {
  return url && /^https?:/.test(url) ? url : null;
}

export function parseTargetParams(search: string): {
  url: string | null;
  tab: number | null;
  audit: string | null;
} {
  const params = new URLSearchParams(search);
  const tab = Number(params.get('tab'));
  return {
    url: httpUrl(params.get('url')),
    tab: Number.isInteger(tab) && tab > 0 ? tab : null,
    audit: params.get('audit') || null,
  };
}

export function usePanelTarget(search: string): [PanelTarget, (target: PanelTarget | null) => void] {
  const [target, setTarget] = useState<PanelTarget>({ kind: 'resolving' });
  const [pinned, setPinned] = useState<PanelTarget | null>(null);

  useEffect(() => {
    if (pinned) {
      setTarget(pinned);
      return;
    }
    const params = parseTargetParams(search);
    if (params.audit) {
      setTarget({ kind: 'audit', auditId: params.audit });
      return;
    }
    if (params.url) {
      setTarget({ kind: 'page', url: params.url, tabId: null });
      return;
    }
    let live = true;
    const resolve = async () => {
      try {
        const tab = params.tab
          ? await browser.tabs.get(params.tab)
          : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
        if (live) setTarget({ kind: 'page', url: httpUrl(tab?.url), tabId: tab?.id ?? null });
      } catch {
        if (live) setTarget({ kind: 'page', url: null, tabId: null });
      }
    };
    void resolve();
    const onActivated = () => {
      if (!params.tab) void resolve();
    };
    const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
      if (change.url === undefined && change.status !== 'complete') return;
      if (params.tab ? tabId === params.tab : true) void resolve();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [search, pinned]);

  return [target, (next) => setPinned(next)];
}
