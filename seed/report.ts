import { countByKind, countByRelationType, countRolesAndCitations } from '../server/src/cypher/index.js';
import type { GraphStore } from '../server/src/graph/store.js';
import type { SeedPlan } from './plan.js';
import type { Decisions } from './schema.js';
import { checkUnlinked, unlinkedReport } from './unlinked.js';

/** The quality report of `npm run seed -- --report`: the graph's shape at a glance, as Markdown. */
export async function seedReport(store: GraphStore, plan: SeedPlan, decisions: Decisions): Promise<string> {
  const kinds = await store.read(countByKind);
  const types = await store.read(countByRelationType);
  const [totals] = await store.read(countRolesAndCitations);
  const lines: string[] = ['## Entities by kind', '', '| kind | count |', '| --- | ---: |'];
  for (const row of kinds) lines.push(`| ${row.kind} | ${row.count} |`);
  lines.push('', '## Relationships by type', '', '| type | count |', '| --- | ---: |');
  for (const row of types) lines.push(`| ${row.type} | ${row.count} |`);
  lines.push(`| roles (HOLDS → Role) | ${totals?.roles ?? 0} |`, `| citations | ${totals?.citations ?? 0} |`);
  lines.push(`| posts (Role → OF_POST → Post) | ${totals?.posts ?? 0} |`);
  const observations = plan.roles.reduce((sum, role) => sum + role.observations.length, 0);
  const duties = plan.roles.filter((role) => role.duty).length;
  lines.push(
    '',
    '## Roles and their evidence',
    '',
    `- ${plan.roles.length} roles (one per person and post), ${duties} of them duties in a meeting's case`,
    `- ${observations} observations (a statement of a role: one quote, the day or period it speaks for)`,
    `- ${plan.roles.filter((role) => role.observations.length > 1).length} roles stated more than once`,
    `- ${plan.roles.filter((role) => role.endedOn !== null).length} roles that have ended (a stated end, or a later holder of a single seat)`,
  );

  const unstatedRoles = plan.roles.filter((role) => !role.periodStated).length;
  const unstatedRelations = plan.relations.filter((relation) => relation.start === null && relation.end === null);
  lines.push(
    '',
    '## Facts without a stated period',
    '',
    'These hold for the period their source covers (an annual report its year, minutes their day).',
    '',
    `- roles: ${unstatedRoles} of ${plan.roles.length}`,
    `- relationships: ${unstatedRelations.length} of ${plan.relations.length}`,
  );
  const aliased = plan.entities
    .filter((entity) => entity.kind === 'PERSON' && entity.aliases.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  lines.push('', '## Persons with more than one spelling', '', '| person | other spellings |', '| --- | --- |');
  for (const person of aliased) lines.push(`| ${person.name} | ${person.aliases.join('; ')} |`);
  lines.push(...unlinkedReport(checkUnlinked(plan, decisions)));
  return `${lines.join('\n')}\n`;
}
