import { wholeNumberIn } from '../domain/page.js';
import type { CitationResolvers, DocumentResolvers } from '../generated/graphql.js';
import { entityFields, required } from './fields.js';

// schema/source.graphql: documents and the quotes taken from them.

export const Document: DocumentResolvers = {
  ...entityFields,
  file: (row) => row.file ?? '',
  text: (row, _args, context) => context.data.edits.documentText(row),
  pageStarts: (row, _args, context) => context.data.edits.documentPageStarts(row),
  openProposals: (row, _args, context) => (row.sha256 ? context.data.proposals.openCount.load(row.id) : 0),
  uploadedBy: (row, _args, context) => (row.uploadedBy ? context.data.edits.users.load(row.uploadedBy) : null),
  async quotes(row, { first }, context) {
    const limit = wholeNumberIn('first', first, 500, 1, 5000);
    const quotes = await context.data.citations.ofDocument.load(row.id);
    return [...quotes].sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0)).slice(0, limit);
  },
};

export const Citation: CitationResolvers = {
  document: (citation, _args, context) => required(citation.documentId, context),
};
