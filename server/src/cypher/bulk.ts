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

/** The labels at the two ends of each structural relationship: a citation's document, a role's holder, seat, place
 * and principal. */
export const STRUCTURE_ENDS = {
  FROM: { fromLabel: 'Citation', toLabel: 'Entity' },
  HOLDS: { fromLabel: 'Entity', toLabel: 'Role' },
  OF_POST: { fromLabel: 'Role', toLabel: 'Post' },
  HELD_IN: { fromLabel: 'Role', toLabel: 'Entity' },
  ON_BEHALF_OF: { fromLabel: 'Role', toLabel: 'Entity' },
} as const;

/** The structural relationships, between those labels. */
export const bulkCreateStructure = Object.fromEntries(
  Object.entries(STRUCTURE_ENDS).map(([type, ends]) => [type, relationships(type, ends.fromLabel, ends.toLabel)]),
) as Record<keyof typeof STRUCTURE_ENDS, Statement>;

/** Per relationship type of the facts: between two entities. */
export const bulkCreateRelations = Object.fromEntries(
  RELATION_TYPES.map((type) => [type, relationships(type, 'Entity', 'Entity')]),
) as Record<(typeof RELATION_TYPES)[number], Statement>;
