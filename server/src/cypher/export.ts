import { readStatement } from '../graph/statement.js';

// Whole-graph exports read the graph a page at a time (keyset on id), so that memory stays flat however
// large the graph is.

/** One page of entities (of the given kinds, or all) in id order after $after. */
export const exportEntities = readStatement(
  'exportEntities',
  `
MATCH (n:Entity)
WHERE ($after IS NULL OR n.id > $after) AND ($kinds IS NULL OR n.kind IN $kinds)
RETURN n {.*} AS entity
ORDER BY n.id
LIMIT $limit
`,
);

/** The outgoing fact relationships of a page of entities. */
export const exportOutgoing = readStatement(
  'exportOutgoing',
  `
UNWIND $ids AS ownerId
MATCH (n:Entity {id: ownerId})-[r]->(m:Entity)
WHERE r.id IS NOT NULL
RETURN r {.*, type: type(r), fromId: n.id, toId: m.id} AS relation
`,
);

/** One page of citations in id order after $after. */
export const exportCitations = readStatement(
  'exportCitations',
  `
MATCH (c:Citation)
WHERE $after IS NULL OR c.id > $after
RETURN c {.*} AS citation
ORDER BY c.id
LIMIT $limit
`,
);
