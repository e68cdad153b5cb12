import type { CaseResolvers, MeetingResolvers } from '../generated/graphql.js';
import { participants } from './facts.js';
import { entityFields, related, relatedOne, relationsOf, rolesField } from './fields.js';

export const Meeting: MeetingResolvers = {
  ...entityFields,
  roles: rolesField('heldIn'),
  organization: relatedOne(['MEETING_OF'], 'OUT', ['ORGANIZATION']),
  cases: related(['CASE_IN'], 'IN', ['CASE']),
  attendances: relationsOf('ATTENDED', 'IN'),
  participants,
  references: async (row, _args, context) => {
    const [out, inbound] = await Promise.all([
      related(['REFERS_TO'], 'OUT')(row, {}, context),
      related(['REFERS_TO'], 'IN')(row, {}, context),
    ]);
    return [...out, ...inbound];
  },
};

export const Case: CaseResolvers = {
  ...entityFields,
  roles: rolesField('heldIn'),
  meeting: relatedOne(['CASE_IN'], 'OUT', ['MEETING']),
  concerns: related(['CONCERNS'], 'OUT'),
};
