import { readPage } from '@niemyet/portal';
import { startBackground } from '../src/background/start-background';
import { TEST_LOOPBACK_MATCHES } from '../src/portals/national-hosts';

// Only wiring here; the logic lives in src/background/.
export default defineBackground(() => {
  startBackground({
    readPage: (document, url) => readPage(document, url),
    extraPortalMatches: import.meta.env.MODE === 'test' ? TEST_LOOPBACK_MATCHES : [],
  });
});
