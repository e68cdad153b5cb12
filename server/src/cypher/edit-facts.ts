import { readStatement, writeStatement } from '../graph/statement.js';
import { typedProperties } from './typed.js';

// Role corrections, relations, observations and retractions (data/edit-facts.ts). A relation an edit changes is
// read with each property's type (as the backup reads it), so that its undo can write it back exactly; the seed's
// own statements (cypher/seed.ts upsertRelations) write a new one.

/** Fact relationships by id, with their type, their ends and every property with its type ($dateFloor, ...). */
export const relationSnapshots = readStatement(
  'relationSnapshots',
  `
UNWIND $ids AS wanted
MATCH (from:Entity)-[r]->(to:Entity)
WHERE r.id = wanted
RETURN r.id AS id, type(r) AS type, from.id AS fromId, to.id AS toId, ${typedProperties('r')} AS properties
`,
);

/** The fact relationships of one type from one entity to another (is the same relation already in the graph?). */
export const relationsBetween = readStatement(
  'relationsBetween',
  `
MATCH (from:Entity {id: $fromId})-[r]->(to:Entity {id: $toId})
WHERE r.id IS NOT NULL AND type(r) = $type
RETURN r {.*, type: type(r), fromId: from.id, toId: to.id} AS relation
`,
);

/** Replaces every property of a fact relationship ($properties may hold temporal values). */
export const replaceRelationProperties = writeStatement(
  'replaceRelationProperties',
  `
MATCH (:Entity)-[r]->(:Entity)
WHERE r.id = $id
SET r = $properties
`,
);

/** Every grant with what the grant tree's rules need (domain/grants.ts grantTreeProblems). */
export const grantsOfTree = readStatement(
  'grantsOfTree',
  'MATCH (g:Grant) RETURN g.id AS id, g.amountNok AS amountNok, g.partsNote AS partsNote',
);

/** Every ALLOCATED_FROM link of the grant tree. */
export const linksOfGrantTree = readStatement(
  'linksOfGrantTree',
  'MATCH (part:Grant)-[:ALLOCATED_FROM]->(whole:Grant) RETURN part.id AS fromId, whole.id AS toId',
);

/** The sources of an entity and its edit marks, as an observation sets them (null removes the note list). */
export const setEntitySources = writeStatement(
  'setEntitySources',
  `
MATCH (n:Entity {id: $id})
SET n.citationIds = $citationIds, n.noteEditIds = $noteEditIds, n.version = $version, n.editIds = $editIds
`,
);

/** Takes a role out of its post and from whom it represents, before it is linked to the post it moves to. */
export const unlinkRoleFromPost = writeStatement(
  'unlinkRoleFromPost',
  `
MATCH (role:Role {id: $id})-[link:OF_POST|ON_BEHALF_OF]->()
DELETE link
`,
);
