import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../graph/store.js';
import { MAX_SHARED_VALUES, NEO4J_MAX_AGE_MS, sharedValues } from './shared.js';

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

  it('keeps at most MAX_SHARED_VALUES values: the one least recently asked for is built again', async () => {
    const shared = sharedValues(graphOf('grafeo'));
    const builds = new Map<string, number>();
    const build = (key: string) => async () => builds.set(key, (builds.get(key) ?? 0) + 1).get(key);
    for (let i = 0; i < MAX_SHARED_VALUES; i++) await shared(`k${i}`, build(`k${i}`));
    // k0 asked for again is the most recent; one more key pushes out k1, the least recent.
    await shared('k0', build('k0'));
    await shared('extra', build('extra'));
    expect(await shared('k0', build('k0'))).toBe(1);
    expect(await shared('k2', build('k2'))).toBe(1);
    expect(await shared('k1', build('k1'))).toBe(2);
  });

  it('builds the value itself when the build it waited for fails with another request', async () => {
    const shared = sharedValues(graphOf('grafeo'));
    let fail: (error: Error) => void = () => {};
    const first = shared('k', () => new Promise<string>((_resolve, reject) => (fail = reject)));
    const second = shared('k', async () => 'built by the second');
    fail(new Error('the first request was cancelled'));
    await expect(first).rejects.toThrow('cancelled');
    expect(await second).toBe('built by the second');
    // What the second built is kept.
    expect(await shared('k', async () => 'built again')).toBe('built by the second');
  });

  it('does not keep a build that failed', async () => {
    const shared = sharedValues(graphOf('grafeo'));
    await expect(shared('k', () => Promise.reject(new Error('deadline')))).rejects.toThrow('deadline');
    expect(await shared('k', async () => 'read again')).toBe('read again');
  });
});
