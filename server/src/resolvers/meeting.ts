import type { CaseResolvers, MeetingResolvers } from '../generated/graphql.js';
import { rolesField } from './roles.js';
import { allRelations, entityFields, related, relatedOne } from './shared.js';

export const Meeting: MeetingResolvers = {
  ...entityFields,
  roles: rolesField('rolesHeldIn'),
  organization: relatedOne(['MEETING_OF'], 'OUT', ['ORGANIZATION']),
  cases: related(['CASE_IN'], 'IN', ['CASE']),
  attendances: async (row, _args, context) =>
    (await allRelations(row.id, null, context)).filter(
      (relation) => relation.type === 'ATTENDED' && relation.toId === row.id,
    ),
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
  roles: rolesField('rolesHeldIn'),
  meeting: relatedOne(['CASE_IN'], 'OUT', ['MEETING']),
  concerns: related(['CONCERNS'], 'OUT'),
};
