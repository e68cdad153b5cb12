import { byPeriodThenTitle } from '../domain/roles.js';
import type { ObservationResolvers, PostResolvers } from '../generated/graphql.js';
import { optional } from './fields.js';

// schema/post.graphql: seats (posts), who holds them, and the observations of a fact.

export const Post: PostResolvers = {
  organization: (post, _args, context) => optional(post.organizationId, context),
  onBehalfOf: (post, _args, context) => optional(post.onBehalfOfId, context),
  async holders(post, { asOf }, context) {
    const roles = await context.data.roles.list('ofPost', asOf ?? null).load(post.id);
    return [...roles].sort(byPeriodThenTitle);
  },
  listings: (post) => post.listings,
};

export const Observation: ObservationResolvers = {
  async citation(observation, _args, context) {
    const [citation] = await context.data.citations.many([observation.citationId]);
    return citation as NonNullable<typeof citation>;
  },
};
