/**
 * The test run Stryker uses for each mutant of src/core and src/rules (`npm run mutation`): the unit,
 * fixture and property tests of the rules — not the CLI, spreadsheet, browser or build tests, which spawn
 * processes or browsers, exercise no rule logic of their own, and would make each mutant cost minutes.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Mutation runs share the cores with other work: a slow property test is not a failed one.
    testTimeout: 60_000,
    include: [
      'test/core/**/*.test.ts',
      'test/rules/**/*.test.ts',
      'test/property/**/*.test.ts',
      'test/data/**/*.test.ts',
      'test/assess.test.ts',
      'test/fixtures.test.ts',
      'test/entitlements.test.ts',
      'test/temporary-assistance.test.ts',
    ],
  },
});
