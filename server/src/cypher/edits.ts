import { readStatement, type Statement, writeStatement } from '../graph/statement.js';

// Edits (docs/edits.md): the (:Edit) records, and the statements the edit engine (data/edit-apply.ts) writes an
// approved edit with beside the seed's own (cypher/seed.ts). An Edit is never an Entity: search, the exports, the
// network and the entity counts never meet it, and the seed's stale deletions (label by label) cannot reach it.

/** The labels of the edit nodes (for the Cypher lint). */
export const EDIT_LABELS = ['Edit'];

/** Their stored properties, and the keys of the maps the statements take and return (for the Cypher lint). */
export const EDIT_PROPERTY_KEYS = [
  'kind',
  'status',
  'summary',
  'authorId',
  'createdAt',
  'reviewerId',
  'reviewedAt',
  'reviewReason',
  'selfApproved',
  'reason',
  'documentId',
  'quote',
  'note',
  'entityIds',
  'input',
  'changes',
  'base',
  'undo',
  'seq',
  'revertOf',
  'revertedBy',
  'version',
  'editIds',
  'noteEditIds',
  'notedFrom',
  'notedTo',
  'notedTitles',
  'requires',
  'acceptedBy',
  'edit',
  'user',
];

export const editSchemaStatements: Statement[] = [
  writeStatement('indexEditId', 'CREATE INDEX edit_id_lookup IF NOT EXISTS FOR (n:Edit) ON (n.id)'),
  writeStatement('indexEditStatus', 'CREATE INDEX edit_status IF NOT EXISTS FOR (n:Edit) ON (n.status)'),
];

/** Stores a new (proposed) edit. */
export const createEdit = writeStatement(
  'createEdit',
  `
CREATE (e:Edit)
SET e = $props
RETURN e {.*} AS edit
`,
);

/** Sets some properties of an edit (its review; `revertedBy`): the only writes after it is proposed. */
export const updateEdit = writeStatement(
  'updateEdit',
  `
MATCH (e:Edit {id: $id})
SET e += $props
RETURN e {.*} AS edit
`,
);

/** Edits by id. */
export const editsById = readStatement(
  'editsById',
  `
UNWIND $ids AS wanted
MATCH (e:Edit {id: wanted})
RETURN e {.*} AS edit
`,
);

/** One page of edits, newest first, optionally of one status, after the keyset (createdAt, id). */
export const editsPage = readStatement(
  'editsPage',
  `
MATCH (e:Edit)
WHERE ($status IS NULL OR e.status = $status)
  AND ($afterAt IS NULL OR e.createdAt < $afterAt OR (e.createdAt = $afterAt AND e.id < $afterId))
RETURN e {.*} AS edit
ORDER BY e.createdAt DESC, e.id DESC
LIMIT $limit
`,
);

/** How many edits there are (of one status). */
export const editsCount = readStatement(
  'editsCount',
  `
MATCH (e:Edit)
WHERE $status IS NULL OR e.status = $status
RETURN count(e) AS total
`,
);

/** The proposed edits that rest on any of the documents (their source), oldest first, with authors and prerequisites. */
export const proposedEditsOfDocuments = readStatement(
  'proposedEditsOfDocuments',
  `
MATCH (e:Edit)
WHERE e.status = $status AND e.documentId IN $documents
RETURN e.documentId AS ownerId, e.id AS id, e.authorId AS authorId, e.acceptedBy AS acceptedBy,
  e.requires AS requires, e.summary AS summary
ORDER BY e.createdAt, e.id
`,
);

/** The edits that touch each id (entity, role, post or relation), of the given statuses. */
export const editsOfTargets = readStatement(
  'editsOfTargets',
  `
UNWIND $ids AS ownerId
MATCH (e:Edit)
WHERE ownerId IN e.entityIds AND e.status IN $statuses
RETURN ownerId, e {.*} AS edit
`,
);

/** The edits still waiting for review of the given kinds (a review of proposals reuses the entities they propose). */
export const proposedEditsOfKinds = readStatement(
  'proposedEditsOfKinds',
  `
MATCH (e:Edit)
WHERE e.status = $status AND e.kind IN $kinds
RETURN e {.*} AS edit
ORDER BY e.createdAt, e.id
`,
);

/** The edits still waiting for review that rest on others (`requires`): rejecting one rejects those resting on it. */
export const dependentEdits = readStatement(
  'dependentEdits',
  `
MATCH (e:Edit)
WHERE e.status = $status AND e.requires IS NOT NULL
RETURN e {.*} AS edit
`,
);

/** The highest approval number given so far (null before the first approval). */
export const lastEditSeq = readStatement(
  'lastEditSeq',
  `
MATCH (e:Edit)
WHERE e.seq IS NOT NULL
RETURN max(e.seq) AS seq
`,
);

/** The edits a reseed replays: every one ever approved (reverted ones and their reverts too), in approval order. */
export const replayableEdits = readStatement(
  'replayableEdits',
  `
MATCH (e:Edit)
WHERE e.seq IS NOT NULL
RETURN e {.*} AS edit
ORDER BY e.seq
`,
);

/** Users by id, as an edit names its author and reviewer. */
export const usersById = readStatement(
  'usersById',
  `
UNWIND $ids AS wanted
MATCH (u:User {id: wanted})
RETURN u {.id, .username, .displayName, .role} AS user
`,
);

/** The current version of each id, per label (absent: not in the graph; a node without one is version 0). */
export const versionsOf: Record<'Entity' | 'Role' | 'Post' | 'Relation', Statement> = {
  Entity: readStatement(
    'versionsOfEntities',
    'UNWIND $ids AS wanted MATCH (n:Entity {id: wanted}) RETURN n.id AS id, coalesce(n.version, 0) AS version',
  ),
  Role: readStatement(
    'versionsOfRoles',
    'UNWIND $ids AS wanted MATCH (n:Role {id: wanted}) RETURN n.id AS id, coalesce(n.version, 0) AS version',
  ),
  Post: readStatement(
    'versionsOfPosts',
    'UNWIND $ids AS wanted MATCH (n:Post {id: wanted}) RETURN n.id AS id, coalesce(n.version, 0) AS version',
  ),
  Relation: readStatement(
    'versionsOfRelations',
    `
UNWIND $ids AS wanted
MATCH (:Entity)-[r]->(:Entity)
WHERE r.id = wanted
RETURN r.id AS id, coalesce(r.version, 0) AS version
`,
  ),
};

/** Every entity of one kind with its spellings (the seed's one-person-one-node check, for a new person). */
export const spellingsOfKind = readStatement(
  'spellingsOfKind',
  `
MATCH (n:Entity)
WHERE n.kind = $kind
RETURN n.id AS id, n.name AS name, n.aliases AS aliases
`,
);

/** The roles of a post with their stored properties (the holders the seat rules settle together). */
export const holdersOfPost = readStatement(
  'holdersOfPost',
  `
MATCH (post:Post {id: $id})<-[:OF_POST]-(role:Role)
MATCH (role)<-[:HOLDS]-(person:Entity)
RETURN role {.*, personId: person.id} AS role
`,
);

/** The document each citation quotes. */
export const documentsOfCitations = readStatement(
  'documentsOfCitations',
  `
UNWIND $ids AS wanted
MATCH (c:Citation {id: wanted})
RETURN c.id AS id, c.documentId AS documentId
`,
);

/** The span of each role as the seat rules settle it ($rows: {id, validFrom, validTo, endedOn, first/lastObserved}). */
export const setRoleSpans = writeStatement(
  'setRoleSpans',
  `
UNWIND $rows AS row
MATCH (role:Role {id: row.id})
SET role.validFrom = date(row.validFrom), role.validTo = date(row.validTo), role.endedOn = date(row.endedOn),
    role.firstObserved = date(row.firstObserved), role.lastObserved = date(row.lastObserved)
`,
);

/** Removes a role (an approved ADD_ROLE undone, when the role rested on that edit alone). */
export const deleteRole = writeStatement('deleteRole', 'MATCH (role:Role {id: $id}) DETACH DELETE role');

/** Removes a post that no role holds any longer. */
export const deletePostIfEmpty = writeStatement(
  'deletePostIfEmpty',
  `
MATCH (post:Post {id: $id})
OPTIONAL MATCH (post)<-[:OF_POST]-(role:Role)
WITH post, count(role) AS holders
WHERE holders = 0
DETACH DELETE post
`,
);

/** Removes a citation an edit made. */
export const deleteCitation = writeStatement('deleteCitation', 'MATCH (c:Citation {id: $id}) DETACH DELETE c');

/** Removes an entity an edit made, when nothing links to it any longer. */
export const deleteBareEntity = writeStatement(
  'deleteBareEntity',
  `
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[link]-()
WITH n, count(link) AS links
WHERE links = 0
DETACH DELETE n
`,
);

/** How many links an entity has (an ADD_PERSON cannot be undone once facts rest on the person). */
export const linksOfEntity = readStatement(
  'linksOfEntity',
  `
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[link]-()
RETURN count(link) AS links
`,
);
