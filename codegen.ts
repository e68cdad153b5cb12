import { readdirSync, readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { buildSchema, isInterfaceType, isObjectType } from 'graphql';

// One source of truth: the SDL in schema/. Generated from it: the schema's enums as constants (the vocabulary is
// built on them, server/src/domain/vocabulary.ts), resolver signatures that receive our own row types, and the
// client's typed documents from every graphql() call in client/src.

const sdl = readdirSync('schema')
  .filter((name) => name.endsWith('.graphql'))
  .map((name) => readFileSync(`schema/${name}`, 'utf8'))
  .join('\n');
const schema = buildSchema(sdl);
const ROWS = 'server/src/data/rows.ts';
const rowTypes = new Set(
  [...readFileSync(ROWS, 'utf8').matchAll(/^export (?:interface|type) (\w+)Row\b/gm)].map((match) => match[1]),
);

// Mappers, derived: every type that implements Entity receives an EntityRow; every other type X (or interface)
// receives XRow when data/rows.ts exports one. Nothing is listed by hand.
const entityTypes = Object.values(schema.getTypeMap()).filter(
  (type) => isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Entity'),
);
const mappers: Record<string, string> = Object.fromEntries([
  ...Object.values(schema.getTypeMap())
    .filter((type) => (isObjectType(type) || isInterfaceType(type)) && rowTypes.has(type.name))
    .map((type) => [type.name, `../data/rows.js#${type.name}Row`]),
  ...entityTypes.map((type) => [type.name, '../data/rows.js#EntityRow']),
]);

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  emitLegacyCommonJSImports: false,
  generates: {
    'server/src/generated/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsConst: true, namingConvention: { enumValues: 'keep' } },
    },
    'server/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context.js#Context',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', Long: 'number' },
        mappers,
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
