import { describe, expect, it } from 'vitest';
import { countedGrants, defaultFundingLevel, exceededByParts, grantTreeProblems, sumStated } from './grants.js';

// A small tree: a pool of 100 split 60 + 40; the 40 split 30 + 20 (more than 40, with a reason); one grant with no
// amount beside it.
const grants = [
  { id: 'pool', parentId: null, amountNok: 100 },
  { id: 'a', parentId: 'pool', amountNok: 60 },
  { id: 'b', parentId: 'pool', amountNok: 40 },
  { id: 'b1', parentId: 'b', amountNok: 30 },
  { id: 'b2', parentId: 'b', amountNok: 20 },
  { id: 'x', parentId: null, amountNok: null },
];
const all = new Set(grants.map((grant) => grant.id));
const ids = (list: { id: string }[]) => list.map((grant) => grant.id);

describe('counting each krone once', () => {
  it('TOP adds only grants no selected grant contains', () => {
    expect(ids(countedGrants(grants, all, 'TOP'))).toEqual(['pool', 'x']);
    expect(sumStated(countedGrants(grants, all, 'TOP'))).toBe(100);
    // Without the pool, its parts are the top.
    expect(ids(countedGrants(grants, new Set(['a', 'b', 'b1']), 'TOP'))).toEqual(['a', 'b']);
  });

  it('DETAILED replaces a grant by its selected parts, and names a grant its parts exceed', () => {
    const counted = countedGrants(grants, all, 'DETAILED');
    expect(ids(counted)).toEqual(['a', 'b1', 'b2', 'x']);
    expect(sumStated(counted)).toBe(110);
    expect(ids(exceededByParts(grants, counted, 'DETAILED'))).toEqual(['b']);
    expect(exceededByParts(grants, countedGrants(grants, all, 'TOP'), 'TOP')).toEqual([]);
  });

  it('an unknown amount is null, never 0; no grants is 0', () => {
    expect(sumStated([{ id: 'x', parentId: null, amountNok: null }])).toBeNull();
    expect(sumStated([])).toBe(0);
  });

  it('reports about recipients count where the money ended up', () => {
    expect(defaultFundingLevel('FUNDER', null)).toBe('TOP');
    expect(defaultFundingLevel('YEAR', null)).toBe('TOP');
    expect(defaultFundingLevel('PROJECT', null)).toBe('DETAILED');
    expect(defaultFundingLevel('RECIPIENT', null)).toBe('DETAILED');
    expect(defaultFundingLevel('FUNDER', 'org:x')).toBe('DETAILED');
  });
});

describe('the grant tree rules', () => {
  const links = grants
    .filter((grant) => grant.parentId)
    .map((grant) => ({ fromId: grant.id, toId: grant.parentId ?? '' }));

  it('parts that exceed their grant need a stated reason', () => {
    expect(grantTreeProblems(grants, links)).toEqual([
      'b: its parts add up to 50 kr, more than its 40 kr; state why in props.partsNote',
    ]);
    const explained = grants.map((grant) => (grant.id === 'b' ? { ...grant, partsNote: 'forskuttert' } : grant));
    expect(grantTreeProblems(explained, links)).toEqual([]);
  });

  it('a grant is part of one grant at most, and never of itself', () => {
    const problems = grantTreeProblems(
      [
        { id: 'p', parentId: null, amountNok: null },
        { id: 'q', parentId: null, amountNok: null },
        { id: 'r', parentId: null, amountNok: null },
      ],
      [
        { fromId: 'r', toId: 'p' },
        { fromId: 'r', toId: 'q' },
        { fromId: 'p', toId: 'q' },
        { fromId: 'q', toId: 'p' },
      ],
    );
    expect(problems).toContain('r is part of more than one grant (p, q)');
    expect(problems.some((problem) => problem.startsWith('p is part of itself'))).toBe(true);
  });
});
