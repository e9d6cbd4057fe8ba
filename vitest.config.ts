import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit tests: pure core in plain Node; DOM-level tests opt in with `// @vitest-environment happy-dom`.
export default defineConfig({
  resolve: {
    alias: {
      // webextension-polyfill throws outside an extension: tests get the in-memory stub.
      'webextension-polyfill': fileURLToPath(
        new URL('./tests/unit/browser-stub.ts', import.meta.url),
      ),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Core takes its data (built-in dictionary, summary model) from whoever runs it: here, from the sources.
    setupFiles: ['tests/unit/setup-core-data.ts'],
    pool: 'forks',
    // A timeout catches a test that hangs; it is not a speed check (speed is measured by npm run bench). The property
    // tests walk thousands of generated strings and take seconds on a loaded two-core machine.
    testTimeout: 60_000,
  },
});
