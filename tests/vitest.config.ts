import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['integratie/**/*.test.ts', 'browser/**/*.test.ts'],
    globalSetup: ['./browser/server.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores: one test file at a time keeps timings and memory predictable.
    fileParallelism: false,
  },
});
