import type { MunicipalityResolvers } from '../generated/graphql.js';
import { figures } from './facts.js';
import { entityFields, related, rolesField } from './fields.js';

export const Municipality: MunicipalityResolvers = {
  ...entityFields,
  figures,
  representatives: rolesField('representatives'),
  memberOf: related(['MEMBER_OF'], 'OUT', ['ORGANIZATION']),
  projects: related(['PARTICIPATES_IN', 'PARTNER_OF'], 'OUT', ['PROJECT']),
  areas: related(['IN_AREA_OF'], 'OUT', ['ORGANIZATION']),
};
