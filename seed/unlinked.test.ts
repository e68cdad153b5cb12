import { describe, expect, it } from 'vitest';
import type { PlannedEntity, SeedPlan } from './plan.js';
import { checkUnlinked, unlinkedEntities, unlinkedReport } from './unlinked.js';

// Entities with no link (seed/data/decisions.yaml `unlinked:`): which ones count, and the report's wording of each
// case. tests/graph-gaps.test.ts runs the same checks over the real seed.

const entity = (id: string, kind: PlannedEntity['kind'], files = ['a.yaml']): PlannedEntity => ({
  id,
  kind,
  name: id.split(':')[1] ?? id,
  aliases: [],
  citationIds: [],
  props: {},
  dates: {},
  files,
});

const role = (personId: string, heldInId: string | null, onBehalfOfId: string | null) =>
  ({ personId, heldInId, onBehalfOfId }) as SeedPlan['roles'][number];

const plan = {
  entities: [
    entity('person:kari', 'PERSON'),
    entity('org:council', 'ORGANIZATION'),
    entity('municipality:froya', 'MUNICIPALITY'),
    entity('municipality:hitra', 'MUNICIPALITY'),
    entity('org:alone', 'ORGANIZATION', ['a.yaml', 'b.yaml']),
    entity('project:alone', 'PROJECT'),
    entity('doc:a', 'DOCUMENT'),
    entity('person:ola', 'PERSON'),
  ],
  roles: [role('person:kari', 'org:council', 'municipality:froya')],
  relations: [{ fromId: 'municipality:hitra', toId: 'org:council' }],
} as unknown as SeedPlan;

describe('entities with no link', () => {
  it('counts persons, places and principals of roles and both ends of relations as linked; never documents', () => {
    expect(unlinkedEntities(plan).map((e) => e.id)).toEqual(['org:alone', 'person:ola', 'project:alone']);
  });

  it('sorts the explained from the unexplained, and names explanations that no longer apply', () => {
    const check = checkUnlinked(plan, {
      distinctPersons: [],
      unlinked: [
        { id: 'project:alone', reason: 'named once, in passing' },
        { id: 'org:council', reason: 'was alone once' },
        { id: 'org:gone', reason: 'removed from the seed' },
      ],
    });
    expect(check.unexplained.map((e) => e.id)).toEqual(['org:alone', 'person:ola']);
    expect(check.explained.map(({ entity: e, reason }) => [e.id, reason])).toEqual([
      ['project:alone', 'named once, in passing'],
    ]);
    expect(check.stale).toEqual([
      { id: 'org:council', why: 'it is linked now' },
      { id: 'org:gone', why: 'no such entity' },
    ]);
  });
});

describe("the report's section", () => {
  it('says None. when every entity is linked', () => {
    expect(unlinkedReport({ explained: [], unexplained: [], stale: [] })).toEqual([
      '',
      '## Entities with no link',
      '',
      'None.',
    ]);
  });

  it('tells the curator what to do with each unexplained entity, with its files', () => {
    const lines = unlinkedReport(checkUnlinked(plan, { distinctPersons: [], unlinked: [] }));
    expect(lines).toEqual([
      '',
      '## Entities with no link',
      '',
      'Unexplained (3): connect each as its document states, remove it, or explain it in',
      'seed/data/decisions.yaml under `unlinked:`.',
      '',
      '| entity | kind | name | files |',
      '| --- | --- | --- | --- |',
      '| org:alone | ORGANIZATION | alone | a.yaml, b.yaml |',
      '| person:ola | PERSON | ola | a.yaml |',
      '| project:alone | PROJECT | alone | a.yaml |',
      '',
    ]);
  });

  it('lists the explained ones with their reasons, then each stale explanation', () => {
    const lines = unlinkedReport(
      checkUnlinked(
        { ...plan, entities: plan.entities.filter((e) => e.id !== 'org:alone' && e.id !== 'person:ola') },
        {
          distinctPersons: [],
          unlinked: [
            { id: 'project:alone', reason: 'named once, in passing' },
            { id: 'org:council', reason: 'was alone once' },
          ],
        },
      ),
    );
    expect(lines).toEqual([
      '',
      '## Entities with no link',
      '',
      'Explained (1, seed/data/decisions.yaml):',
      '',
      '| entity | why it has no link |',
      '| --- | --- |',
      '| project:alone | named once, in passing |',
      '',
      'Stale explanation for org:council: it is linked now.',
    ]);
  });
});
