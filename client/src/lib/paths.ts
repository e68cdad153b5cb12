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

/**
 * A passage of a document: its page, scrolled to the quote's place in the text (Citation.start/end), which the
 * reader highlights and focuses. The fragment keeps the address shareable: /entity/doc:…#sitat-120-188.
 */
export function passagePath(documentId: string, start: number, end: number): string {
  return `${entityPath(documentId)}#${PASSAGE_PREFIX}${start}-${end}`;
}

const PASSAGE_PREFIX = 'sitat-';

/** The passage a document page's fragment names (#sitat-<start>-<end>), or null. */
export function passageOf(hash: string): { start: number; end: number } | null {
  const match = /^#?sitat-(\d+)-(\d+)$/.exec(hash);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : null;
}
