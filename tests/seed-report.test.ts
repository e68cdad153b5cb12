import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEmpty, loadPlan, replayReport } from '../seed/load.js';
import { planSeed, readSeedSources } from '../seed/plan.js';
import { seedReport } from '../seed/report.js';
import { decisionsSchema } from '../seed/schema.js';
import { checkUnlinked } from '../seed/unlinked.js';
import { entityLabelsForTests } from '../server/src/cypher/testing.js';
import { LABEL_OF_KIND } from '../server/src/domain/vocabulary.js';
import type { GraphStore } from '../server/src/graph/store.js';
import { engines } from './support/engines.js';

// `npm run seed -- --report`: the quality report a curator reads after seeding. Its figures are read back from the
// graph, so each must equal what the seed plan holds (the plan is the expectation: the report's job is to show the
// graph as loaded, and a report that counts wrongly, or a load that writes twice, makes them differ).

const seedDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'seed');
const sources = readSeedSources(seedDir);
const plan = planSeed(sources);
const decisions = decisionsSchema.parse(sources.decisions);

/** The rows of the Markdown table under `heading`, as [first cell, second cell]. */
function table(report: string, heading: string): [string, string][] {
  const section = report.split(`## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .slice(1)
    .map((line) => {
      const [first = '', second = ''] = line.slice(2, -2).split(' | ');
      return [first, second];
    });
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe.each(engines())('the seed report ($name)', (engine) => {
  let store: GraphStore;
  let dispose: () => Promise<void>;
  let report: string;
  let emptyBefore: boolean;

  beforeAll(async () => {
    ({ store, dispose } = await engine.open());
    emptyBefore = await isEmpty(store);
    await loadPlan(store, plan);
    report = await seedReport(store, plan, decisions);
  }, 120_000);
  afterAll(() => dispose());

  it('is empty before the seed is loaded and not after (npm start seeds only an empty graph)', async () => {
    expect(emptyBefore).toBe(true);
    expect(await isEmpty(store)).toBe(false);
  });

  it('has its sections and table headers in order', () => {
    const skeleton = [
      '## Entities by kind',
      '| kind | count |',
      '| --- | ---: |',
      '## Relationships by type',
      '| type | count |',
      '| --- | ---: |',
      '## Roles and their evidence',
      '## Facts without a stated period',
      'These hold for the period their source covers (an annual report its year, minutes their day).',
      '## Persons with more than one spelling',
      '| person | other spellings |',
      '| --- | --- |',
      '## Entities with no link',
      '| entity | why it has no link |',
      '| --- | --- |',
    ];
    const lines = report.split('\n');
    expect(lines.filter((line) => skeleton.includes(line))).toEqual(skeleton);
    // Each heading stands on its own: a blank line before it (but the first) and after it.
    for (const heading of skeleton.filter((line) => line.startsWith('## '))) {
      const at = lines.indexOf(heading);
      if (at > 0) expect(lines[at - 1]).toBe('');
      expect(lines[at + 1]).toBe('');
    }
    expect(report.endsWith('\n')).toBe(true);
  });

  it("gives each entity its own kind's label and no other kind's", async () => {
    const kindLabels = new Set(Object.values(LABEL_OF_KIND));
    const rows = await store.read(entityLabelsForTests);
    expect(rows).toHaveLength(plan.entities.length);
    for (const row of rows) {
      const labels = (row.labels as string[]).filter((label) => kindLabels.has(label));
      expect(labels, String(row.id)).toEqual([LABEL_OF_KIND[row.kind as keyof typeof LABEL_OF_KIND]]);
    }
  });

  it('counts the entities of each kind as loaded, in order of kind', () => {
    const expected = [...countBy(plan.entities, (entity) => entity.kind)].sort(([a], [b]) => (a < b ? -1 : 1));
    expect(table(report, 'Entities by kind')).toEqual(expected.map(([kind, count]) => [kind, String(count)]));
  });

  it('counts the relationships of each type, then roles, citations and posts', () => {
    const rows = table(report, 'Relationships by type');
    const byType = [...countBy(plan.relations, (relation) => relation.type)].sort(([a], [b]) => (a < b ? -1 : 1));
    expect(rows.slice(0, byType.length)).toEqual(byType.map(([type, count]) => [type, String(count)]));
    expect(rows.slice(byType.length)).toEqual([
      ['roles (HOLDS → Role)', String(plan.roles.length)],
      ['citations', String(plan.citations.length)],
      ['posts (Role → OF_POST → Post)', String(plan.posts.length)],
    ]);
  });

  it("sums the roles' evidence and their periods", () => {
    const observations = plan.roles.reduce((sum, role) => sum + role.observations.length, 0);
    const duties = plan.roles.filter((role) => role.duty).length;
    expect(duties).toBeGreaterThan(0);
    expect(report).toContain(`- ${plan.roles.length} roles (one per person and post), ${duties} of them duties`);
    expect(report).toContain(`- ${observations} observations (a statement of a role`);
    const many = plan.roles.filter((role) => role.observations.length > 1).length;
    expect(many).toBeGreaterThan(0);
    expect(report).toContain(`- ${many} roles stated more than once`);
    const ended = plan.roles.filter((role) => role.endedOn !== null).length;
    expect(report).toContain(`- ${ended} roles that have ended`);
    const unstated = plan.roles.filter((role) => !role.periodStated).length;
    expect(unstated).toBeGreaterThan(0);
    expect(report).toContain(`- roles: ${unstated} of ${plan.roles.length}`);
    const relations = plan.relations.filter((relation) => relation.start === null && relation.end === null).length;
    expect(report).toContain(`- relationships: ${relations} of ${plan.relations.length}`);
  });

  it('lists every person with more than one spelling, alphabetically, with the other spellings', () => {
    const rows = table(report, 'Persons with more than one spelling');
    const aliased = plan.entities.filter((entity) => entity.kind === 'PERSON' && entity.aliases.length > 0);
    expect(rows.map(([name]) => name)).toEqual(
      aliased.map((person) => person.name).sort((a, b) => a.localeCompare(b, 'nb')),
    );
    const byName = new Map(aliased.map((person) => [person.name, person.aliases.join('; ')]));
    expect(rows.length).toBeGreaterThan(0);
    for (const [name, spellings] of rows) expect(spellings).toBe(byName.get(name));
  });

  it('ends with the explained entities that have no link', () => {
    const { explained } = checkUnlinked(plan, decisions);
    expect(explained.length).toBeGreaterThan(0);
    const rows = table(report, 'Entities with no link');
    expect(rows).toEqual(explained.map(({ entity, reason }) => [entity.id, reason]));
  });
});

describe('the lines on replayed edits', () => {
  it('says how many edits were replayed, and nothing more when all applied', () => {
    expect(replayReport({ applied: 3, conflicts: [], unapplied: [] })).toBe(
      'Replayed 3 approved edit(s) over the seed files.',
    );
  });

  it('lists each conflict and each edit that could not be applied', () => {
    expect(
      replayReport({
        applied: 2,
        conflicts: ['role:a: end 2021-12-31'],
        unapplied: ['edit:b: person gone', 'edit:c: x'],
      }),
    ).toBe(
      [
        'Replayed 2 approved edit(s) over the seed files.',
        '1 conflict(s) (the edit was applied; the seed files now say otherwise):',
        '  - role:a: end 2021-12-31',
        '2 edit(s) could not be applied (kept, not applied):',
        '  - edit:b: person gone',
        '  - edit:c: x',
      ].join('\n'),
    );
  });
});
