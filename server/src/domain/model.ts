import type { EntityKindValue, RelationTypeValue } from '../graph/rows.js';

// Which kinds of entity each relationship type may join, and where a role may be held: the data model's
// rules, checked by the seed loader before anything is written (docs/seed-format.md).

type Ends = { from: readonly EntityKindValue[]; to: readonly EntityKindValue[] };

const ALL: readonly EntityKindValue[] = [
  'MUNICIPALITY',
  'PERSON',
  'ORGANIZATION',
  'PROJECT',
  'UNIVERSITY',
  'FUNDER',
  'GRANT',
  'MEETING',
  'CASE',
];

export const RELATION_ENDS: Record<RelationTypeValue, Ends> = {
  MEMBER_OF: { from: ['MUNICIPALITY', 'ORGANIZATION', 'UNIVERSITY'], to: ['ORGANIZATION'] },
  PART_OF: { from: ['ORGANIZATION', 'PROJECT'], to: ['ORGANIZATION', 'PROJECT'] },
  HOST_OF: { from: ['MUNICIPALITY', 'ORGANIZATION'], to: ['ORGANIZATION', 'PROJECT'] },
  PARTICIPATES_IN: { from: ['MUNICIPALITY', 'ORGANIZATION', 'UNIVERSITY'], to: ['PROJECT'] },
  PARTNER_OF: {
    from: ['UNIVERSITY', 'ORGANIZATION', 'MUNICIPALITY'],
    to: ['PROJECT', 'ORGANIZATION', 'MUNICIPALITY'],
  },
  RESPONSIBLE_FOR: { from: ['ORGANIZATION', 'MUNICIPALITY'], to: ['PROJECT', 'ORGANIZATION'] },
  LOCATED_IN: { from: ['ORGANIZATION', 'UNIVERSITY'], to: ['MUNICIPALITY'] },
  IN_AREA_OF: { from: ['MUNICIPALITY'], to: ['ORGANIZATION'] },
  GRANTED_BY: { from: ['GRANT'], to: ['FUNDER', 'ORGANIZATION', 'MUNICIPALITY'] },
  GRANTED_TO: { from: ['GRANT'], to: ['PROJECT', 'ORGANIZATION', 'MUNICIPALITY', 'UNIVERSITY'] },
  DECIDED_IN: { from: ['GRANT'], to: ['CASE', 'MEETING'] },
  MEETING_OF: { from: ['MEETING'], to: ['ORGANIZATION'] },
  CASE_IN: { from: ['CASE'], to: ['MEETING'] },
  CONCERNS: { from: ['CASE', 'MEETING'], to: ALL },
  REFERS_TO: { from: ['MEETING', 'CASE'], to: ['MEETING', 'CASE'] },
  ATTENDED: { from: ['PERSON'], to: ['MEETING'] },
};

/** Where a role may be held. */
export const ROLE_HELD_IN: readonly EntityKindValue[] = [
  'ORGANIZATION',
  'MUNICIPALITY',
  'PROJECT',
  'UNIVERSITY',
  'MEETING',
  'CASE',
];

/** Whom a role may represent: a municipality (its seat in a council) or an organisation (a health trust). */
export const ROLE_ON_BEHALF_OF: readonly EntityKindValue[] = ['MUNICIPALITY', 'ORGANIZATION'];
