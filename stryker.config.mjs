// Mutation testing of the exact-money core and the rules (`npm run mutation`).
// The machines have 2 cores shared with other work: keep concurrency low; incremental mode reuses the
// results of mutants whose code and tests did not change since the last run (reports/stryker-incremental.json).
// A single file: `npx stryker run --mutate src/rules/dibao-standard.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  mutate: ['src/core/**/*.ts', 'src/rules/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // Module-level constants are run once per process; mutating them costs a full test run each.
  ignoreStatic: true,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  // Not copied into the sandbox: build output, reports, scratch space and other runs' sandboxes.
  ignorePatterns: ['/.stryker-tmp*', '/.tmp', '/dist', '/coverage', '/reports', '/bench'],
  cleanTempDir: true,
};
