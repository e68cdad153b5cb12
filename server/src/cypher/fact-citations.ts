// A fragment the fact lists share (roles, relationships), in a module of its own: citation.ts imports role.ts.

/**
 * The citations of a fact (`fact.citationIds`), each with its document, as one list column `citations`: a page that
 * lists facts shows their sources, and the data layer primes the citations' and documents' loaders with them
 * (data/batch.ts), so that the sources cost no wave of their own. A citation whose document is missing is left
 * out here and loaded (and reported) by citationsById as before.
 */
export function factCitations(fact: string): string {
  return `
CALL (${fact}) {
  UNWIND coalesce(${fact}.citationIds, []) AS citationId
  MATCH (c:Citation {id: citationId})
  MATCH (d:Entity {id: c.documentId})
  RETURN collect(c {.*, document: d {.*}}) AS citations
}`;
}
