import type { PersonResolvers, RoleResolvers } from '../generated/graphql.js';
import type { EntityRow } from '../graph/rows.js';
import { rolesField } from './roles.js';
import { allRelations, entityFields, loadCitations, related } from './shared.js';

export const Person: PersonResolvers = {
  ...entityFields,
  roles: rolesField('rolesOfPerson'),
  attendances: async (row, _args, context) =>
    (await allRelations(row.id, null, context)).filter(
      (relation) => relation.type === 'ATTENDED' && relation.fromId === row.id,
    ),
  meetings: related(['ATTENDED'], 'OUT', ['MEETING']),
};

async function required(id: string, load: (id: string) => Promise<EntityRow | null>): Promise<EntityRow> {
  const row = await load(id);
  if (row === null) throw new Error(`Dangling reference to ${id}`);
  return row;
}

export const Role: RoleResolvers = {
  person: (role, _args, context) => required(role.personId, (id) => context.loaders.entity.load(id)),
  organization: (role, _args, context) =>
    role.heldInId !== null && role.heldInKind === 'ORGANIZATION' ? context.loaders.entity.load(role.heldInId) : null,
  heldIn: (role, _args, context) => (role.heldInId === null ? null : context.loaders.entity.load(role.heldInId)),
  onBehalfOf: (role, _args, context) =>
    role.onBehalfOfId !== null && role.onBehalfOfKind === 'MUNICIPALITY'
      ? context.loaders.entity.load(role.onBehalfOfId)
      : null,
  representing: (role, _args, context) =>
    role.onBehalfOfId === null ? null : context.loaders.entity.load(role.onBehalfOfId),
  citations: (role, _args, context) => loadCitations(role.citationIds, context),
};

export { required };
