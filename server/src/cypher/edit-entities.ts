import { readStatement, writeStatement } from '../graph/statement.js';

// The statements of ADD_ENTITY, ADD_GRANT and CORRECT_NAME (data/edit-entities.ts) beside the seed's own
// (cypher/seed.ts upsertEntities, upsertRelations, upsertCitations), which write what they add.

/** Sets some properties of an entity (a corrected name: name, aliases, keys, sources, version); null removes one. */
export const setEntityProperties = writeStatement(
  'setEntityProperties',
  `
MATCH (n:Entity {id: $id})
SET n += $props
RETURN n {.*} AS entity
`,
);

/**
 * Every relationship of an entity, either way, with its fact id and version (a role link or a citation has no id):
 * an added entity or grant can be undone only while nothing but what its own edit wrote rests on it.
 */
export const linksOfEntityById = readStatement(
  'linksOfEntityById',
  `
MATCH (n:Entity {id: $id})-[link]-()
RETURN link.id AS id, link.version AS version
`,
);
