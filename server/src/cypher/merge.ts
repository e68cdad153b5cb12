import { ENTITY_KINDS, type EntityKindValue, LABEL_OF_KIND, RELATION_TYPES } from '../domain/vocabulary.js';
import { readStatement, type Statement, writeStatement } from '../graph/statement.js';
import { typedProperties } from './typed.js';

// Merging two entities and judging two not the same (data/edit-merge.ts). A merge reads everything it changes with
// each property's type (as the backup does), so that its undo can write it back exactly. Labels and relationship
// types cannot be parameters: one statement per kind and per type of the vocabulary.

/** The labels of the merge's own nodes (for the Cypher lint and the backup). */
export const MERGE_LABELS = ['Redirect', 'Judgement'];
/** Their properties and the keys of the maps these statements take and return (for the Cypher lint). */
export const MERGE_PROPERTY_KEYS = ['to', 'editId', 'a', 'b', 'otherId', 'otherLabels', 'relId'];

export const mergeSchemaStatements: Statement[] = [
  writeStatement('indexRedirectId', 'CREATE INDEX redirect_id_lookup IF NOT EXISTS FOR (n:Redirect) ON (n.id)'),
  writeStatement('indexJudgementId', 'CREATE INDEX judgement_id_lookup IF NOT EXISTS FOR (n:Judgement) ON (n.id)'),
];

/** Entities by id with every property and its type. */
export const entitySnapshots = readStatement(
  'entitySnapshots',
  `
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
RETURN n.id AS id, labels(n) AS labels, ${typedProperties('n')} AS properties
`,
);

/** Roles by id with every property and its type. */
export const roleSnapshots = readStatement(
  'roleSnapshots',
  `
UNWIND $ids AS wanted
MATCH (n:Role {id: wanted})
RETURN n.id AS id, labels(n) AS labels, ${typedProperties('n')} AS properties
`,
);

/** The posts whose seat is in, or on behalf of, an entity ($id), with every property and its type. */
export const postsNaming = readStatement(
  'postsNaming',
  `
MATCH (n:Post)
WHERE n.organizationId = $id OR n.onBehalfOfId = $id
RETURN n.id AS id, labels(n) AS labels, ${typedProperties('n')} AS properties
`,
);

/** Every relationship from an entity, with the other end's id and labels and each property's type. */
export const linksFromEntity = readStatement(
  'linksFromEntity',
  `
MATCH (n:Entity {id: $id})-[r]->(other)
RETURN type(r) AS type, other.id AS otherId, labels(other) AS otherLabels, ${typedProperties('r')} AS properties
`,
);

/** Every relationship to an entity. */
export const linksToEntity = readStatement(
  'linksToEntity',
  `
MATCH (n:Entity {id: $id})<-[r]-(other)
RETURN type(r) AS type, other.id AS otherId, labels(other) AS otherLabels, ${typedProperties('r')} AS properties
`,
);

/** Every relationship from each role ($ids), with the role's id. */
export const linksFromRoles = readStatement(
  'linksFromRoles',
  `
UNWIND $ids AS wanted
MATCH (n:Role {id: wanted})-[r]->(other)
RETURN n.id AS id, type(r) AS type, other.id AS otherId, labels(other) AS otherLabels, ${typedProperties('r')} AS properties
`,
);

/** Replaces every property of an entity, a role or a post ($properties may hold temporal values). */
export const replaceEntityProperties = writeStatement(
  'replaceEntityProperties',
  'MATCH (n:Entity {id: $id}) SET n = $properties',
);
export const replaceRoleProperties = writeStatement(
  'replaceRoleProperties',
  'MATCH (n:Role {id: $id}) SET n = $properties',
);
export const replacePostProperties = writeStatement(
  'replacePostProperties',
  'MATCH (n:Post {id: $id}) SET n = $properties',
);

/** Removes an entity and every relationship it has. */
export const deleteEntity = writeStatement('deleteEntity', 'MATCH (n:Entity {id: $id}) DETACH DELETE n');

/** Removes roles and their relationships. */
export const deleteRoles = writeStatement(
  'deleteRoles',
  'UNWIND $ids AS wanted MATCH (n:Role {id: wanted}) DETACH DELETE n',
);

/** Per kind: creates an entity with exactly these properties. */
export const createEntityOfKind: Record<EntityKindValue, Statement> = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [
    kind,
    writeStatement(
      `createEntity${LABEL_OF_KIND[kind]}`,
      `CREATE (n:Entity:\`${LABEL_OF_KIND[kind]}\`) SET n = $properties`,
    ),
  ]),
) as Record<EntityKindValue, Statement>;

/** Creates a role with exactly these properties. */
export const createRole = writeStatement('createRole', 'CREATE (n:Role) SET n = $properties');

/** The labels each relationship type joins, by which the statements below find its ends. */
export const ENDS_OF_TYPE: Readonly<Record<string, readonly [string, string]>> = {
  HOLDS: ['Entity', 'Role'],
  HELD_IN: ['Role', 'Entity'],
  ON_BEHALF_OF: ['Role', 'Entity'],
  OF_POST: ['Role', 'Post'],
  ...Object.fromEntries(RELATION_TYPES.map((type) => [type, ['Entity', 'Entity'] as const])),
};

/** Per type: creates relationships ($rows: {from, to, properties}) between nodes found by id. */
export const linkByIds: Readonly<Record<string, Statement>> = Object.fromEntries(
  Object.entries(ENDS_OF_TYPE).map(([type, [from, to]]) => [
    type,
    writeStatement(
      `linkByIds_${type}`,
      `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.properties
`,
    ),
  ]),
);

/** Per type: removes relationships ($rows: {from, to, relId}) between nodes found by id (relId: a fact's id). */
export const unlinkByIds: Readonly<Record<string, Statement>> = Object.fromEntries(
  Object.entries(ENDS_OF_TYPE).map(([type, [from, to]]) => [
    type,
    writeStatement(
      `unlinkByIds_${type}`,
      `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})-[r:${type}]->(b:${to} {id: row.to})
WHERE row.relId IS NULL OR r.id = row.relId
DELETE r
`,
    ),
  ]),
);

/** Leaves a redirect where a merged entity was ($props: {id, to, editId}). */
export const createRedirect = writeStatement('createRedirect', 'MERGE (r:Redirect {id: $props.id}) SET r = $props');
export const deleteRedirect = writeStatement('deleteRedirect', 'MATCH (r:Redirect {id: $id}) DELETE r');

/** Where each id redirects to (absent: no redirect). */
export const redirectsOf = readStatement(
  'redirectsOf',
  `
UNWIND $ids AS wanted
MATCH (r:Redirect {id: wanted})
RETURN r.id AS id, r.to AS to
`,
);

/** Records a judgement that two entities are not the same ($props: {id, a, b, editId, reason}). */
export const createJudgement = writeStatement('createJudgement', 'MERGE (j:Judgement {id: $props.id}) SET j = $props');
export const deleteJudgement = writeStatement('deleteJudgement', 'MATCH (j:Judgement {id: $id}) DELETE j');

/** Every pair judged not the same. */
export const judgedPairs = readStatement('judgedPairs', 'MATCH (j:Judgement) RETURN j.a AS a, j.b AS b');

/** Every entity of the given kinds with its spellings (the merge candidates compare them). */
export const spellingsOfKinds = readStatement(
  'spellingsOfKinds',
  `
MATCH (n:Entity)
WHERE n.kind IN $kinds
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases
`,
);
