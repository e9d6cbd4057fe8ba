import { defineConfig } from 'vitest/config';

// Budget checks on the built extension (npm run build first; DEDOC_OUT names the build folder): sizes and
// contents of what every page loads. npm test runs them right after the build.
export default defineConfig({
  test: {
    include: ['tests/budget/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
  },
});
