import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// For `npm run mutation` only: Stryker runs every test file of the config for a module-level
// mutant, so the config holds just the pure core tests that pin the mutated guards.
export default defineConfig({
  test: { ...base.test, include: ['core/document/**/*.test.ts', 'core/signoff/**/*.test.ts'] },
});
