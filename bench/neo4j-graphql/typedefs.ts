import { ENTITY_FIELDS, RELATION_ENDS, RELATION_TYPES } from '../../server/src/domain/vocabulary.js';
import type { EntityKind, RelationType } from '../../server/src/generated/enums.js';

// Type definitions for @neo4j/graphql (7.x) over the graph our seed loader writes (docs/architecture.md § Graph
// model), so that the library can be measured against our server on the same Neo4j (npm run bench:neo4j-graphql,
// docs/benchmarks.md). Derived from the vocabulary, as our own statements are: one field per fact relationship type
// and direction, never re-listed by hand.
//
// How it mirrors ours, and where it cannot:
// - One `Entity` node type for every kind (label `Entity`; the kind is the `kind` property), with every kind's own
//   fields. Ours has an `Entity` interface and a GraphQL type per kind; a type per kind here would make every
//   relationship field a relationship to an interface, which the library answers with one subquery per
//   implementing type (12 per field).
// - @neo4j/graphql gives a relationship field exactly one relationship type and direction, so "the entity's
//   relationships" (ours: `relations`, every fact type both ways in one list) is one field per type and direction:
//   `memberOf` (out) and `memberOfIncoming` (in), with the stored properties on the `Fact` edge.
// - A role is the same node as ours (`HOLDS`, `HELD_IN`, `ON_BEHALF_OF`); its ends are lists, as the library models
//   every relationship.
// - Citations are stored by id (`citationIds` on nodes and on relationships). A node's citations are a `@cypher`
//   field (the library inlines it as a subquery of its one statement); the library has no `@cypher` field on edge
//   properties, so a fact relationship gives its citation ids only, where ours resolves each quote and its document.
// - Mutations and aggregations are switched off: the benchmark only reads.

/** The field name of a fact relationship type, out of an entity (`memberOf`) or into it (`memberOfIncoming`). */
export function factField(type: RelationType, direction: 'OUT' | 'IN'): string {
  const camel = type.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return direction === 'OUT' ? camel : `${camel}Incoming`;
}

/** The fact fields an entity of one of `kinds` can have a value in (from the vocabulary's allowed ends). */
export function factFieldsFor(kinds: readonly EntityKind[]): { field: string; otherKinds: readonly EntityKind[] }[] {
  return RELATION_TYPES.flatMap((type) => {
    const { from, to } = RELATION_ENDS[type];
    const fields: { field: string; otherKinds: readonly EntityKind[] }[] = [];
    if (from.some((kind) => kinds.includes(kind))) fields.push({ field: factField(type, 'OUT'), otherKinds: to });
    if (to.some((kind) => kinds.includes(kind))) fields.push({ field: factField(type, 'IN'), otherKinds: from });
    return fields;
  });
}

const GRAPHQL_TYPE = { text: 'String', date: 'Date', integer: 'Int', time: 'String', number: 'Float' } as const;

const CITATIONS = `citations: [Citation!]!
    @cypher(statement: "MATCH (c:Citation) WHERE c.id IN this.citationIds RETURN c", columnName: "c")`;

const ownFields = Object.entries(ENTITY_FIELDS)
  .map(([name, type]) => `  ${name}: ${GRAPHQL_TYPE[type]}`)
  .join('\n');

const factFields = RELATION_TYPES.flatMap((type) =>
  (['OUT', 'IN'] as const).map(
    (direction) =>
      `  ${factField(type, direction)}: [Entity!]! @relationship(type: "${type}", direction: ${direction}, properties: "Fact", aggregate: false)`,
  ),
).join('\n');

/** The SDL handed to `new Neo4jGraphQL({ typeDefs })`. */
export const typeDefs = /* GraphQL */ `
type Entity
  @node(labels: ["Entity"])
  @mutation(operations: [])
  @query(aggregate: false)
  @fulltext(indexes: [{ indexName: "entity_search_text", queryName: "entitiesByText", fields: ["searchText"] }]) {
  id: ID!
  kind: String!
  name: String!
  aliases: [String!]
  citationIds: [String!]
  "Every prefix of every word of the folded names (docs/architecture.md § Search), in the full-text index."
  searchText: String
${ownFields}
  ${CITATIONS}
  "The roles this person holds."
  holds: [Role!]! @relationship(type: "HOLDS", direction: OUT, aggregate: false)
  "The roles held in this body, municipality, project, meeting or case."
  rolesHeldIn: [Role!]! @relationship(type: "HELD_IN", direction: IN, aggregate: false)
  "The roles held on this municipality's or organisation's behalf."
  rolesOnBehalfOf: [Role!]! @relationship(type: "ON_BEHALF_OF", direction: IN, aggregate: false)
${factFields}
}

type Fact @relationshipProperties {
  id: ID!
  qualifier: String
  attendance: String
  start: Date
  end: Date
  validFrom: Date
  validTo: Date
  citationIds: [String!]
}

type Role @node(labels: ["Role"]) @mutation(operations: []) @query(aggregate: false) {
  id: ID!
  title: String!
  share: Float
  start: Date
  end: Date
  validFrom: Date
  validTo: Date
  endedOn: Date
  firstObserved: Date
  lastObserved: Date
  periodStated: Boolean
  citationIds: [String!]
  observedCitationIds: [String!]
  observedFrom: [String!]
  observedTo: [String!]
  ${CITATIONS}
  person: [Entity!]! @relationship(type: "HOLDS", direction: IN, aggregate: false)
  heldIn: [Entity!]! @relationship(type: "HELD_IN", direction: OUT, aggregate: false)
  onBehalfOf: [Entity!]! @relationship(type: "ON_BEHALF_OF", direction: OUT, aggregate: false)
}

type Citation @node(labels: ["Citation"]) @mutation(operations: []) @query(aggregate: false) {
  id: ID!
  quote: String!
  reading: String
  offset: Int
  documentId: String
  document: [Entity!]! @relationship(type: "FROM", direction: OUT, aggregate: false)
}
`;
