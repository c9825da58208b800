import { readPage } from '@niemyet/portal';
import { PageAuditor } from '../src/content/page-auditor';
import { sendCommand } from '../src/messaging/send-command';
import { NATIONAL_PORTAL_MATCHES, TEST_LOOPBACK_MATCHES } from '../src/portals/national-hosts';
import { readSetting } from '../src/settings/setting';
import { localeSetting } from '../src/settings/settings';

// Only wiring here; the logic lives in src/content/. Provincial portals get this same file
// registered at run time (src/portals/provincial-portals.ts); loopback only in the test build.
export default defineContentScript({
  matches: [...NATIONAL_PORTAL_MATCHES, ...(import.meta.env.MODE === 'test' ? TEST_LOOPBACK_MATCHES : [])],
  runAt: 'document_idle',
  main(ctx) {
    const auditor = new PageAuditor({
      document,
      url: () => location.href,
      readPage: (doc, url) => readPage(doc, url),
      send: sendCommand,
      locale: () => readSetting(localeSetting),
    });
    void auditor.start();
    ctx.onInvalidated(() => auditor.stop());
  },
});
