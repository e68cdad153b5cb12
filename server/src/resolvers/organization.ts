import type { OrganizationResolvers } from '../generated/graphql.js';
import { figures } from './facts.js';
import { entityFields, related, rolesField } from './fields.js';

export const Organization: OrganizationResolvers = {
  ...entityFields,
  figures,
  roles: rolesField('heldIn'),
  roleCount: async (row, _args, context) => (await context.data.entities.counts.load(row.id)).roles,
  members: related(['MEMBER_OF'], 'IN'),
  memberOf: related(['MEMBER_OF'], 'OUT', ['ORGANIZATION']),
  parents: related(['PART_OF'], 'OUT'),
  parentCount: async (row, _args, context) => (await context.data.entities.counts.load(row.id)).parents,
  children: related(['PART_OF'], 'IN'),
  meetings: related(['MEETING_OF'], 'IN', ['MEETING']),
  projects: related(['PARTICIPATES_IN', 'PARTNER_OF', 'RESPONSIBLE_FOR'], 'OUT', ['PROJECT']),
  grantsReceived: related(['GRANTED_TO'], 'IN', ['GRANT']),
  grantsGiven: related(['GRANTED_BY'], 'IN', ['GRANT']),
  owners: related(['OWNS'], 'IN', ['ORGANIZATION']),
  owns: related(['OWNS'], 'OUT'),
};
