import { browser } from 'wxt/browser';

/** The side panel's page (WXT builds `entrypoints/sidepanel/` to `sidepanel.html`). */
export const SIDE_PANEL_PATH = '/sidepanel.html';

type SidePanelApi = typeof browser.sidePanel;

/** Chrome's `sidePanel`, typed as always there; Firefox and old Chrome have none: look first. */
function sidePanelApi(): SidePanelApi | null {
  const api: SidePanelApi | undefined = browser.sidePanel;
  return typeof api?.open === 'function' ? api : null;
}

/**
 * Opens the side panel next to a tab (Chrome's `sidePanel`); where there is none (Firefox,
 * old Chrome) or it refuses, opens the same page in a tab. Call it from a user action.
 */
export async function openSidePanel(target: {
  tabId?: number;
  windowId?: number;
}): Promise<'side-panel' | 'tab'> {
  const api = sidePanelApi();
  const options =
    target.tabId !== undefined
      ? { tabId: target.tabId }
      : target.windowId !== undefined
        ? { windowId: target.windowId }
        : null;
  if (api && options) {
    try {
      await api.open(options);
      return 'side-panel';
    } catch {
      // e.g. "may only be called in response to a user gesture": fall through to a tab.
    }
  }
  const getUrl = browser.runtime.getURL as (path: string) => string;
  await browser.tabs.create({ url: getUrl(SIDE_PANEL_PATH) });
  return 'tab';
}
