import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium';
import { CONSOLE_TEST_URL, E2E_PASSWORD } from './e2e/console';

// End-to-end suites run in Debian's Chromium (Playwright's own browser download cannot work
// on these machines), against the team server serving the built console, and the built extension.
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // Waits, not budgets (those are in the benchmarks): on two loaded cores a 1.640-entry import
  // or a 20,000-row catalogue can take longer than Playwright's default 5 s to show.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      // A fresh server with a fresh database on its own port (see e2e/serve-e2e.sh).
      command: 'bash tests/e2e/serve-e2e.sh',
      url: `${CONSOLE_TEST_URL}/api/health`,
      env: { NIEMYET_E2E_PASSWORD: E2E_PASSWORD },
      reuseExistingServer: false,
      timeout: 120_000,
      cwd: '..',
    },
  ],
});
