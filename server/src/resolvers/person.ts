import { foldName } from '../domain/names.js';
import { offsetCursor, offsetPage, pageInfo } from '../domain/page.js';
import { roleStatus } from '../domain/seats.js';
import { notClaimed, notFound } from '../errors.js';
import type {
  PersonResolvers,
  QueryResolvers,
  RoleConnectionResolvers,
  RoleCountResolvers,
  RoleResolvers,
} from '../generated/graphql.js';
import {
  citationsOf,
  dateArgument,
  entityFields,
  factEditFields,
  optional,
  related,
  relationsOf,
  required,
  rolesField,
} from './fields.js';

// schema/person.graphql: persons, their roles, the role list and the role counts.

const MAX_PAGE = 500;

export const Person: PersonResolvers = {
  ...entityFields,
  roles: rolesField('ofPerson'),
  duties: rolesField('dutiesOfPerson'),
  attendances: relationsOf('ATTENDED', 'OUT'),
  meetings: related(['ATTENDED'], 'OUT', ['MEETING']),
};

export const Role: RoleResolvers = {
  ...factEditFields,
  person: (role, _args, context) => required(role.personId, context),
  organization: (role, _args, context) =>
    role.heldInKind === 'ORGANIZATION' ? optional(role.heldInId, context) : null,
  heldIn: (role, _args, context) => optional(role.heldInId, context),
  onBehalfOf: (role, _args, context) =>
    role.onBehalfOfKind === 'MUNICIPALITY' ? optional(role.onBehalfOfId, context) : null,
  representing: (role, _args, context) => optional(role.onBehalfOfId, context),
  citations: (role, _args, context) => citationsOf(role.citationIds, context),
  async post(role, _args, context) {
    const post = await context.data.roles.post.load(role.postId);
    if (post === null) throw notFound(`The post ${role.postId} of ${role.id} is not in the graph.`);
    return post;
  },
  observations: (role) => role.observations,
  status(role, { asOf }) {
    const status = roleStatus(role, asOf);
    if (status === null) {
      throw notClaimed(`The sources claim nothing about this role on ${asOf}: it is first known on ${role.validFrom}.`);
    }
    return status;
  },
};

export const roleQueries: Pick<QueryResolvers, 'roles' | 'roleCounts'> = {
  async roles(_parent, { filter, orderBy, first, after }, context) {
    const { offset, limit } = offsetPage(first, after, MAX_PAGE);
    const values = {
      person: filter?.person ?? null,
      organization: filter?.organization ?? null,
      municipality: filter?.municipality ?? null,
      asOf: dateArgument('asOf', filter?.asOf),
      from: dateArgument('from', filter?.from),
      to: dateArgument('to', filter?.to),
      title: filter?.title ? foldName(filter.title) : null,
    };
    const [page, totalCount] = await Promise.all([
      context.data.roles.page(values, orderBy ?? 'PERIOD_DESC', offset, limit + 1),
      context.data.roles.count(values),
    ]);
    return {
      edges: page.slice(0, limit).map((node, index) => ({ node, cursor: offsetCursor(offset, index) })),
      hasNextPage: page.length > limit,
      totalCount,
    };
  },

  async roleCounts(_parent, { groupBy, asOf }, context) {
    const rows = await context.data.reports.roleCounts(groupBy, asOf ?? null);
    return rows.sort((a, b) => b.roles - a.roles || a.entityId.localeCompare(b.entityId));
  },
};

export const RoleConnection: RoleConnectionResolvers = { pageInfo };

export const RoleCount: RoleCountResolvers = {
  entity: (row, _args, context) => required(row.entityId, context),
};
