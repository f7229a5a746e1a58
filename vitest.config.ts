import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One fast-check seed per test file, from FC_SEED when set, printed on failure (test/setup/fast-check-seed.ts).
    setupFiles: ['test/setup/fast-check-seed.ts'],
    environment: 'node',
    // Property tests run thousands of generated cases; under coverage on a shared 2-core machine they can take
    // longer than vitest's 5 s default. Speed is measured by `npm run bench`, never by a unit-test timeout.
    testTimeout: 60_000,
    // Coverage runs only with `--coverage` (`.ci/run` passes it); `npm test` alone stays a plain run.
    coverage: {
      provider: 'v8',
      include: ['src/core/**/*.ts', 'src/rules/**/*.ts'],
      reporter: ['text-summary', 'text', 'json-summary', 'json'],
      reportsDirectory: 'coverage',
      reportOnFailure: true,
      // Issue 5: ≥ 95% of lines and branches, over src/core and over src/rules (each glob as a whole).
      thresholds: {
        'src/core/**/*.ts': { lines: 95, branches: 95 },
        'src/rules/**/*.ts': { lines: 95, branches: 95 },
      },
    },
  },
});
