import { readStatement } from '../graph/statement.js';
import { asOfFilter, isSeat, roleAsOfFilter, roleShownOn } from './period.js';
import { roleEnds, roleListProjection, roleMap } from './role.js';

/**
 * Every role held in a municipality or on its behalf (optionally on one day): the whole representation matrix, each
 * role with its holder, body, municipality and citations (roleListProjection). The matrix of chosen municipalities
 * (a page, a filter) starts from their ids instead: representativesOfMunicipalities.
 */
export const representationRoles = readStatement(
  'representationRoles',
  `
MATCH (m:Municipality)<-[:HELD_IN|ON_BEHALF_OF]-(role:Role)
WITH DISTINCT m.id AS ownerId, role
WHERE ${isSeat('role')} AND ${roleAsOfFilter('role')}
${roleListProjection}`,
);

/**
 * The municipalities the representation matrix shows, in name order: those with a seat held in or on behalf of
 * them on `$asOf` (in one of `$bodies`, when given, other than the municipality itself) and, with `$name`, a name
 * or alias that contains it (folded). The ids only: the data layer keeps the list until the next write and pages it.
 */
export const representationMunicipalities = readStatement(
  'representationMunicipalities',
  `
MATCH (m:Municipality)
WHERE ($municipalities IS NULL OR m.id IN $municipalities)
  AND ($name IS NULL OR any(key IN m.keys WHERE key CONTAINS $name))
  AND (
    ($bodies IS NULL AND EXISTS {
      MATCH (m)<-[:HELD_IN|ON_BEHALF_OF]-(role:Role)
      WHERE ${isSeat('role')} AND ${roleAsOfFilter('role')}
    })
    OR EXISTS {
      MATCH (m)<-[:ON_BEHALF_OF]-(role:Role)-[:HELD_IN]->(body:Entity)
      WHERE body.id IN $bodies AND body.id <> m.id AND ${isSeat('role')} AND ${roleAsOfFilter('role')}
    }
  )
WITH m
ORDER BY m.name, m.id
RETURN collect(m.id) AS ids
`,
);

/**
 * Every grant with what counting it needs: its amount, year, the grant it is part of (ALLOCATED_FROM), its
 * funders, recipients and project recipients. The funding reports select and count in domain/grants.ts: which grants
 * are added depends on which of their ancestors or parts are also selected, a rule over the whole tree.
 */
export const grantTree = readStatement(
  'grantTree',
  `
MATCH (g:Grant)
RETURN g.id AS id, g.amountNok AS amountNok, g.year AS year,
  head([(g)-[:ALLOCATED_FROM]->(parent:Grant) | parent.id]) AS parentId,
  [(g)-[:GRANTED_BY]->(funder:Entity) | funder.id] AS funders,
  [(g)-[:GRANTED_TO]->(recipient:Entity) | recipient.id] AS recipients,
  [(g)-[:GRANTED_TO]->(project:Project) | project.id] AS projects
`,
);

/** Roles and people per place the roles are held in (optionally on one day). */
export const roleCountsByBody = readStatement(
  'roleCountsByBody',
  `
MATCH (person:Person)-[:HOLDS]->(role:Role)-[:HELD_IN]->(place:Entity)
WHERE ${isSeat('role')} AND ${roleAsOfFilter('role')}
RETURN place.id AS id, count(role) AS roles, count(DISTINCT person) AS people
`,
);

/** Roles and people per municipality they are held in or on behalf of (optionally on one day). */
export const roleCountsByMunicipality = readStatement(
  'roleCountsByMunicipality',
  `
MATCH (m:Municipality)<-[:HELD_IN|ON_BEHALF_OF]-(role:Role)<-[:HOLDS]-(person:Person)
WITH DISTINCT m, role, person
WHERE ${isSeat('role')} AND ${roleAsOfFilter('role')}
RETURN m.id AS id, count(role) AS roles, count(DISTINCT person) AS people
`,
);

/** Universities × municipalities that take part in the same projects. */
export const universityCollaboration = readStatement(
  'universityCollaboration',
  `
MATCH (u:University)-[ur:PARTICIPATES_IN|PARTNER_OF]->(p:Project)<-[mr:PARTICIPATES_IN|PARTNER_OF]-(m:Municipality)
WHERE ${asOfFilter('ur')} AND ${asOfFilter('mr')}
RETURN u.id AS universityId, m.id AS municipalityId, collect(DISTINCT p.id) AS projectIds
`,
);

/** Roles known to hold on either of two days, flagged by day: the material of `changes`. */
export const rolesOnTwoDays = readStatement(
  'rolesOnTwoDays',
  `
MATCH (person:Person)-[:HOLDS]->(role:Role)
WHERE ${isSeat('role')}
WITH person, role,
  ${roleShownOn('role', 'from')} AS onFrom,
  ${roleShownOn('role', 'to')} AS onTo
WHERE onFrom OR onTo
WITH null AS ownerId, onFrom, onTo, role, person
${roleEnds}, onFrom, onTo
RETURN onFrom, onTo, ${roleMap} AS role
`,
);

const roleFilter = `
MATCH (person:Person)-[:HOLDS]->(role:Role)
WHERE ($person IS NULL OR person.id = $person)
  AND ($organization IS NULL OR EXISTS { (role)-[:HELD_IN]->(:Entity {id: $organization}) })
  AND ($municipality IS NULL OR EXISTS { (role)-[:HELD_IN|ON_BEHALF_OF]->(:Entity {id: $municipality}) })
  AND ${isSeat('role')}
  AND ${roleAsOfFilter('role')}
  AND ($from IS NULL OR role.endedOn IS NULL OR role.endedOn > date($from))
  AND ($to IS NULL OR role.validFrom IS NULL OR role.validFrom <= date($to))
  AND ($title IS NULL OR role.titleKey CONTAINS $title)`;

const ROLE_ORDERS = {
  PERIOD_DESC: 'role.validFrom IS NULL, role.validFrom DESC, role.title, role.id',
  PERIOD_ASC: 'role.validFrom, role.title, role.id',
  TITLE: 'role.title, role.validFrom DESC, role.id',
} as const;

/** One page of roles per sort order (ORDER BY cannot be a parameter). */
export const rolesPage = Object.fromEntries(
  Object.entries(ROLE_ORDERS).map(([order, orderBy]) => [
    order,
    readStatement(
      `rolesPage_${order}`,
      `${roleFilter}
WITH person, role
ORDER BY ${orderBy}
SKIP $offset
LIMIT $limit
WITH null AS ownerId, role, person
${roleEnds}
RETURN ${roleMap} AS role
`,
    ),
  ]),
) as Record<keyof typeof ROLE_ORDERS, ReturnType<typeof readStatement>>;

/** How many roles match the filter. */
export const rolesCount = readStatement('rolesCount', `${roleFilter}\nRETURN count(role) AS total`);

const grantFilter = `
MATCH (g:Grant)
WHERE ($year IS NULL OR g.year = $year)
  AND ($funder IS NULL OR EXISTS { (g)-[:GRANTED_BY]->(:Entity {id: $funder}) })
  AND ($recipient IS NULL OR EXISTS { (g)-[:GRANTED_TO]->(:Entity {id: $recipient}) })`;

const GRANT_ORDERS = {
  // Grants without a stated amount last (Cypher sorts nulls first when descending).
  AMOUNT_DESC: 'g.amountNok IS NULL, g.amountNok DESC, g.name, g.id',
  YEAR_DESC: 'g.year IS NULL, g.year DESC, g.name, g.id',
  NAME: 'g.name, g.id',
} as const;

/** One page of grants per sort order. */
export const grantsPage = Object.fromEntries(
  Object.entries(GRANT_ORDERS).map(([order, orderBy]) => [
    order,
    readStatement(
      `grantsPage_${order}`,
      `${grantFilter}
RETURN g {.*} AS entity
ORDER BY ${orderBy}
SKIP $offset
LIMIT $limit
`,
    ),
  ]),
) as Record<keyof typeof GRANT_ORDERS, ReturnType<typeof readStatement>>;
