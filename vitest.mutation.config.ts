// The domain tests alone, for mutation testing (stryker.config.mjs): pure TypeScript,
// so they run in Node without a DOM.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/domain/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
