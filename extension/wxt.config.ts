import { defineConfig } from 'wxt';
import { utf8SafeBundle } from './src/build/utf8-safe-bundle';
import { NATIONAL_PORTAL_MATCHES, TEST_LOOPBACK_MATCHES } from './src/portals/national-hosts';

// Minimal permissions (listed with reasons in the README):
// - storage: settings (versioned storage items) and per-session page states;
// - alarms: polling the catalogue URL, and waking the worker while a pull runs;
// - sidePanel: the audit panel next to the portal page (Chromium; Firefox gets a tab instead);
// - scripting: registering the content script on provincial portals the user adds.
// Host access up front is the national portal only; provincial portals are granted at run time
// (optional host permissions). The `test` mode adds loopback so the Playwright suites and the
// portal simulator need no permission prompt.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Content scripts must be "UTF-8" by Chrome's strict check: see utf8-safe-bundle.ts.
  vite: () => ({ plugins: [utf8SafeBundle()] }),
  manifest: ({ mode, browser, manifestVersion }) => ({
    name: 'Niêm yết',
    description: 'Đối chiếu thủ tục hành chính niêm yết trên cổng dịch vụ công với danh mục đã rà soát.',
    default_locale: undefined,
    // Firefox wants an id, and a statement of data collection: none — audits stay on the machine.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'niemyet@niemyet.vn', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
    permissions: ['storage', 'alarms', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [...NATIONAL_PORTAL_MATCHES, ...(mode === 'test' ? TEST_LOOPBACK_MATCHES : [])],
    // Firefox's default build is MV2, where run-time host access is an optional permission.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
  }),
});
