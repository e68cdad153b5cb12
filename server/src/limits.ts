import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type TypeNode,
  type ValidationContext,
  type ValidationRule,
  visit,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { ErrorCode } from './errors.js';

// Cost limits, checked before anything runs: depth, aliases and directives while validating (GraphQL Armor),
// tokens while parsing (graphql-js's own maxTokens), and a cost that multiplies list sizes through nested
// lists (graphql-query-complexity with the estimator below) once the variables are known.

export interface Limits {
  maxQueryDepth: number;
  /** Largest estimated cost of one operation (see listCost). */
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Largest GraphQL response body, in bytes. */
  maxResponseBytes: number;
  /** Most rows one request may read from the database (bounds its memory whatever the estimate said). */
  maxRowsPerRequest: number;
  /** Time budget of one request, in milliseconds. */
  requestTimeoutMs: number;
  /** Longest text argument (search text, a title filter, an id), in characters. */
  maxTextLength: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxQueryDepth: 12,
  maxCost: 150_000,
  maxAliases: 30,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxResponseBytes: 10_000_000,
  maxRowsPerRequest: 200_000,
  requestTimeoutMs: 10_000,
  maxTextLength: 200,
};

/** A list without a size argument is assumed to hold this many items (relations, roles, members, ...). */
export const ASSUMED_LIST_SIZE = 10;

/**
 * The error of a refused operation. Apollo reports every validation error as GRAPHQL_VALIDATION_FAILED; the
 * `refused` extension carries our own code, which formatError (app.ts) puts in its place.
 */
export function refusal(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, refused: code, http: { status: 400 } } });
}

function reportAs(code: ErrorCode) {
  return [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(refusal(code, error.message)),
  ];
}

/** Operations of a type the schema has no root for (`mutation { __typename }` without mutations). */
function rootTypeExists(context: ValidationContext) {
  return {
    OperationDefinition(node: { operation: 'query' | 'mutation' | 'subscription' }) {
      if (!context.getSchema().getRootType(node.operation as never)) {
        context.reportError(refusal('BAD_USER_INPUT', `This API has no ${node.operation} operations.`));
      }
    },
  };
}

/** The validation rules of the limits, in the order they are cheapest to fail. */
export function limitRules(limits: Limits): ValidationRule[] {
  return [
    rootTypeExists as unknown as ValidationRule,
    maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: reportAs('TOO_MANY_ALIASES') }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: reportAs('TOO_MANY_DIRECTIVES'),
    }),
    maxDepthRule({
      n: limits.maxQueryDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: reportAs('QUERY_TOO_DEEP'),
    }),
  ];
}

/** Lists whose size the field above them already counted (a connection's edges, a subgraph's nodes). */
function sizedByParent(parentType: string): boolean {
  return parentType.endsWith('Connection') || parentType === 'Subgraph';
}

function sizeOf(field: GraphQLField<unknown, unknown>, parentType: string, args: Record<string, unknown>): number {
  const asked = args.first ?? args.limit;
  const list = isListType(getNullableType(field.type));
  if (typeof asked === 'number' && asked > 0) {
    // A page that is neither a list nor a connection or subgraph (the representation matrix's municipalities):
    // `first` sizes the lists inside it, which the estimate of its fields already counts at ASSUMED_LIST_SIZE each.
    if (!list && !sizedByParent(getNamedType(field.type).name)) return Math.max(1, asked / ASSUMED_LIST_SIZE);
    return asked;
  }
  if (!list) return 1;
  return sizedByParent(parentType) ? 1 : ASSUMED_LIST_SIZE;
}

/**
 * Every object costs 1, times the size of the list it is in, multiplied through nested lists; a traversal
 * (`hops`, `maxHops`) adds its size times its length for the work of the database. Scalars are free, lists of
 * scalars cost 1.
 */
export const listCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (isLeafType(getNamedType(field.type))) return isListType(getNullableType(field.type)) ? 1 : 0;
  const size = sizeOf(field, type.name, args);
  const hops = args.hops ?? args.maxHops;
  const traversal = typeof hops === 'number' && hops > 0 ? size * hops : 0;
  return size * (1 + childComplexity) + traversal;
};

/** The estimated cost of an operation; null when its variables or arguments are invalid (execution says why). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      estimators: [listCost],
      maxQueryNodes: 20_000,
      ...(variables ? { variables } : {}),
      ...(operationName ? { operationName } : {}),
    });
  } catch (error) {
    // Too many nodes after expanding fragments is a refusal; anything else is left to execution to report.
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message))
      return Number.POSITIVE_INFINITY;
    return null;
  }
}

function longestText(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return Math.max(0, ...value.map(longestText));
  if (value !== null && typeof value === 'object') return Math.max(0, ...Object.values(value).map(longestText));
  return 0;
}

// Apollo's document store hands the same DocumentNode to every request with the same query text, so what a
// document alone decides is computed once per document: its longest literal, and its cost for each set of values
// of the variables that can change the cost. Walking the EntityPage document for its cost takes ~5 ms; a cache
// hit takes microseconds. Documents Apollo no longer caches drop out of the WeakMap with it.
interface DocumentFacts {
  longestLiteral: number;
  costs: Map<string, number | null>;
}
const documentFacts = new WeakMap<DocumentNode, DocumentFacts>();
/** Costs remembered per document (distinct `first`/`hops`/@include values); beyond it the map starts over. */
const COSTS_PER_DOCUMENT = 64;

function factsOf(document: DocumentNode): DocumentFacts {
  let facts = documentFacts.get(document);
  if (!facts) {
    let longestLiteral = 0;
    visit(document, {
      StringValue(node) {
        longestLiteral = Math.max(longestLiteral, node.value.length);
      },
    });
    facts = { longestLiteral, costs: new Map() };
    documentFacts.set(document, facts);
  }
  return facts;
}

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

/**
 * The part of the variables the cost may depend on. The estimator reads only numeric arguments (first, limit,
 * hops, maxHops) and @skip/@include read booleans; validation holds every variable to its argument's type, so a
 * variable declared String or ID (a search text, an id: what changes from one request to the next) cannot change
 * the cost and is left out. Every other variable is part of the key.
 */
function costKey(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): string {
  const values: unknown[] = [operationName ?? null];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of (definition as OperationDefinitionNode).variableDefinitions ?? []) {
      if (!['String', 'ID'].includes(namedTypeOf(variable.type))) {
        const name = variable.variable.name.value;
        values.push(name, variables?.[name] ?? null);
      }
    }
  }
  return JSON.stringify(values);
}

/** operationCost, remembered per document and cost-relevant variables (see costKey). */
export function cachedOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number | null {
  const { costs } = factsOf(document);
  const key = costKey(document, variables, operationName);
  if (costs.has(key)) return costs.get(key) ?? null;
  const cost = operationCost(schema, document, variables, operationName);
  // Not kept when the variables are invalid (null): the key leaves out String and ID values, so a request whose
  // id is an object would otherwise excuse the next one with the same numbers from the estimate.
  if (cost === null) return cost;
  if (costs.size >= COSTS_PER_DOCUMENT) costs.clear();
  costs.set(key, cost);
  return cost;
}

/** The longest string in the operation's literals and variables. */
function longestTextIn(document: DocumentNode, variables: Record<string, unknown> | undefined): number {
  return Math.max(factsOf(document).longestLiteral, longestText(variables ?? {}));
}

/** Refuses, before execution, an operation whose text arguments are too long or whose cost is over the limit. */
export function costLimitPlugin(schema: GraphQLSchema, limits: Limits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          if (longestTextIn(document, request.variables) > limits.maxTextLength) {
            throw refusal(
              'BAD_USER_INPUT',
              `Text arguments are limited to ${limits.maxTextLength} characters. Search with fewer words.`,
            );
          }
          const cost = cachedOperationCost(schema, document, request.variables, operationName ?? undefined);
          if (cost !== null && cost > limits.maxCost) {
            throw refusal(
              'QUERY_TOO_COSTLY',
              Number.isFinite(cost)
                ? `This query would cost about ${Math.round(cost)}, more than the limit of ${limits.maxCost}. ` +
                    'Ask for fewer items (first, limit, hops) or fewer nested lists.'
                : 'This query expands to too many fields. Ask for fewer fields or fragments.',
            );
          }
        },
      };
    },
  };
}
