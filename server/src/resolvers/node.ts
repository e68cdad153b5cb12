import type { EntityResolvers, NodeResolvers } from '../generated/graphql.js';
import type { EntityRow } from '../graph/rows.js';
import { typenameOfEntity } from './shared.js';

type AnyTypename = ReturnType<NonNullable<NodeResolvers['__resolveType']>>;

export const Node: NodeResolvers = {
  __resolveType: (row) => {
    if (row.nodeType === 'Role') return 'Role';
    if (row.nodeType === 'Relation') return 'Relation';
    return typenameOfEntity(row) as AnyTypename;
  },
};

export const Entity: EntityResolvers = {
  __resolveType: (row: EntityRow) => typenameOfEntity(row) as ReturnType<NonNullable<EntityResolvers['__resolveType']>>,
};
