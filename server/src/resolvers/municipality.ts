import type { MunicipalityResolvers } from '../generated/graphql.js';
import { rolesField } from './roles.js';
import { entityFields, related } from './shared.js';

export const Municipality: MunicipalityResolvers = {
  ...entityFields,
  representatives: rolesField('representatives'),
  memberOf: related(['MEMBER_OF'], 'OUT', ['ORGANIZATION']),
  projects: related(['PARTICIPATES_IN', 'PARTNER_OF'], 'OUT', ['PROJECT']),
  areas: related(['IN_AREA_OF'], 'OUT', ['ORGANIZATION']),
};
