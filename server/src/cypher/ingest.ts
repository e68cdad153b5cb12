import { readStatement, writeStatement } from '../graph/statement.js';

// Uploaded documents (issue 15, docs/ingest.md). An uploaded document is an (:Entity:Document) like the seed's, with
// the hash of its bytes, its media type and who uploaded it when; its extracted text, which every quote from it
// refers to, is kept apart in a (:DocumentText) node of the same id, so that reading entities never carries it.

/** The labels of these statements' nodes (for the Cypher lint and the backup vocabulary). */
export const INGEST_LABELS = ['DocumentText'];
/** Their stored properties, and the keys of the maps the statements take and return (for the Cypher lint). */
export const INGEST_PROPERTY_KEYS = ['text', 'pageStarts', 'sha256', 'document'];

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
SET stored.text = $text, stored.pageStarts = $pageStarts
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
