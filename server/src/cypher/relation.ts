import { readStatement } from '../graph/statement.js';
import { factCitations } from './fact-citations.js';
import { asOfFilter } from './period.js';

/** The fact relationships of each entity, filtered by type, direction and day, with the entity at the other end and the citations. */
export const relationsOfEntities = readStatement(
  'relationsOfEntities',
  `
UNWIND $ids AS ownerId
MATCH (n:Entity {id: ownerId})-[r]-(other:Entity)
WHERE r.id IS NOT NULL
  AND ($types IS NULL OR type(r) IN $types)
  AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
  AND ${asOfFilter('r')}
${factCitations('r')}
RETURN ownerId, r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id} AS relation, other {.*} AS other,
  citations
`,
);

/** Fact relationships by their own ids. */
export const relationsById = readStatement(
  'relationsById',
  `
MATCH (from:Entity)-[r]->(to:Entity)
WHERE r.id IN $ids
RETURN r {.*, type: type(r), fromId: from.id, toId: to.id} AS relation
`,
);
