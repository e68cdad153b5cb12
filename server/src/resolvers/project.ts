import type { ProjectResolvers, UniversityResolvers } from '../generated/graphql.js';
import { rolesField } from './roles.js';
import { entityFields } from './shared.js';

export const Project: ProjectResolvers = {
  ...entityFields,
  roles: rolesField('rolesHeldIn'),
};

export const University: UniversityResolvers = {
  ...entityFields,
  roles: rolesField('rolesHeldIn'),
};
