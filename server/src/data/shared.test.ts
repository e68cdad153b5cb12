import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../graph/store.js';
import { NEO4J_MAX_AGE_MS, sharedValues } from './shared.js';

// What is derived from the whole graph is kept until a write, and on Neo4j (where another process may write) for
// NEO4J_MAX_AGE_MS at most; a failed build is not kept.

const graphOf = (engine: 'grafeo' | 'neo4j') => ({ engine, writes: 0 }) as unknown as GraphStore & { writes: number };

describe('shared values', () => {
  it('builds once until the graph is written, then once again', async () => {
    const graph = graphOf('grafeo');
    const shared = sharedValues(graph);
    let builds = 0;
    const build = async () => ++builds;
    expect([await shared('k', build), await shared('k', build)]).toEqual([1, 1]);
    graph.writes++;
    expect([await shared('k', build), await shared('k', build)]).toEqual([2, 2]);
    // Another graph has its own values.
    expect(await sharedValues(graphOf('grafeo'))('k', build)).toBe(3);
  });

  it('on Neo4j, builds again once the kept value is older than the limit', async () => {
    let now = 1_000;
    const shared = sharedValues(graphOf('neo4j'), () => now);
    let builds = 0;
    const build = async () => ++builds;
    expect(await shared('k', build)).toBe(1);
    now += NEO4J_MAX_AGE_MS - 1;
    expect(await shared('k', build)).toBe(1);
    now += 1;
    expect(await shared('k', build)).toBe(2);
  });

  it('does not keep a build that failed', async () => {
    const shared = sharedValues(graphOf('grafeo'));
    await expect(shared('k', () => Promise.reject(new Error('deadline')))).rejects.toThrow('deadline');
    expect(await shared('k', async () => 'read again')).toBe('read again');
  });
});
