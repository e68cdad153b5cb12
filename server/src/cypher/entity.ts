import { readStatement } from '../graph/statement.js';

/** Entities by id, in any order; unknown ids are simply absent. */
export const entitiesById = readStatement(
  'entitiesById',
  `
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
RETURN n {.*} AS entity
`,
);

/**
 * Search: every word of the folded query must occur in one search key (name or alias, folded). Exact key
 * matches rank first, then keys starting with the query, then keys where every word starts a word.
 */
export const searchEntities = readStatement(
  'searchEntities',
  `
MATCH (n:Entity)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND any(key IN n.keys WHERE all(word IN $words WHERE key CONTAINS word))
WITH n,
  CASE
    WHEN $folded IN n.keys THEN 1.0
    WHEN any(key IN n.keys WHERE key STARTS WITH $folded) THEN 0.9
    WHEN any(key IN n.keys WHERE all(word IN $words WHERE (' ' + key) CONTAINS (' ' + word))) THEN 0.75
    ELSE 0.5
  END AS score
RETURN n {.*} AS entity, score
ORDER BY score DESC, n.name, n.id
LIMIT $first
`,
);

/** One page of entities in name order, after the keyset cursor (name, id) when given. */
export const entitiesPage = readStatement(
  'entitiesPage',
  `
MATCH (n:Entity)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($afterName IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId))
RETURN n {.*} AS entity
ORDER BY n.name, n.id
LIMIT $limit
`,
);

/** How many entities of the given kinds there are. */
export const entitiesCount = readStatement(
  'entitiesCount',
  `
MATCH (n:Entity)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
RETURN count(n) AS total
`,
);
