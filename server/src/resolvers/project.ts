import type { ProjectResolvers, UniversityResolvers } from '../generated/graphql.js';
import { rolesField } from './roles.js';
import { entityFields, related } from './shared.js';

export const Project: ProjectResolvers = {
  ...entityFields,
  roles: rolesField('rolesHeldIn'),
  participants: related(['PARTICIPATES_IN'], 'IN'),
  partners: related(['PARTNER_OF'], 'IN'),
  responsible: related(['RESPONSIBLE_FOR'], 'IN'),
  parents: related(['PART_OF'], 'OUT'),
  children: related(['PART_OF'], 'IN'),
  grants: related(['GRANTED_TO'], 'IN', ['GRANT']),
};

export const University: UniversityResolvers = {
  ...entityFields,
  roles: rolesField('rolesHeldIn'),
  projects: related(['PARTICIPATES_IN', 'PARTNER_OF'], 'OUT', ['PROJECT']),
  memberOf: related(['MEMBER_OF'], 'OUT', ['ORGANIZATION']),
};
