import type { FunderResolvers, GrantResolvers } from '../generated/graphql.js';
import { entityFields, related, relatedOne } from './shared.js';

export const Funder: FunderResolvers = {
  ...entityFields,
  grants: related(['GRANTED_BY'], 'IN', ['GRANT']),
};

export const Grant: GrantResolvers = {
  ...entityFields,
  funder: relatedOne(['GRANTED_BY'], 'OUT'),
  recipients: related(['GRANTED_TO'], 'OUT'),
  decidedIn: related(['DECIDED_IN'], 'OUT'),
};
