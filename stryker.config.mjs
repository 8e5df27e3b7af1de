// Mutation testing of the modules that guard against hostile files and forged sign-off
// (`npm run mutation`). Only these are mutated: a surviving mutant there is a guard no test notices.
// With vitest 4.1 a mutant may be reported surviving or uncovered although a test fails: apply it
// by hand and run the tests before believing it.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The pure core tests beside the modules (vitest.mutation.config.ts): fast, and they are the
  // tests that must pin the guards; electron/ tests reach them only through the edge.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: ['core/document/zip-reader.ts', 'core/document/json-scan.ts', 'core/signoff/canonical.ts', 'core/signoff/chain.ts'],
  coverageAnalysis: 'perTest',
  // The machine is shared (2 cores); `npm run mutation -- --concurrency 2` when it is idle.
  concurrency: 1,
  // Reuses results for unchanged code and tests between runs (reports/stryker-incremental.json).
  incremental: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The bar: the run fails below 90%.
  thresholds: { high: 95, low: 90, break: 90 },
  // The sandbox copies the checkout: leave out build output and local data.
  ignorePatterns: ['out', 'dist', 'release', 'test-results', 'playwright-report', '.e2e-tmp', '.host-data', 'coverage', 'reports'],
  tempDirName: '.stryker-tmp',
};
