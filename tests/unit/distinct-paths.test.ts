import { describe, expect, it } from 'vitest';
import { distinctPaths } from '../../client/src/lib/distinct-paths.js';

const node = (id: string) => ({ id });
const link = (id: string, type: string, from: string, label: string | null = null) => ({
  id,
  type,
  label,
  from: { id: from },
});

describe('the connection finder shows distinct paths', () => {
  it('shows two paths through the same entities once, with both links in the step', () => {
    const paths = distinctPaths(
      [
        {
          nodes: [node('person:a'), node('org:c'), node('person:b')],
          links: [link('r1', 'HOLDS_ROLE', 'person:a', 'representant'), link('r3', 'HOLDS_ROLE', 'person:b', 'leder')],
        },
        {
          nodes: [node('person:a'), node('org:c'), node('person:b')],
          links: [link('r2', 'REPRESENTS', 'person:a', 'medlem'), link('r3', 'HOLDS_ROLE', 'person:b', 'leder')],
        },
      ],
      5,
    );
    expect(paths).toHaveLength(1);
    expect(paths[0]?.steps.map((step) => step.map((item) => item.id))).toEqual([['r1', 'r2'], ['r3']]);
    expect(paths[0]?.links.map((item) => item.id)).toEqual(['r1', 'r3']);
  });

  it('counts each path by its own steps and lists the shortest first, at most the limit', () => {
    const three = {
      nodes: [node('a'), node('x'), node('y'), node('b')],
      links: [link('1', 'MEMBER_OF', 'a'), link('2', 'PART_OF', 'x'), link('3', 'MEMBER_OF', 'b')],
    };
    const two = {
      nodes: [node('a'), node('z'), node('b')],
      links: [link('4', 'MEMBER_OF', 'a'), link('5', 'MEMBER_OF', 'b')],
    };
    const other = {
      nodes: [node('a'), node('w'), node('b')],
      links: [link('6', 'MEMBER_OF', 'a'), link('7', 'MEMBER_OF', 'b')],
    };
    const paths = distinctPaths([three, two, other], 2);
    expect(paths.map((path) => path.length)).toEqual([2, 2]);
    expect(paths.map((path) => path.key)).toEqual(['a>z>b', 'a>w>b']);
    expect(distinctPaths([three, two], 5).map((path) => path.length)).toEqual([2, 3]);
  });

  it('keeps one of two links of the same type, label and direction (two records of one fact)', () => {
    const paths = distinctPaths(
      [
        { nodes: [node('a'), node('m')], links: [link('e1', 'ATTENDED', 'a', 'x')] },
        { nodes: [node('a'), node('m')], links: [link('e2', 'ATTENDED', 'a', 'x')] },
      ],
      5,
    );
    expect(paths[0]?.steps[0]).toHaveLength(1);
  });
});
