import type { EntityConnectionResolvers } from '../generated/graphql.js';

export const EntityConnection: EntityConnectionResolvers = {
  pageInfo: (connection) => ({
    hasNextPage: connection.hasNextPage,
    endCursor: connection.edges.at(-1)?.cursor ?? null,
  }),
};
