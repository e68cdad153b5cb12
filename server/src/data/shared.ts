import type { GraphStore } from '../graph/store.js';

// Values derived from the whole graph (the question parser's vocabulary of every name and title), kept per graph
// across requests until the graph changes: a value is built again after any write this process commits
// (GraphStore.writes). On Neo4j another process may write too (a seed, a second server), so a value kept there also
// expires after NEO4J_MAX_AGE_MS; the embedded graph is opened by one process only.

/** How long a value derived from a Neo4j graph is kept at most. */
export const NEO4J_MAX_AGE_MS = 30_000;

/**
 * How many values one graph keeps at most: keys can carry a request's arguments (a day, a filter), and many
 * requests with different arguments must not fill the memory. The value least recently asked for leaves first.
 */
export const MAX_SHARED_VALUES = 64;

interface Kept {
  writes: number;
  at: number;
  value: Promise<unknown>;
}

const kept = new WeakMap<GraphStore, Map<string, Kept>>();

/** The value under `key` for this graph: the kept one while the graph has not changed, else `build()`'s. */
export type SharedValues = <T>(key: string, build: () => Promise<T>) => Promise<T>;

/** Shared values of `graph` (the process's store, not a request's wrapper of it). */
export function sharedValues(graph: GraphStore, now: () => number = Date.now): SharedValues {
  const shared = <T>(key: string, build: () => Promise<T>, waiting = true): Promise<T> => {
    let values = kept.get(graph);
    if (!values) {
      values = new Map();
      kept.set(graph, values);
    }
    const entry = values.get(key);
    const at = now();
    const fresh = graph.engine !== 'neo4j' || (entry !== undefined && at - entry.at < NEO4J_MAX_AGE_MS);
    if (entry && entry.writes === graph.writes && fresh) {
      // Asked for again: the most recently used, last to leave.
      values.delete(key);
      values.set(key, entry);
      // A build another request started fails with that request (its deadline, its client gone): this request
      // then builds the value itself, once, rather than fail for someone else.
      const value = entry.value as Promise<T>;
      return waiting ? value.catch(() => shared(key, build, false)) : value;
    }
    // The count before the build: a write committed while it reads makes the next request build again.
    const writes = graph.writes;
    const value = build();
    const table = values;
    table.delete(key);
    table.set(key, { writes, at, value });
    for (const oldest of table.keys()) {
      if (table.size <= MAX_SHARED_VALUES) break;
      table.delete(oldest);
    }
    // A failed build (a request's deadline) is not kept.
    value.catch(() => {
      if (table.get(key)?.value === value) table.delete(key);
    });
    return value;
  };
  return (key, build) => shared(key, build);
}
