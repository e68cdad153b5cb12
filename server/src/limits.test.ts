import {
  type DocumentNode,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import * as documents from '../../client/src/generated/graphql.js';
import { buildSchema } from './app.js';
import { MUNICIPALITY_PAGE } from './domain/representation.js';
import { cachedOperationCost, DEFAULT_LIMITS, operationCost } from './limits.js';

// The cost estimate must let every operation of the web client through, at the largest values its controls
// can send, and refuse the shapes that took the server down.

const schema = buildSchema();

/** The largest values the client's controls send (hops 1–3, maxHops 1–6, a page of 500). */
const LARGEST: Record<string, unknown> = { hops: 3, maxHops: 6, first: 500, year: 2024 };

/** A value of an input type as the client's controls may send it: input objects with their required fields set. */
function valueFor(name: string, type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return valueFor(name, type.ofType);
  if (isListType(type)) return [valueFor(name, type.ofType)];
  if (name in LARGEST) return LARGEST[name];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(fields.map((field) => [field.name, valueFor(field.name, field.type)]));
  }
  const named = getNamedType(type);
  if (named.name === 'Date') return '2024-01-01';
  if (named.name === 'ID' || named.name === 'String') return 'municipality:froya';
  if (named.name === 'Int' || named.name === 'Long') return 1;
  if (named.name === 'Boolean') return false;
  return undefined;
}

/** Where the client always sends one value: the representation page asks for MUNICIPALITY_PAGE municipalities. */
const SENT: Record<string, Record<string, unknown>> = { RepresentationDocument: { first: MUNICIPALITY_PAGE } };

function variablesFor(document: DocumentNode, documentName = ''): Record<string, unknown> {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const variables: Record<string, unknown> = {};
  for (const definition of operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (type) variables[name] = valueFor(name, type);
  }
  return { ...variables, ...SENT[documentName] };
}

const clientDocuments = Object.entries(documents).filter(
  (entry): entry is [string, DocumentNode] =>
    entry[0].endsWith('Document') && typeof entry[1] === 'object' && entry[1] !== null && 'kind' in entry[1],
);

describe('the cost estimate', () => {
  it.each(clientDocuments)('lets the client operation %s through with room to spare', (name, document) => {
    const cost = operationCost(schema, document, variablesFor(document, name), undefined);
    expect(cost).not.toBeNull();
    expect(cost as number).toBeLessThan(DEFAULT_LIMITS.maxCost / 2);
  });

  it('multiplies list sizes through nested lists', () => {
    const nested = (depth: number): string =>
      depth === 0 ? 'id' : `relations { ${depth % 2 ? 'from' : 'to'} { ${nested(depth - 1)} } }`;
    const cost = (depth: number) =>
      operationCost(schema, parse(`{ entities(first: 200) { edges { node { ${nested(depth)} } } } }`), {}, undefined);
    expect(cost(2) as number).toBeGreaterThan(5 * (cost(1) as number));
    // The 268-byte query that exhausted the heap (one alias of it).
    expect(cost(4) as number).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it('weighs a traversal by its length and its limit', () => {
    const cost = (hops: number, limit: number) =>
      operationCost(
        schema,
        parse(`{ neighbourhood(id: "x", hops: ${hops}, limit: ${limit}) { nodes { id name } links { id } } }`),
        {},
        undefined,
      ) as number;
    expect(cost(3, 300)).toBeGreaterThan(cost(1, 300));
    expect(cost(3, 2000)).toBeGreaterThan(5 * cost(3, 300));
  });

  it('is computed once per document, yet follows the numbers a request sends', () => {
    const document = parse(
      'query Around($id: ID!, $hops: Int!, $limit: Int) { neighbourhood(id: $id, hops: $hops, limit: $limit) { nodes { id } } }',
    );
    const cost = (variables: Record<string, unknown>) => cachedOperationCost(schema, document, variables, undefined);
    const small = cost({ id: 'municipality:froya', hops: 1, limit: 300 });
    expect(small).toBe(operationCost(schema, document, { id: 'municipality:froya', hops: 1, limit: 300 }, undefined));
    // Another id costs the same (answered from the cache); more hops or a larger limit are estimated anew.
    expect(cost({ id: 'municipality:hitra', hops: 1, limit: 300 })).toBe(small);
    const deeper = cost({ id: 'municipality:hitra', hops: 3, limit: 300 }) as number;
    expect(deeper).toBeGreaterThan(small as number);
    expect(cost({ id: 'municipality:hitra', hops: 3, limit: 5000 }) as number).toBeGreaterThan(5 * deeper);
    expect(cost({ id: 'municipality:hitra', hops: 1, limit: 300 })).toBe(small);
  });

  it('prices a page of the representation matrix by its size, the whole matrix as ten municipalities', () => {
    const document = documents.RepresentationDocument;
    const cost = (variables: Record<string, unknown>) =>
      operationCost(schema, document, variables, undefined) as number;
    expect(cost({ first: 200 })).toBe(2 * cost({ first: 100 }));
    expect(cost({ first: 10 })).toBe(cost({}));
    expect(cost({ first: 200 })).toBeLessThan(DEFAULT_LIMITS.maxCost);
  });

  it('lets no invalid request excuse the next one with the same numbers from the estimate', () => {
    const document = parse(
      'query Around($id: ID!, $hops: Int!, $limit: Int) { neighbourhood(id: $id, hops: $hops, limit: $limit) { nodes { id } } }',
    );
    const huge = { hops: 4, limit: 100_000 };
    // An id that is no id: the estimate cannot be made (execution will say why) ...
    expect(cachedOperationCost(schema, document, { id: { not: 'an id' }, ...huge }, undefined)).toBeNull();
    // ... and the same numbers with a real id are still estimated, and over the limit.
    const cost = cachedOperationCost(schema, document, { id: 'municipality:froya', ...huge }, undefined);
    expect(cost).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });
});
