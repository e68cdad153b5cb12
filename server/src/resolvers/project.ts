import type {
  CollaborationResolvers,
  ProjectResolvers,
  QueryResolvers,
  UniversityResolvers,
} from '../generated/graphql.js';
import { figures } from './facts.js';
import { entityFields, existing, related, required, rolesField } from './fields.js';

export const Project: ProjectResolvers = {
  ...entityFields,
  figures,
  roles: rolesField('heldIn'),
  participants: related(['PARTICIPATES_IN'], 'IN'),
  partners: related(['PARTNER_OF'], 'IN'),
  responsible: related(['RESPONSIBLE_FOR'], 'IN'),
  parents: related(['PART_OF'], 'OUT'),
  children: related(['PART_OF'], 'IN'),
  grants: related(['GRANTED_TO'], 'IN', ['GRANT']),
};

export const University: UniversityResolvers = {
  ...entityFields,
  roles: rolesField('heldIn'),
  projects: related(['PARTICIPATES_IN', 'PARTNER_OF'], 'OUT', ['PROJECT']),
  memberOf: related(['MEMBER_OF'], 'OUT', ['ORGANIZATION']),
};

export const collaborationQueries: Pick<QueryResolvers, 'universityCollaboration'> = {
  async universityCollaboration(_parent, { asOf }, context) {
    const rows = await context.data.reports.collaboration(asOf ?? null);
    return rows
      .map((row) => ({ ...row, projectIds: [...row.projectIds].sort() }))
      .sort((a, b) => a.universityId.localeCompare(b.universityId) || a.municipalityId.localeCompare(b.municipalityId));
  },
};

export const Collaboration: CollaborationResolvers = {
  university: (row, _args, context) => required(row.universityId, context),
  municipality: (row, _args, context) => required(row.municipalityId, context),
  projects: (row, _args, context) => existing(row.projectIds, context),
};
