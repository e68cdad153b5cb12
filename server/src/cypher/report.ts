import { asOfFilter } from './period.js';
import { roleProjection } from './role.js';
import { readStatement } from './statement.js';

/** Every role held in a municipality or on its behalf (optionally on one day): the representation matrix. */
export const representationRoles = readStatement(
  'representationRoles',
  `
MATCH (m:Municipality)<-[:HELD_IN|ON_BEHALF_OF]-(role:Role)
WHERE $municipalities IS NULL OR m.id IN $municipalities
WITH DISTINCT m.id AS ownerId, role
WHERE ${asOfFilter('role')}
${roleProjection}`,
);
