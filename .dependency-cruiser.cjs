// Imports point one way (docs/architecture.md): run by `npm test` (npm run deps). Type-only imports count too.
//   domain     imports nothing of ours (only the schema's generated enums)
//   graph      owns Statement and the port; imports only domain
//   cypher     imports domain and graph's statement/port types
//   data       imports cypher, graph, domain
//   resolvers, exports  import data and domain (and errors, context, generated), never cypher or graph
//   ask        (questions, docs/ask.md) imports data and domain, never cypher, graph or resolvers
//   auth       (sign-in, sessions, the @auth check) imports data, domain, errors: never cypher or graph
//   client     imports its generated types and at most server/src/domain: checked by Biome (biome.json,
//              noRestrictedImports), since swc, the parser used here, reads no JSX
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-nothing-of-ours',
      comment: 'domain/ is pure: server, seed and client share it, so it may not reach into any other layer.',
      severity: 'error',
      from: { path: '^server/src/domain/' },
      to: {
        path: '^(server|seed|client|tests|bench)/',
        pathNot: ['^server/src/domain/', '^server/src/generated/enums\\.ts$'],
      },
    },
    {
      name: 'graph-imports-only-domain',
      comment: 'The storage port and its adapters know statements and values, nothing above them.',
      severity: 'error',
      from: { path: '^server/src/graph/' },
      // open.ts picks the adapter from the validated storage settings (a type of config.ts).
      to: {
        path: '^(server|seed|client)/',
        pathNot: ['^server/src/graph/', '^server/src/domain/', '^server/src/config\\.ts$'],
      },
    },
    {
      name: 'cypher-imports-domain-and-graph-types',
      comment: 'Statements are built from the vocabulary and declared through graph/statement.ts.',
      severity: 'error',
      from: { path: '^server/src/cypher/' },
      to: {
        path: '^(server|seed|client)/',
        pathNot: [
          '^server/src/cypher/',
          '^server/src/domain/',
          '^server/src/graph/(statement|store)\\.ts$',
          '^server/src/generated/enums\\.ts$',
        ],
      },
    },
    {
      name: 'data-imports-cypher-graph-domain',
      comment: 'The data layer sits under the resolvers and exports, never beside or above them.',
      severity: 'error',
      from: { path: '^server/src/data/' },
      to: {
        path: '^(server|seed|client)/',
        pathNot: ['^server/src/(data|cypher|graph|domain)/', '^server/src/generated/enums\\.ts$'],
      },
    },
    {
      name: 'resolvers-and-exports-never-cypher-or-graph',
      comment: 'Resolvers and downloads speak in rows from the data layer, never in statements or the store.',
      severity: 'error',
      from: { path: '^server/src/(resolvers|exports)/' },
      to: { path: '^server/src/(cypher|graph)/' },
    },
    {
      name: 'ask-never-cypher-or-graph',
      comment: 'The question parser and its answers read through the data layer, as the resolvers do (docs/ask.md).',
      severity: 'error',
      from: { path: '^server/src/ask/' },
      to: { path: '^server/src/(cypher|graph|resolvers)/' },
    },
    {
      name: 'auth-never-cypher-or-graph',
      comment: 'Sign-in reads and writes users, sessions and tokens through the data layer (data/auth.ts).',
      severity: 'error',
      from: { path: '^server/src/auth/' },
      to: { path: '^server/src/(cypher|graph)/' },
    },
    {
      name: 'no-production-module-uses-test-statements',
      comment: 'cypher/testing.ts empties the graph: tests only.',
      severity: 'error',
      from: { path: '^(server|seed|bench)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^server/src/cypher/testing\\.ts$' },
    },
  ],
  options: {
    // The client is checked by Biome (noRestrictedImports); unit tests that import client modules stop there.
    doNotFollow: { path: ['node_modules', '^client/'] },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    // TypeScript 7 (native) has no JS API for dependency-cruiser to parse with; swc parses the sources instead.
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
