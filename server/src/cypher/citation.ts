import { readStatement } from '../graph/statement.js';

/** Citations (document + verbatim quote) by id. */
export const citationsById = readStatement(
  'citationsById',
  `
UNWIND $ids AS wanted
MATCH (c:Citation {id: wanted})
RETURN c {.*} AS citation
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
