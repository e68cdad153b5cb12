import type { MunicipalityResolvers } from '../generated/graphql.js';
import { rolesField } from './roles.js';
import { entityFields } from './shared.js';

export const Municipality: MunicipalityResolvers = {
  ...entityFields,
  representatives: rolesField('representatives'),
};
