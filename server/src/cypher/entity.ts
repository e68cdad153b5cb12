import { readStatement } from '../graph/statement.js';
import { isSeat, roleAsOfFilter } from './period.js';
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
 * The nodes a text index holds a token of `$terms` for, best first, up to $scan: on Neo4j every term is required
 * (Lucene's "+term"), on Grafeo any term may match (BM25 ranks those with more terms first). The statements below
 * then keep only the nodes that match as search means it; the terms are folded words, [a-z0-9] only, so nothing in
 * them is Lucene syntax.
 */
function indexed(index: string, label: string, property: string, variable: string, every: boolean) {
  const join = every ? ' +' : ' ';
  return {
    neo4j: `CALL db.index.fulltext.queryNodes('${index}', reduce(query = '', term IN $terms | query + '${join}' + term), {limit: $scan})
YIELD node AS ${variable}`,
    grafeo: `CALL grafeo.search.text('${label}', '${property}', reduce(query = '', term IN $terms | query + ' ' + term), $scan)
YIELD node_id
MATCH (${variable}:${label}) WHERE id(${variable}) = node_id`,
  };
}

/** One statement per engine: the index lookup of `lookup`, then the same Cypher on both. */
function onBoth(lookup: { neo4j: string; grafeo: string }, rest: string) {
  return { neo4j: `${lookup.neo4j}\n${rest}`, grafeo: `${lookup.grafeo}\n${rest}` };
}

/** The score of a name hit: the name itself ranks first, then an alias, then a key starting with the query. */
const nameScore = `CASE
    WHEN n.keys[0] = $folded THEN 1.0
    WHEN $folded IN n.keys THEN 0.95
    WHEN any(key IN n.keys WHERE key STARTS WITH $folded) THEN 0.9
    ELSE 0.75
  END`;

/**
 * The rest of seat search, from candidate roles: seats whose title has a word starting with a word of the query,
 * held by a person, where every other word starts a word of the person's name, the body or the municipality.
 */
const seatsMatching = `WITH DISTINCT role
WHERE $people AND ${isSeat('role')} AND any(word IN $words WHERE (' ' + role.titleKey) CONTAINS (' ' + word))
MATCH (role)<-[:HOLDS]-(person:Person)
WITH role, person,
  head([(role)-[:HELD_IN]->(target:Entity) | target]) AS heldIn,
  head([(role)-[:ON_BEHALF_OF]->(target:Entity) | target]) AS behalf
WITH role, person, heldIn, behalf,
  [word IN $words WHERE NOT (' ' + role.titleKey) CONTAINS (' ' + word)] AS rest,
  person.keys + coalesce(heldIn.keys, []) + coalesce(behalf.keys, []) AS context
WHERE all(word IN rest WHERE any(key IN context WHERE (' ' + key) CONTAINS (' ' + word)))
WITH role, person, heldIn, behalf
ORDER BY person.name, role.id
LIMIT $scan
RETURN person AS hit, 0.0 AS score, 'SEAT' AS matchedBy, ${roleMap} AS role, heldIn, behalf`;

/**
 * Search, in one statement (one round trip on Neo4j), through the text indexes ($terms: the query's words), in three
 * parts whose hits the data layer ranks together:
 * - by name: every word of the folded query starts a word of one search key (name or alias, folded); the name
 *   itself scores highest, then an alias, then a key starting with the query; the best $first;
 * - by seat, from the title ("ordfører hitra", "leder helsefellesskap"): roles whose title has a word starting with
 *   a query word, every other word starting a word of the person's, the body's or the municipality's names;
 * - by seat, from the context: the seats of the people, bodies and municipalities a query word names, so that a
 *   common title ("medlem") with a rare name is found from the name, and a rare title with a common name from the
 *   title. The seat parts only when people are asked for ($people).
 * A person found by name comes with the seats they hold on $asOf (today), and a seat with its body and
 * municipality: what the hit shows, so that no further statement is needed for it.
 */
export const searchHits = readStatement('searchHits', {
  neo4j: searchHitsOn('neo4j'),
  grafeo: searchHitsOn('grafeo'),
});

function searchHitsOn(engine: 'neo4j' | 'grafeo'): string {
  const named = indexed('entity_search_text', 'Entity', 'searchText', 'n', true)[engine];
  const byTitle = indexed('role_title_text', 'Role', 'titleText', 'role', false)[engine];
  const byContext = indexed('entity_search_text', 'Entity', 'searchText', 'context', false)[engine];
  return `
CALL () {
  ${named}
  WITH n
  WHERE ($kinds IS NULL OR n.kind IN $kinds)
    AND any(key IN n.keys WHERE all(word IN $words WHERE (' ' + key) CONTAINS (' ' + word)))
  WITH n, ${nameScore} AS score
  ORDER BY score DESC, n.name, n.id
  LIMIT $first
  RETURN n AS hit, score, 'NAME' AS matchedBy, null AS role, null AS heldIn, null AS behalf
  UNION ALL
  ${byTitle}
  ${seatsMatching}
  UNION ALL
  ${byContext}
  MATCH (context)-[:HOLDS|HELD_IN|ON_BEHALF_OF]-(role:Role)
  ${seatsMatching}
}
CALL (hit, matchedBy) {
  MATCH (hit)-[:HOLDS]->(seat:Role)
  WHERE matchedBy = 'NAME' AND hit:Person AND ${isSeat('seat')} AND ${roleAsOfFilter('seat')}
  WITH hit, seat,
    head([(seat)-[:HELD_IN]->(target:Entity) | target]) AS seatIn,
    head([(seat)-[:ON_BEHALF_OF]->(target:Entity) | target]) AS seatFor
  RETURN collect({
    role: seat {.*, personId: hit.id, heldInId: seatIn.id, heldInKind: seatIn.kind, onBehalfOfId: seatFor.id, onBehalfOfKind: seatFor.kind},
    heldIn: seatIn {.*},
    behalf: seatFor {.*}
  }) AS seats
}
RETURN hit {.*} AS entity, score, matchedBy, role, heldIn {.*} AS heldIn, behalf {.*} AS behalf, seats
`;
}

/**
 * Search with one letter off, through the spelling index ($terms: every variant of the query words long enough for
 * a typo). `$queries` holds each word with its variants (itself and every one-letter deletion): a key word is one
 * edit away when it is a variant, or when one of its own deletions is. That admits a few words two edits apart (a
 * letter moved), which the data layer removes by counting the edits.
 */
export const searchEntitiesBySpelling = readStatement(
  'searchEntitiesBySpelling',
  onBoth(
    indexed('entity_spell_text', 'Entity', 'spellText', 'n', false),
    `WITH n
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND any(key IN n.keys WHERE all(q IN $queries WHERE key CONTAINS q.word OR (size(q.word) >= 5
    AND any(kw IN split(key, ' ') WHERE size(kw) >= 5 AND (kw IN q.variants
      OR any(i IN range(0, size(kw) - 1) WHERE substring(kw, 0, i) + substring(kw, i + 1) IN q.variants))))))
RETURN n {.*} AS entity
ORDER BY n.name, n.id
LIMIT $scan`,
  ),
);

/**
 * How many roles are held in each body (held by a person, as rolesHeldIn lists them) and how many bodies it is part
 * of (PART_OF relationships, as its parents): a body's size and place, without reading its roles.
 */
export const bodyCounts = readStatement(
  'bodyCounts',
  `
UNWIND $ids AS ownerId
MATCH (body:Entity {id: ownerId})
RETURN ownerId,
  size([(body)<-[:HELD_IN]-(role:Role)<-[:HOLDS]-(:Person) | role]) AS roles,
  size([(body)-[r:PART_OF]->(:Entity) WHERE r.id IS NOT NULL | r]) AS parents
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
