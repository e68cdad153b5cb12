import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planSeed, readSeedSources } from '../seed/plan.js';
import { decisionsSchema } from '../seed/schema.js';
import { checkUnlinked, unlinkedEntities } from '../seed/unlinked.js';

// Issue 11, item 6: every entity is connected as its document states, removed as a passing mention, or explained
// in seed/data/decisions.yaml (`unlinked:`, with a reason). Runs over the seed plan: fast, no database.

const seedDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'seed');
const sources = readSeedSources(seedDir);
const plan = planSeed(sources);
const decisions = decisionsSchema.parse(sources.decisions);

describe('Completing the graph: entities with no link', () => {
  it('every entity with no link is explained in decisions.yaml', () => {
    const { unexplained } = checkUnlinked(plan, decisions);
    expect(unexplained.map((entity) => `${entity.id} (${entity.files.join(', ')})`)).toEqual([]);
  });

  it('no explanation stays behind for an entity that is linked now, or gone', () => {
    expect(checkUnlinked(plan, decisions).stale).toEqual([]);
  });

  it('explains each unlinked entity once', () => {
    const ids = decisions.unlinked.map((entry) => entry.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('documents are sources, never unlinked facts', () => {
    expect(unlinkedEntities(plan).filter((entity) => entity.kind === 'DOCUMENT')).toEqual([]);
  });

  it('flags an entity that loses its last link, and an explanation of an entity that has links', () => {
    // The seed plan with the links of the transport committee's TRFK representatives taken away: they must show up
    // as unexplained, and an explanation of a linked entity as stale.
    const without = {
      ...plan,
      roles: plan.roles.filter((role) => role.personId !== 'person:bjorn-iversen'),
    };
    const check = checkUnlinked(without, {
      ...decisions,
      unlinked: [...decisions.unlinked, { id: 'org:ts-samferdselsutvalget', reason: 'test: a linked body' }],
    });
    expect(check.unexplained.map((entity) => entity.id)).toEqual(['person:bjorn-iversen']);
    expect(check.stale).toEqual([{ id: 'org:ts-samferdselsutvalget', why: 'it is linked now' }]);
  });

  it('logo-only municipalities are not in the graph', () => {
    // 002 ends with coat-of-arms links only ("https://no.wikipedia.org/wiki/Fil:Leksvik_komm.svg", "…Roan_komm.svg"):
    // a passing mention, no fact.
    const ids = new Set(plan.entities.map((entity) => entity.id));
    expect(ids.has('municipality:leksvik')).toBe(false);
    expect(ids.has('municipality:roan')).toBe(false);
  });
});
