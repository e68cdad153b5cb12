import type { Context } from '../context.js';
import type { CitationRow, EntityRow } from '../data/index.js';
import { wholeNumberIn } from '../domain/page.js';
import type { TextSpan } from '../domain/spans.js';
import type { CitationResolvers, DocumentResolvers } from '../generated/graphql.js';
import { entityFields, required } from './fields.js';
import { reviewableEditCount, reviewableEditsBlockedBy } from './proposals.js';

// schema/source.graphql: documents and the quotes taken from them.

export const Document: DocumentResolvers = {
  ...entityFields,
  file: (row) => row.file ?? '',
  text: async (row, _args, context) => (await context.data.citations.text(row)).text,
  pageStarts: async (row, _args, context) => (await context.data.citations.text(row)).pageStarts,
  openProposals: (row, _args, context) => (row.sha256 ? context.data.proposals.openCount.load(row.id) : 0),
  reviewableEdits: (row, _args, context) => reviewableEditCount(row.id, context),
  reviewableEditsBlockedBy: (row, _args, context) => reviewableEditsBlockedBy(row.id, context),
  proposalsComplete: (row, _args, context) => (row.sha256 ? context.data.proposals.complete.load(row.id) : true),
  uploadedBy: (row, _args, context) => (row.uploadedBy ? context.data.edits.users.load(row.uploadedBy) : null),
  async quotes(row, { first }, context) {
    const limit = wholeNumberIn('first', first, 500, 1, 5000);
    const quotes = await context.data.citations.ofDocument.load(row.id);
    return [...quotes].sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0)).slice(0, limit);
  },
};

export const Citation: CitationResolvers = {
  document: (citation, _args, context) => required(citation.documentId, context),
  start: (citation, _args, context) => then(span(citation, context), (found) => found?.start ?? null),
  end: (citation, _args, context) => then(span(citation, context), (found) => found?.end ?? null),
  supports: async (citation, _args, context) =>
    (await context.data.citations.factsOfDocument.load(citation.documentId)).get(citation.id) ?? [],
};

/** Where the quote stands in its document's text: at once when the document and its folded text are at hand. */
function span(citation: CitationRow, context: Context): TextSpan | null | Promise<TextSpan | null> {
  const spanIn = (document: EntityRow) =>
    document.kind === 'DOCUMENT' ? context.data.citations.span(citation, document) : null;
  return then(required(citation.documentId, context), spanIn);
}

/** `f` of a value that may still be on its way: synchronously when it is not a promise. */
function then<T, U>(value: T | Promise<T>, f: (value: T) => U | Promise<U>): U | Promise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}
