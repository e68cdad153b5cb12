import { readStatement, writeStatement } from '../graph/statement.js';

// Uploaded documents (issue 15, docs/ingest.md). An uploaded document is an (:Entity:Document) like the seed's, with
// the hash of its bytes, its media type and who uploaded it when; its extracted text, which every quote from it
// refers to, is kept apart in a (:DocumentText) node of the same id, so that reading entities never carries it.

/** The labels of these statements' nodes (for the Cypher lint and the backup vocabulary). */
export const INGEST_LABELS = ['DocumentText', 'Proposal', 'SpellingJudgement'];
/** Their stored properties, and the keys of the maps the statements take and return (for the Cypher lint). */
export const INGEST_PROPERTY_KEYS = [
  'text',
  'pageStarts',
  'proposalsComplete',
  'sha256',
  'document',
  'documentId',
  'status',
  'seq',
  'proposal',
  'judgement',
  'personName',
  'meetingId',
  'number',
  'total',
  'ownerId',
  'bodyId',
  'amountNok',
  'recipientIds',
];

/** The document with these bytes (by the SHA-256 of the upload), if it is in the graph. */
export const documentBySha = readStatement(
  'documentBySha',
  'MATCH (document:Document {sha256: $sha256}) RETURN properties(document) AS document LIMIT 1',
);

/** Writes (or rewrites) the stored text of a document. */
export const upsertDocumentText = writeStatement(
  'upsertDocumentText',
  `
MERGE (stored:DocumentText {id: $id})
SET stored.text = $text, stored.pageStarts = $pageStarts, stored.proposalsComplete = $proposalsComplete
`,
);

/** Records whether the proposal rules finished on a document's text (false: they ran out of time or memory). */
export const setProposalsComplete = writeStatement(
  'setProposalsComplete',
  `
MATCH (stored:DocumentText {id: $id})
SET stored.proposalsComplete = $proposalsComplete
`,
);

/** Whether the proposal rules finished on each uploaded document's text (null: stored before this was recorded). */
export const proposalsCompleteOf = readStatement(
  'proposalsCompleteOf',
  `
UNWIND $ids AS ownerId
MATCH (stored:DocumentText {id: ownerId})
RETURN ownerId, stored.proposalsComplete AS proposalsComplete
`,
);

/** The stored text of uploaded documents, by id. */
export const documentTexts = readStatement(
  'documentTexts',
  `
UNWIND $ids AS id
MATCH (stored:DocumentText {id: id})
RETURN stored.id AS id, stored.text AS text, stored.pageStarts AS pageStarts
`,
);

// ---- proposals (issue 15, docs/ingest.md "Proposals: stored, matched, reviewed") ----------------------------------
// A proposal read from an uploaded document is a (:Proposal) node with the document's id, kept apart from the facts
// (never an Entity): readers never meet it. A reviewer's judgement of a spelling is a (:SpellingJudgement).

/** The entities the gazetteer is made of (their name and aliases), in a stable order. */
export const gazetteerEntities = readStatement(
  'gazetteerEntities',
  `
MATCH (entity:Entity)
WHERE entity.kind IN $kinds
RETURN entity.id AS id, entity.kind AS kind, entity.name AS name, entity.aliases AS aliases
ORDER BY id
`,
);

/** The roles held in or on behalf of each place (case duties included), as every role statement returns them. */
export const rolesAtPlaces = readStatement(
  'rolesAtPlaces',
  `
UNWIND $ids AS ownerId
MATCH (:Entity {id: ownerId})<-[:HELD_IN|ON_BEHALF_OF]-(role:Role)
WITH DISTINCT ownerId, role
MATCH (role)<-[:HOLDS]-(person:Person)
WITH ownerId, role, person,
  head([(role)-[:HELD_IN]->(target:Entity) | target]) AS heldIn,
  head([(role)-[:ON_BEHALF_OF]->(target:Entity) | target]) AS behalf
RETURN ownerId, role {.*, personId: person.id, personName: person.name, heldInId: heldIn.id, onBehalfOfId: behalf.id} AS role
`,
);

/** The meetings of each body, with their day. */
export const meetingsOfBodies = readStatement(
  'meetingsOfBodies',
  `
UNWIND $ids AS ownerId
MATCH (meeting:Entity)-[:MEETING_OF]->(:Entity {id: ownerId})
RETURN ownerId, meeting.id AS id, meeting.name AS name, meeting.date AS date
`,
);

/** Who attended each meeting (ATTENDED relations), by the relation's id. */
export const attendancesOfMeetings = readStatement(
  'attendancesOfMeetings',
  `
UNWIND $ids AS ownerId
MATCH (person:Entity)-[attended:ATTENDED]->(:Entity {id: ownerId})
RETURN ownerId, attended.id AS id, person.id AS personId
`,
);

/** Cases by their number as written, with the meeting they were on and that meeting's body (a number is not unique). */
export const casesByNumber = readStatement(
  'casesByNumber',
  `
UNWIND $numbers AS wanted
MATCH (found:Entity)
WHERE found.kind = $kind AND found.number = wanted
OPTIONAL MATCH (found)-[:CASE_IN]->(meeting:Entity)
OPTIONAL MATCH (meeting)-[:MEETING_OF]->(body:Entity)
RETURN found.id AS id, found.name AS name, found.number AS number, meeting.id AS meetingId, body.id AS bodyId
ORDER BY id
`,
);

/** The grants of these amounts (whole kroner), with their name, year and recipients (GRANTED_TO). */
export const grantsByAmount = readStatement(
  'grantsByAmount',
  `
UNWIND $amounts AS wanted
MATCH (grant:Grant)
WHERE grant.amountNok = wanted
RETURN grant.id AS id, grant.name AS name, grant.amountNok AS amountNok, grant.year AS year, grant.citationIds AS citationIds,
  [(grant)-[:GRANTED_TO]->(recipient:Entity) | recipient.id] AS recipientIds,
  [(grant)-[:GRANTED_BY]->(funder:Entity) | funder.id] AS funderIds
ORDER BY id
`,
);

/** Writes the proposals of a document (each row a map of its stored properties). */
export const createProposals = writeStatement(
  'createProposals',
  `
UNWIND $rows AS row
CREATE (proposal:Proposal)
SET proposal = row
`,
);

/** The proposals of a document in the order of the text, all or those of one status. */
export const proposalsOfDocument = readStatement(
  'proposalsOfDocument',
  `
MATCH (proposal:Proposal {documentId: $document})
WHERE $status IS NULL OR proposal.status = $status
RETURN properties(proposal) AS proposal
ORDER BY proposal.seq
`,
);

/** Proposals by id. */
export const proposalsById = readStatement(
  'proposalsById',
  `
UNWIND $ids AS wanted
MATCH (proposal:Proposal {id: wanted})
RETURN properties(proposal) AS proposal
`,
);

/** Sets properties of a proposal (its status, edits, matches, corrections). */
export const updateProposal = writeStatement(
  'updateProposal',
  `
MATCH (proposal:Proposal {id: $id})
SET proposal += $props
RETURN properties(proposal) AS proposal
`,
);

/** How many proposals of each document have a status. */
export const proposalCounts = readStatement(
  'proposalCounts',
  `
UNWIND $ids AS ownerId
OPTIONAL MATCH (proposal:Proposal {documentId: ownerId})
WHERE $status IS NULL OR proposal.status = $status
RETURN ownerId, count(proposal) AS total
`,
);

/** The judgements of spellings (folded), of one kind of slot. */
export const spellingJudgements = readStatement(
  'spellingJudgements',
  `
MATCH (judgement:SpellingJudgement)
RETURN properties(judgement) AS judgement
`,
);

/** Records (or replaces) the judgement of one spelling. */
export const upsertSpellingJudgement = writeStatement(
  'upsertSpellingJudgement',
  `
MERGE (judgement:SpellingJudgement {id: $id})
SET judgement += $props
`,
);
