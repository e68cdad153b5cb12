import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suites Stryker runs against each mutant (stryker.config.mjs). Never the browser tests: Chromium adds minutes
// per run and covers the client, which is not mutated. MUTATION_SUITES narrows the run to some suites (globs,
// comma-separated), so that a module is measured by the suites that exercise it in reasonable time, e.g.
// MUTATION_SUITES='server/src/**/*.test.ts' for the pure domain/ code (docs/testing.md lists the runs).
const suites = process.env.MUTATION_SUITES?.split(',').filter(Boolean);

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: suites ?? base.test?.include,
    exclude: ['tests/browser/**', '**/node_modules/**'],
    reporters: ['default'],
  },
});
