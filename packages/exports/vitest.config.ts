import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'exports', include: ['src/**/*.test.ts'], environment: 'node' },
});
