import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'e2e/host/**/*.test.ts', 'e2e/bench/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    // Tests write real files, DOCX and ZIPs: on a busy 2-core CI machine the 5 s default timed out a
    // passing test. Speed is proven by `npm run bench`, not by unit-test timeouts.
    testTimeout: 30_000,
  },
});
