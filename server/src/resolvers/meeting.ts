import type { CaseResolvers, MeetingResolvers } from '../generated/graphql.js';
import { rolesField } from './roles.js';
import { entityFields } from './shared.js';

export const Meeting: MeetingResolvers = {
  ...entityFields,
  roles: rolesField('rolesHeldIn'),
};

export const Case: CaseResolvers = {
  ...entityFields,
  roles: rolesField('rolesHeldIn'),
};
