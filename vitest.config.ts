import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (server/src/**, seed/**); integration tests in tests/ start the real
// server over HTTP against a real database (the embedded graph, and Neo4j when NEO4J_URI is set).
export default defineConfig({
  // One graphql module for the tests and the libraries, as under Node (its CommonJS build): Vite would otherwise
  // give our code graphql's .mjs build, and schema objects would not be recognised across the two.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
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
