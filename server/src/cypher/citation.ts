import { readStatement } from '../graph/statement.js';
import { roleProjection } from './role.js';

/** Citations (document + verbatim quote) by id, each with its document. */
export const citationsById = readStatement(
  'citationsById',
  `
UNWIND $ids AS wanted
MATCH (c:Citation {id: wanted})
CALL (c) {
  MATCH (d:Entity {id: c.documentId})
  RETURN collect(d {.*}) AS documents
}
RETURN c {.*} AS citation, head(documents) AS document
`,
);

/** The quotes taken from each document (order them by offset to read them as they occur). */
export const citationsOfDocuments = readStatement(
  'citationsOfDocuments',
  `
UNWIND $ids AS ownerId
MATCH (c:Citation {documentId: ownerId})
RETURN ownerId, c {.*} AS citation
`,
);

// The facts that cite a document's quotes, for the document reader (each highlight lists the facts it supports).
// One statement per kind of fact, each keyed by document: the quotes' ids are collected first, then the facts whose
// citationIds meet them, so a document with hundreds of quotes costs the same three statements as one with one.
const citedBy = `
UNWIND $ids AS ownerId
MATCH (c:Citation {documentId: ownerId})
WITH ownerId, collect(c.id) AS cited`;

/** The entities (other than the document itself) that cite each document's quotes. */
export const entitiesCitingDocuments = readStatement(
  'entitiesCitingDocuments',
  `${citedBy}
MATCH (n:Entity)
WHERE n.id <> ownerId AND any(id IN n.citationIds WHERE id IN cited)
RETURN ownerId, n {.*} AS entity
`,
);

/** The roles that cite each document's quotes. */
export const rolesCitingDocuments = readStatement(
  'rolesCitingDocuments',
  `${citedBy}
MATCH (role:Role)
WHERE any(id IN role.citationIds WHERE id IN cited)
${roleProjection}`,
);

/** The fact relationships that cite each document's quotes. */
export const relationsCitingDocuments = readStatement(
  'relationsCitingDocuments',
  `${citedBy}
MATCH (from:Entity)-[r]->(to:Entity)
WHERE r.id IS NOT NULL AND any(id IN r.citationIds WHERE id IN cited)
RETURN ownerId, r {.*, type: type(r), fromId: from.id, toId: to.id} AS relation
`,
);
