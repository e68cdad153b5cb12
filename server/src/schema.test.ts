import { buildSchema, type GraphQLEnumType, getNamedType, isLeafType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ENTITY_KINDS,
  KINDS,
  RELATION_ENDS,
  RELATION_TYPES,
  ROLE_HELD_IN,
  ROLE_LINK_TYPES,
  ROLE_ON_BEHALF_OF,
} from './domain/vocabulary.js';
import { loadTypeDefs } from './schema.js';

// The vocabulary table (domain/vocabulary.ts) and the schema (schema/*.graphql) must say the same: a kind, a type
// or a field added to one and not the other fails here.

const schema = buildSchema(loadTypeDefs().join('\n'));
const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);

describe('the vocabulary', () => {
  it("lists exactly the schema's entity kinds and relation types", () => {
    expect([...ENTITY_KINDS].sort()).toEqual(enumValues('EntityKind').sort());
    expect([...RELATION_TYPES].sort()).toEqual(enumValues('RelationType').sort());
    expect([...RELATION_TYPES, ...ROLE_LINK_TYPES].sort()).toEqual(enumValues('LinkType').sort());
  });

  it('names, for every kind, a GraphQL type that implements Entity, and every such type has a kind', () => {
    const entityTypes = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && type.getInterfaces().some((face) => face.name === 'Entity'))
      .map((type) => type.name)
      .sort();
    expect(ENTITY_KINDS.map((kind) => KINDS[kind].typename).sort()).toEqual(entityTypes);
  });

  // Scalar fields a resolver computes from other facts, never stored (Grant.partsTotalNok sums the parts' amounts).
  // Organization.roleCount and parentCount count its roles and parent bodies (bodyCounts).
  const DERIVED: Record<string, string[]> = {
    Grant: ['partsTotalNok'],
    Organization: ['roleCount', 'parentCount'],
    Document: ['text', 'pageStarts', 'openProposals', 'proposalsComplete', 'reviewableEdits'],
  };
  // Stored as an id, shown as the object it names.
  const REFERENCES: Record<string, string[]> = { Document: ['uploadedBy'] };
  it("lists each kind's own stored fields exactly as its GraphQL type has them", () => {
    const common = new Set(Object.keys(schemaFields('Entity')));
    for (const kind of ENTITY_KINDS) {
      const own = Object.entries(schemaFields(KINDS[kind].typename))
        .filter(
          ([name, leaf]) =>
            (leaf || (REFERENCES[KINDS[kind].typename] ?? []).includes(name)) &&
            !common.has(name) &&
            !(DERIVED[KINDS[kind].typename] ?? []).includes(name),
        )
        .map(([name]) => name)
        .sort();
      expect(Object.keys(KINDS[kind].fields).sort(), kind).toEqual(own);
    }
  });

  it('joins and seats only kinds it knows', () => {
    const known = new Set(ENTITY_KINDS);
    for (const ends of Object.values(RELATION_ENDS)) {
      for (const kind of [...ends.from, ...ends.to]) expect(known.has(kind)).toBe(true);
    }
    for (const kind of [...ROLE_HELD_IN, ...ROLE_ON_BEHALF_OF]) expect(known.has(kind)).toBe(true);
  });
});

/** The fields of a type without arguments, and whether each is a scalar or enum (stored) rather than a link. */
function schemaFields(typename: string): Record<string, boolean> {
  const type = schema.getType(typename);
  if (!type || !('getFields' in type)) throw new Error(`${typename} is not in the schema`);
  return Object.fromEntries(
    Object.values(type.getFields())
      .filter((field) => !('args' in field) || field.args.length === 0)
      .map((field) => [field.name, isLeafType(getNamedType(field.type))]),
  );
}
