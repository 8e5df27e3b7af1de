import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'e2e/host/**/*.test.ts', 'e2e/bench/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
