// Mutation testing of the exact-money core and the rules (`npm run mutation`).
// The machines have 2 cores shared with other work: keep concurrency low; incremental mode reuses the
// results of mutants whose code and tests did not change since the last run (reports/stryker-incremental.json).
// A single file: `npx stryker run --mutate src/rules/dibao-standard.ts`.
// A named part keeps its own incremental file, JSON report and sandbox, so parts run one after another (or
// side by side) never overwrite each other's results: `STRYKER_PART=classification npx stryker run --mutate
// src/rules/classification.ts --concurrency 1` writes reports/stryker-classification.incremental.json and
// reports/mutation/classification.json; `node scripts/mutation-score.mjs` combines the parts' reports.
const part = process.env.STRYKER_PART;
const name = part ? `-${part}` : '';
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  mutate: ['src/core/**/*.ts', 'src/rules/**/*.ts'],
  coverageAnalysis: 'perTest',
  // 2 cores shared with other engineers' work: one test-runner process.
  concurrency: 1,
  incremental: true,
  incrementalFile: part ? `reports/stryker-${part}.incremental.json` : 'reports/stryker-incremental.json',
  // Module-level constants are run once per process; mutating them costs a full test run each.
  ignoreStatic: true,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: part ? `reports/mutation/${part}.html` : 'reports/mutation/index.html' },
  jsonReporter: { fileName: part ? `reports/mutation/${part}.json` : 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: `.stryker-tmp${name}`,
  // Not copied into the sandbox: build output, reports, scratch space and other runs' sandboxes.
  ignorePatterns: ['/.stryker-tmp*', '/.tmp', '/dist', '/coverage', '/reports', '/bench'],
  cleanTempDir: true,
};
