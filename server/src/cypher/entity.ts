import { readStatement } from '../graph/statement.js';
import { isSeat } from './period.js';
import { roleMap } from './role.js';

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

/**
 * Search with one letter off: a query word of five letters or more also matches a key word of five or more that is
 * one edit away. `$queries` holds each word with its variants (itself and every one-letter deletion): a key word
 * is one edit away when it is a variant, or when one of its own deletions is. That admits a few words two edits
 * apart (a letter moved), which the data layer removes by counting the edits.
 */
export const searchEntitiesBySpelling = readStatement(
  'searchEntitiesBySpelling',
  `
MATCH (n:Entity)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND any(key IN n.keys WHERE all(q IN $queries WHERE key CONTAINS q.word OR (size(q.word) >= 5
    AND any(kw IN split(key, ' ') WHERE size(kw) >= 5 AND (kw IN q.variants
      OR any(i IN range(0, size(kw) - 1) WHERE substring(kw, 0, i) + substring(kw, i + 1) IN q.variants))))))
RETURN n {.*} AS entity
ORDER BY n.name, n.id
LIMIT $scan
`,
);

/**
 * Search by seat: people holding a seat whose title starts with a word of the query, when the other words occur in
 * their name, the body the seat is in or the municipality it is held for ("ordfører hitra", "leder helsefellesskap").
 */
export const searchPersonsBySeat = readStatement(
  'searchPersonsBySeat',
  `
MATCH (role:Role)
WHERE ${isSeat('role')} AND any(word IN $words WHERE (' ' + role.titleKey) CONTAINS (' ' + word))
MATCH (role)<-[:HOLDS]-(person:Person)
WITH role, person,
  head([(role)-[:HELD_IN]->(target:Entity) | target]) AS heldIn,
  head([(role)-[:ON_BEHALF_OF]->(target:Entity) | target]) AS behalf
WITH role, person, heldIn, behalf,
  [word IN $words WHERE NOT (' ' + role.titleKey) CONTAINS (' ' + word)] AS rest,
  person.keys + coalesce(heldIn.keys, []) + coalesce(behalf.keys, []) AS context
WHERE all(word IN rest WHERE any(key IN context WHERE (' ' + key) CONTAINS (' ' + word)))
RETURN person {.*} AS entity, ${roleMap} AS role
ORDER BY person.name, role.id
LIMIT $scan
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
