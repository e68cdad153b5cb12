import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suites Stryker runs against each mutant: everything but the browser tests (Chromium adds minutes per run and
// covers the client, which is not mutated).
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['tests/browser/**', '**/node_modules/**'],
      reporters: ['default'],
    },
  }),
);
