// Stable, readable page addresses for deep links (ids are lower-case ASCII with ':' and '-', safe in a path).

/** The page of an entity: /entity/municipality:froya. */
export function entityPath(id: string): string {
  return `/entity/${encodeURI(id)}`;
}

/** The network view around an entity. */
export function networkPath(id: string): string {
  return `/nettverk/${encodeURI(id)}`;
}

/** The review of an uploaded document's proposals: /dokumenter/doc:…/forslag. */
export function proposalsPath(documentId: string): string {
  return `/dokumenter/${encodeURI(documentId)}/forslag`;
}
