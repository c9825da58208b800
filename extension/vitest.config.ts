import { defineProject } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WxtVitest swaps `browser` for @webext-core/fake-browser (reset before each test) and applies
// wxt.config.ts; IndexedDB comes from fake-indexeddb, imported by the tests that need it.
export default defineProject({
  plugins: [WxtVitest()],
  test: { name: 'extension', include: ['src/**/*.test.ts', 'src/**/*.test.tsx'] },
});
