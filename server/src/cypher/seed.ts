import {
  ENTITY_KINDS,
  type EntityKindValue,
  LABEL_OF_KIND,
  RELATION_TYPES,
  type RelationTypeValue,
} from '../domain/vocabulary.js';
import { readStatement, type Statement, writeStatement } from '../graph/statement.js';

// Statements that build the graph from the reviewed seed files. Labels and relationship types cannot be
// parameters in Cypher, so there is one statement per kind and per type, made from the vocabulary
// (domain/vocabulary.ts, never from input).

/** Schema statements: each runs on its own (Neo4j does not mix schema and data changes in a transaction). */
export const schemaStatements: Statement[] = [
  writeStatement(
    'constraintEntityId',
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  ),
  writeStatement('constraintRoleId', 'CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE'),
  writeStatement('constraintPostId', 'CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE'),
  writeStatement(
    'constraintCitationId',
    'CREATE CONSTRAINT citation_id IF NOT EXISTS FOR (n:Citation) REQUIRE n.id IS UNIQUE',
  ),
  // The same bytes are one document, also when two uploads of them race (data/ingest.ts).
  writeStatement(
    'constraintDocumentSha',
    'CREATE CONSTRAINT document_sha256 IF NOT EXISTS FOR (n:Document) REQUIRE n.sha256 IS UNIQUE',
  ),
  // Grafeo answers {id: …} lookups from a property index only, not from a uniqueness constraint (measured: 1,000
  // lookups in 20,000 entities take 3.4 s without it and 2 ms with it). On Neo4j the constraint's own index already
  // serves and these are no-ops.
  // Stryker disable all: an index changes how fast a lookup is, never its answer (bench/ measures it).
  writeStatement('indexEntityId', 'CREATE INDEX entity_id_lookup IF NOT EXISTS FOR (n:Entity) ON (n.id)'),
  writeStatement('indexRoleId', 'CREATE INDEX role_id_lookup IF NOT EXISTS FOR (n:Role) ON (n.id)'),
  writeStatement('indexPostId', 'CREATE INDEX post_id_lookup IF NOT EXISTS FOR (n:Post) ON (n.id)'),
  writeStatement('indexCitationId', 'CREATE INDEX citation_id_lookup IF NOT EXISTS FOR (n:Citation) ON (n.id)'),
  writeStatement('indexEntityKind', 'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)'),
  writeStatement('indexEntityName', 'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)'),
  writeStatement(
    'indexCitationDocument',
    'CREATE INDEX citation_document IF NOT EXISTS FOR (n:Citation) ON (n.documentId)',
  ),
  // Stryker restore all
];

/** How many entities the graph holds (0 means: not seeded yet). */
export const countEntities = readStatement('countEntities', 'MATCH (n:Entity) RETURN count(n) AS count');

/** Per kind: create or replace entities; $rows holds {id, props, start, end, date, coversStart, coversEnd}. */
export const upsertEntities: Record<EntityKindValue, Statement> = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [
    kind,
    writeStatement(
      `upsertEntities${LABEL_OF_KIND[kind]}`,
      `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:\`${LABEL_OF_KIND[kind]}\`
SET n.start = date(row.start), n.end = date(row.end), n.date = date(row.date),
    n.coversStart = date(row.coversStart), n.coversEnd = date(row.coversEnd)
`,
    ),
  ]),
) as Record<EntityKindValue, Statement>;

/** Create or replace citations and link each to its document. */
export const upsertCitations = writeStatement(
  'upsertCitations',
  `
UNWIND $rows AS row
MATCH (d:Entity {id: row.documentId})
MERGE (c:Citation {id: row.id})
SET c = row
MERGE (c)-[:FROM]->(d)
`,
);

/** Create or replace posts (seats); their observations of complete holder lists are kept as parallel lists. */
export const upsertPosts = writeStatement(
  'upsertPosts',
  `
UNWIND $rows AS row
MERGE (post:Post {id: row.id})
SET post = row.props
`,
);

/** Create or replace roles and link each to the person who holds it and to its post. */
export const upsertRoles = writeStatement(
  'upsertRoles',
  `
UNWIND $rows AS row
MATCH (person:Entity {id: row.personId})
MATCH (post:Post {id: row.postId})
MERGE (role:Role {id: row.id})
SET role = row.props
SET role.start = date(row.start), role.end = date(row.end),
    role.validFrom = date(row.validFrom), role.validTo = date(row.validTo), role.endedOn = date(row.endedOn),
    role.firstObserved = date(row.firstObserved), role.lastObserved = date(row.lastObserved)
MERGE (person)-[:HOLDS]->(role)
MERGE (role)-[:OF_POST]->(post)
`,
);

/** Link roles to where they are held ($rows: {id, targetId}). */
export const linkRolesHeldIn = writeStatement(
  'linkRolesHeldIn',
  `
UNWIND $rows AS row
MATCH (role:Role {id: row.id})
MATCH (target:Entity {id: row.targetId})
MERGE (role)-[:HELD_IN]->(target)
`,
);

/** Link roles to the municipality or organisation they represent ($rows: {id, targetId}). */
export const linkRolesOnBehalfOf = writeStatement(
  'linkRolesOnBehalfOf',
  `
UNWIND $rows AS row
MATCH (role:Role {id: row.id})
MATCH (target:Entity {id: row.targetId})
MERGE (role)-[:ON_BEHALF_OF]->(target)
`,
);

/** Per relationship type: create or replace fact relationships. */
export const upsertRelations: Record<RelationTypeValue, Statement> = Object.fromEntries(
  RELATION_TYPES.map((type) => [
    type,
    writeStatement(
      `upsertRelations_${type}`,
      `
UNWIND $rows AS row
MATCH (from:Entity {id: row.fromId})
MATCH (to:Entity {id: row.toId})
MERGE (from)-[r:${type} {id: row.id}]->(to)
SET r = row.props
SET r.start = date(row.start), r.end = date(row.end),
    r.validFrom = date(row.validFrom), r.validTo = date(row.validTo)
`,
    ),
  ]),
) as Record<RelationTypeValue, Statement>;

/**
 * Remove what the seed files no longer state, so that the graph mirrors them exactly. An uploaded document is not
 * the seed's (it has no seed file; cypher/ingest.ts) and stays.
 */
export const deleteStaleEntities = writeStatement(
  'deleteStaleEntities',
  'MATCH (n:Entity) WHERE NOT n.id IN $ids AND n.uploadedAt IS NULL DETACH DELETE n',
);
export const deleteStaleRoles = writeStatement(
  'deleteStaleRoles',
  'MATCH (role:Role) WHERE NOT role.id IN $ids DETACH DELETE role',
);
export const deleteStalePosts = writeStatement(
  'deleteStalePosts',
  'MATCH (post:Post) WHERE NOT post.id IN $ids DETACH DELETE post',
);
export const deleteStaleCitations = writeStatement(
  'deleteStaleCitations',
  'MATCH (c:Citation) WHERE NOT c.id IN $ids DETACH DELETE c',
);
export const deleteStaleRelations = writeStatement(
  'deleteStaleRelations',
  'MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL AND NOT r.id IN $ids DELETE r',
);

/** Deletes up to $limit nodes: run until it deletes none to empty a large graph in small transactions. */
export const deleteSome = writeStatement(
  'deleteSome',
  'MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(n) AS deleted',
);

/** Counts per label and per relationship type, for the seed report and the checks after loading. */
export const countByKind = readStatement(
  'countByKind',
  'MATCH (n:Entity) RETURN n.kind AS kind, count(n) AS count ORDER BY kind',
);
export const countByRelationType = readStatement(
  'countByRelationType',
  'MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL RETURN type(r) AS type, count(r) AS count ORDER BY type',
);
/** Counts per relationship type, the loader's own links (HOLDS, HELD_IN, ON_BEHALF_OF, FROM) included. */
export const countEdgesByType = readStatement(
  'countEdgesByType',
  'MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS count ORDER BY type',
);
export const countRolesAndCitations = readStatement(
  'countRolesAndCitations',
  `
OPTIONAL MATCH (role:Role)
WITH count(role) AS roles
OPTIONAL MATCH (post:Post)
WITH roles, count(post) AS posts
OPTIONAL MATCH (c:Citation)
RETURN roles, posts, count(c) AS citations
`,
);
