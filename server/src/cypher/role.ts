import { readStatement } from '../graph/statement.js';
import { factCitations } from './fact-citations.js';
import { isSeat, roleAsOfFilter } from './period.js';

// Every role statement ends in the same projection, so resolvers receive one row shape (RoleRow). Lookups by id go
// through the Entity label, whose id index both engines use (Grafeo does not use it for (:Person {id: …})).
export const roleEnds = `
WITH ownerId, role, person,
  head([(role)-[:HELD_IN]->(target:Entity) | target]) AS heldIn,
  head([(role)-[:ON_BEHALF_OF]->(target:Entity) | target]) AS behalf`;

export const roleMap =
  'role {.*, personId: person.id, heldInId: heldIn.id, heldInKind: heldIn.kind, onBehalfOfId: behalf.id, onBehalfOfKind: behalf.kind}';

// Pattern comprehensions rather than OPTIONAL MATCH: Grafeo plans each OPTIONAL MATCH as a scan of the whole
// pattern (17 ms at 100,000 facts, growing with the graph), a comprehension as an expansion from the role (0.2 ms).
export const roleProjection = `
MATCH (role)<-[:HOLDS]-(person:Person)
${roleEnds}
RETURN ownerId, ${roleMap} AS role
`;

/**
 * The projection of the role lists (a person's seats, a municipality's representatives, a body's roles): each role
 * with its holder, body and municipality, which the page shows beside it (the data layer hands them to the
 * entities' loader, so that they are not read again), and its citations with their documents.
 */
export const roleListProjection = `
MATCH (role)<-[:HOLDS]-(person:Person)
${roleEnds}
${factCitations('role')}
RETURN ownerId, ${roleMap} AS role, person {.*} AS person, heldIn {.*} AS heldIn, behalf {.*} AS behalf, citations
`;

/** The seats each person holds (optionally on one day): case duties left out. */
export const rolesOfPersons = readStatement(
  'rolesOfPersons',
  `
UNWIND $ids AS ownerId
MATCH (holder:Entity {id: ownerId})-[:HOLDS]->(role:Role)
WHERE ${isSeat('role')} AND ${roleAsOfFilter('role')}
${roleListProjection}`,
);

/** The duties each person has in meetings' cases. */
export const dutiesOfPersons = readStatement(
  'dutiesOfPersons',
  `
UNWIND $ids AS ownerId
MATCH (holder:Entity {id: ownerId})-[:HOLDS]->(role:Role)
WHERE role.duty = true
${roleListProjection}`,
);

/** The holders of each post (optionally on one day). */
export const rolesOfPosts = readStatement(
  'rolesOfPosts',
  `
UNWIND $ids AS ownerId
MATCH (:Post {id: ownerId})<-[:OF_POST]-(role:Role)
WHERE ${roleAsOfFilter('role')}
${roleListProjection}`,
);

/** Posts by their own ids. */
export const postsById = readStatement(
  'postsById',
  `
UNWIND $ids AS wanted
MATCH (post:Post {id: wanted})
RETURN wanted AS ownerId, post {.*} AS post
`,
);

/** Roles held in each municipality or on its behalf: mayors, directors, its seats in bodies. */
export const representativesOfMunicipalities = readStatement(
  'representativesOfMunicipalities',
  `
UNWIND $ids AS ownerId
MATCH (m:Entity {id: ownerId})<-[:HELD_IN|ON_BEHALF_OF]-(role:Role)
WHERE m:Municipality
WITH DISTINCT ownerId, role
WHERE ${isSeat('role')} AND ${roleAsOfFilter('role')}
${roleListProjection}`,
);

/** Roles held in each body, project, meeting or case. */
export const rolesHeldIn = readStatement(
  'rolesHeldIn',
  `
UNWIND $ids AS ownerId
MATCH (:Entity {id: ownerId})<-[:HELD_IN]-(role:Role)
WHERE ${roleAsOfFilter('role')}
${roleListProjection}`,
);

/** Roles by their own ids. */
export const rolesById = readStatement(
  'rolesById',
  `
UNWIND $ids AS ownerId
MATCH (role:Role {id: ownerId})
${roleProjection}`,
);
