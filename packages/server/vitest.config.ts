import { defineProject } from 'vitest/config';

// API tests spawn real server processes and database tests open PGlite (a WebAssembly
// PostgreSQL): both take seconds, not milliseconds.
export default defineProject({
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
