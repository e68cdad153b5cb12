import { RELATION_TYPES } from '../domain/vocabulary.js';
import { readStatement, type Statement } from '../graph/statement.js';
import { asOfFilter } from './period.js';

// The network view and the connection finder see roles as links: person → where the role is held
// (HOLDS_ROLE), person → whom they represent (REPRESENTS).

const roleLink = (type: string, from: string, to: string) =>
  `role {.id, .validFrom, .validTo, .citationIds, type: '${type}', label: role.title, fromId: ${from}.id, toId: ${to}.id, fromKind: ${from}.kind, toKind: ${to}.kind} AS link`;

/** Every link touching each entity: fact relationships, and roles seen as links. */
export const linksOfEntities = readStatement(
  'linksOfEntities',
  `
UNWIND $ids AS ownerId
MATCH (n:Entity {id: ownerId})
CALL (n) {
  MATCH (n)-[r]-(:Entity)
  WHERE r.id IS NOT NULL AND ${asOfFilter('r')}
  RETURN r {.id, .validFrom, .validTo, .citationIds, type: type(r), label: r.qualifier, fromId: startNode(r).id, toId: endNode(r).id, fromKind: startNode(r).kind, toKind: endNode(r).kind} AS link
  UNION
  MATCH (n)-[:HOLDS]->(role:Role)-[:HELD_IN]->(target:Entity)
  WHERE ${asOfFilter('role')}
  RETURN ${roleLink('HOLDS_ROLE', 'n', 'target')}
  UNION
  MATCH (n)<-[:HELD_IN]-(role:Role)<-[:HOLDS]-(person:Person)
  WHERE ${asOfFilter('role')}
  RETURN ${roleLink('HOLDS_ROLE', 'person', 'n')}
  UNION
  MATCH (n)-[:HOLDS]->(role:Role)-[:ON_BEHALF_OF]->(target:Entity)
  WHERE ${asOfFilter('role')}
  RETURN ${roleLink('REPRESENTS', 'n', 'target')}
  UNION
  MATCH (n)<-[:ON_BEHALF_OF]-(role:Role)<-[:HOLDS]-(person:Person)
  WHERE ${asOfFilter('role')}
  RETURN ${roleLink('REPRESENTS', 'person', 'n')}
}
RETURN ownerId, link
`,
);

const TRAVERSED = [...RELATION_TYPES, 'HOLDS', 'HELD_IN', 'ON_BEHALF_OF'].join('|');

/** The longest connection the finder looks for, in links. */
export const MAX_PATH_HOPS = 6;

// A variable-length bound cannot be a parameter, so there is one statement per bound. A role costs two
// relationships (HOLDS, HELD_IN) for one link, hence twice the hops. The shortest paths come in the order of the ids
// they pass, so the first ones are the same on both engines and whatever the store's internal order.
function pathsWithin(hops: number): Statement {
  return readStatement(
    `pathsWithin${hops}`,
    `
MATCH (from:Entity {id: $from})
MATCH (to:Entity {id: $to})
MATCH p = allShortestPaths((from)-[:${TRAVERSED}*..${hops * 2}]-(to))
WHERE $kinds IS NULL OR all(x IN nodes(p)[1..-1] WHERE x:Role OR x.kind IN $kinds)
WITH p, reduce(key = '', x IN nodes(p) | key + x.id + ' ') AS byIds
ORDER BY byIds
RETURN [x IN nodes(p) | x {.id, .kind, .title, .validFrom, .validTo, .citationIds}] AS nodes,
  [r IN relationships(p) | r {.id, .validFrom, .validTo, .citationIds, type: type(r), label: r.qualifier, fromId: startNode(r).id, toId: endNode(r).id}] AS relationships
LIMIT $first
`,
  );
}

/** The statement for shortest connections of at most `hops` links (1 to MAX_PATH_HOPS). */
export const pathsStatements: ReadonlyMap<number, Statement> = new Map(
  Array.from({ length: MAX_PATH_HOPS }, (_, index) => [index + 1, pathsWithin(index + 1)] as const),
);
