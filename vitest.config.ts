import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Coverage runs only with `--coverage` (`.ci/run` passes it); `npm test` alone stays a plain run.
    coverage: {
      provider: 'v8',
      include: ['src/core/**/*.ts', 'src/rules/**/*.ts'],
      reporter: ['text-summary', 'text', 'json-summary'],
      reportsDirectory: 'coverage',
    },
  },
});
