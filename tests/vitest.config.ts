import { defineProject } from 'vitest/config';

// Node-side integration tests: the CLI run as a process, the portal simulator over HTTP.
export default defineProject({
  test: {
    name: 'integration',
    include: ['**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
  },
});
