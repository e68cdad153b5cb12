import type { RelationResolvers } from '../generated/graphql.js';
import { required } from './person.js';
import { loadCitations } from './shared.js';

export const Relation: RelationResolvers = {
  from: (relation, _args, context) => required(relation.fromId, (id) => context.loaders.entity.load(id)),
  to: (relation, _args, context) => required(relation.toId, (id) => context.loaders.entity.load(id)),
  citations: (relation, _args, context) => loadCitations(relation.citationIds, context),
};
