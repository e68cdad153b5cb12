import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (server/src/**, seed/**); integration tests in tests/ start the real
// server over HTTP against a real database (the embedded graph, and Neo4j when NEO4J_URI is set).
export default defineConfig({
  test: {
    include: ['server/src/**/*.test.ts', 'seed/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // One Neo4j server is shared by the suites that use it: run test files one at a time.
    fileParallelism: false,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    globalSetup: ['./tests/support/global-setup.ts'],
  },
});
