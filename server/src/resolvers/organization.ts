import type { OrganizationResolvers } from '../generated/graphql.js';
import { rolesField } from './roles.js';
import { entityFields } from './shared.js';

export const Organization: OrganizationResolvers = {
  ...entityFields,
  roles: rolesField('rolesHeldIn'),
};
