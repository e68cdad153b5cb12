// Mutation testing (npm run mutation; not part of npm test: it is slow). docs/testing.md has the scores per module.
// Targeted runs (name the tests out: --mutate replaces the list below), with the suites that exercise the module:
//   MUTATION_SUITES='server/src/**/*.test.ts,seed/*.test.ts' npm run mutation -- --mutate 'server/src/domain/**/*.ts,!**/*.test.ts'
// The integration suites run on the embedded graph only here: several runners share no Neo4j server.
delete process.env.NEO4J_URI;
delete process.env.REQUIRE_NEO4J;
delete process.env.REQUIRE_BROWSER;

// MUTATION_REPORT names a run's reports, so runs over different modules keep their own incremental results
// (e.g. MUTATION_REPORT=cypher writes reports/mutation/cypher.html, cypher.json, cypher-incremental.json).
const report = process.env.MUTATION_REPORT;
const file = (ext, fallback) => `reports/mutation/${report ? `${report}${ext}` : fallback}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // No @stryker-mutator/typescript-checker: it (and Stryker's tsconfig rewriting) drive TypeScript's JavaScript API,
  // which TypeScript 7 (the native compiler this project builds with) no longer has. `npm test` type-checks; a
  // mutant that would not compile runs as JavaScript here and is killed or listed like any other.
  // The tsconfig needs no rewriting in the sandbox (no `extends` or `references`), so point Stryker at none.
  tsconfigFile: 'no-tsconfig-rewrite.json',
  mutate: [
    'server/src/**/*.ts',
    'seed/*.ts',
    '!**/*.test.ts',
    '!server/src/generated/**',
    '!server/src/main.ts',
    '!seed/main.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  incrementalFile: file('-incremental.json', 'stryker-incremental.json'),
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: file('.html', 'index.html') },
  jsonReporter: { fileName: file('.json', 'mutation.json') },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 60_000,
};
