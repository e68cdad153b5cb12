import type { Context } from '../context.js';
import type { CitationRow } from '../data/index.js';
import { wholeNumberIn } from '../domain/page.js';
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
  start: async (citation, _args, context) => (await span(citation, context))?.start ?? null,
  end: async (citation, _args, context) => (await span(citation, context))?.end ?? null,
  supports: async (citation, _args, context) =>
    (await context.data.citations.factsOfDocument.load(citation.documentId)).get(citation.id) ?? [],
};

async function span(citation: CitationRow, context: Context) {
  const document = await required(citation.documentId, context);
  return document.kind === 'DOCUMENT' ? context.data.citations.span(citation, document) : null;
}
