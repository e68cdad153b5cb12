import { ENTITY_KINDS, type EntityKindValue, LABEL_OF_KIND, RELATION_TYPES } from '../domain/vocabulary.js';
import { type Statement, writeStatement } from '../graph/statement.js';

// A bulk load into an empty graph (GraphStore.bulkCreate, seed/load.ts bulkLoadPlan) on Neo4j: plain CREATE over
// rows of properties, no MERGE and no look-up of what is there (the graph is empty). Each returns how many it
// wrote, so that a relationship whose end is missing fails the load. Labels and types come from the vocabulary.

const nodes = (name: string, labels: string) =>
  writeStatement(
    `bulkCreate${name}`,
    `
UNWIND $rows AS row
CREATE (n:${labels})
SET n = row
RETURN count(n) AS created
`,
  );

const relationships = (type: string, from: string, to: string) =>
  writeStatement(
    `bulkCreate_${type}`,
    `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.properties
RETURN count(r) AS created
`,
  );

/** Per entity kind: its nodes, labelled Entity and the kind's label. */
export const bulkCreateEntities = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [kind, nodes(`Entities${LABEL_OF_KIND[kind]}`, `Entity:\`${LABEL_OF_KIND[kind]}\``)]),
) as Record<EntityKindValue, Statement>;
export const bulkCreateCitations = nodes('Citations', 'Citation');
export const bulkCreatePosts = nodes('Posts', 'Post');
export const bulkCreateRoles = nodes('Roles', 'Role');

/** The structural relationships: a citation's document, a role's holder, seat, place and principal. */
export const bulkCreateStructure = {
  FROM: relationships('FROM', 'Citation', 'Entity'),
  HOLDS: relationships('HOLDS', 'Entity', 'Role'),
  OF_POST: relationships('OF_POST', 'Role', 'Post'),
  HELD_IN: relationships('HELD_IN', 'Role', 'Entity'),
  ON_BEHALF_OF: relationships('ON_BEHALF_OF', 'Role', 'Entity'),
} as const;

/** Per relationship type of the facts: between two entities. */
export const bulkCreateRelations = Object.fromEntries(
  RELATION_TYPES.map((type) => [type, relationships(type, 'Entity', 'Entity')]),
) as Record<(typeof RELATION_TYPES)[number], Statement>;
