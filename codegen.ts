import type { CodegenConfig } from '@graphql-codegen/cli';

// One source of truth: the SDL in schema/. The server gets resolver signatures that receive our own row
// types (mappers); the client gets typed documents from every graphql() call in client/src.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  emitLegacyCommonJSImports: false,
  generates: {
    'server/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context.js#Context',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', Long: 'number' },
        mappers: {
          Entity: '../graph/rows.js#EntityRow',
          Municipality: '../graph/rows.js#EntityRow',
          Person: '../graph/rows.js#EntityRow',
          Organization: '../graph/rows.js#EntityRow',
          Project: '../graph/rows.js#EntityRow',
          University: '../graph/rows.js#EntityRow',
          Funder: '../graph/rows.js#EntityRow',
          Grant: '../graph/rows.js#EntityRow',
          Meeting: '../graph/rows.js#EntityRow',
          Case: '../graph/rows.js#EntityRow',
          Document: '../graph/rows.js#EntityRow',
          Node: '../graph/rows.js#NodeRow',
          Role: '../graph/rows.js#RoleRow',
          Relation: '../graph/rows.js#RelationRow',
          Citation: '../graph/rows.js#CitationRow',
          SearchHit: '../graph/rows.js#SearchHitRow',
          EntityConnection: '../graph/rows.js#EntityConnectionRow',
          EntityEdge: '../graph/rows.js#EntityEdgeRow',
          Link: '../graph/rows.js#LinkRow',
          Subgraph: '../graph/rows.js#SubgraphRow',
          Path: '../graph/rows.js#PathRow',
          RepresentationMatrix: '../graph/rows.js#RepresentationMatrixRow',
          RepresentationCell: '../graph/rows.js#RepresentationCellRow',
          FundingReport: '../graph/rows.js#FundingReportRow',
          FundingTotal: '../graph/rows.js#FundingTotalRow',
          RoleCount: '../graph/rows.js#RoleCountRow',
          Collaboration: '../graph/rows.js#CollaborationRow',
          Change: '../graph/rows.js#ChangeRow',
          ChangesReport: '../graph/rows.js#ChangesReportRow',
          CommonGround: '../graph/rows.js#CommonGroundRow',
          SharedNeighbour: '../graph/rows.js#SharedNeighbourRow',
          RoleConnection: '../graph/rows.js#RoleConnectionRow',
          GrantConnection: '../graph/rows.js#GrantConnectionRow',
        },
      },
    },
    'client/src/generated/': {
      documents: ['client/src/**/*.tsx', 'client/src/**/*.ts', '!client/src/generated/**'],
      preset: 'client',
      // Enums as const objects, so the client derives its kind order and styles from the schema's own lists;
      // fragment masking, so a component sees only the fields its own fragment asks for.
      config: { enumType: 'const', useTypeImports: true, scalars: { Date: 'string', Long: 'number' } },
      presetConfig: { fragmentMasking: true },
    },
  },
};

export default config;
