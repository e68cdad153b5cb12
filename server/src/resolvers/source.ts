import { badUserInput } from '../errors.js';
import type { CitationResolvers, DocumentResolvers } from '../generated/graphql.js';
import { required } from './person.js';
import { entityFields } from './shared.js';

export const Document: DocumentResolvers = {
  ...entityFields,
  file: (row) => row.file ?? '',
  async quotes(row, { first }, context) {
    const limit = first ?? 500;
    if (!Number.isInteger(limit) || limit < 1 || limit > 5000) {
      throw badUserInput('"first" must be a whole number from 1 to 5000.', 'first');
    }
    const quotes = await context.loaders.quotesOfDocument.load(row.id);
    return [...quotes].sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0)).slice(0, limit);
  },
};

export const Citation: CitationResolvers = {
  document: (citation, _args, context) => required(citation.documentId, (id) => context.loaders.entity.load(id)),
};
