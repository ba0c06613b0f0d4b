import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // One temporary folder per run, removed after it; a test that writes into the project fails the run.
    globalSetup: ['suites/test-workspace.ts'],
  },
});
