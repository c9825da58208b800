import './scripts/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';

// One run covers every package; each project keeps its own environment (node, WXT's fake
// browser, happy-dom) in its own vitest.config.ts.
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'extension/vitest.config.ts',
      'console/vitest.config.ts',
      'tests/vitest.config.ts',
    ],
  },
});
