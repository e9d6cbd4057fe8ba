import { defineConfig } from 'vitest/config';

// End-to-end tests in real Chromium and Firefox ESR against the built extension (npm run build first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    // 2-core machines: one browser at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
