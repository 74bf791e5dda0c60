import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // SQLite files and local servers per test file; two workers match the two cores here.
    pool: 'forks',
    maxWorkers: 2,
  },
});
