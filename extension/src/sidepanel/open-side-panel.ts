import { browser } from 'wxt/browser';

/** The side panel's page (WXT builds `entrypoints/sidepanel/` to `sidepanel.html`). */
export const SIDE_PANEL_PATH = '/sidepanel.html';

interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

function sidePanelApi(): SidePanelApi | null {
  const api = (browser as unknown as { sidePanel?: Partial<SidePanelApi> }).sidePanel;
  return typeof api?.open === 'function' ? (api as SidePanelApi) : null;
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
  if (api && (target.tabId !== undefined || target.windowId !== undefined)) {
    try {
      await api.open(target.tabId !== undefined ? { tabId: target.tabId } : { windowId: target.windowId });
      return 'side-panel';
    } catch {
      // e.g. "may only be called in response to a user gesture": fall through to a tab.
    }
  }
  const getUrl = browser.runtime.getURL as (path: string) => string;
  await browser.tabs.create({ url: getUrl(SIDE_PANEL_PATH) });
  return 'tab';
}
