import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium';
import { CONSOLE_TEST_URL } from './e2e/console';

// End-to-end suites run in Debian's Chromium (Playwright's own browser download cannot work
// on these machines), against the built console (vite preview) and the built extension.
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      // Its own port, not `npm start`'s 4173: a console left running must not fail the suites.
      command: `pnpm --filter ./console exec vite preview --host 127.0.0.1 --port ${new URL(CONSOLE_TEST_URL).port} --strictPort`,
      url: CONSOLE_TEST_URL,
      reuseExistingServer: !process.env.CI,
      cwd: '..',
    },
  ],
});
