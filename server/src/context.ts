import { createDataLayer, type DataLayer } from './data/index.js';
import type { GraphStore } from './graph/store.js';

// Per-request context: wiring only. Every list a resolver needs comes from the data layer, whose loaders batch so
// that one GraphQL level costs one Cypher statement however many rows it has (never a statement per row).

export interface Context {
  data: DataLayer;
}

/** Builds a fresh context (and fresh loader caches) for one request. */
export function createContext(store: GraphStore): Context {
  return { data: createDataLayer(store) };
}
