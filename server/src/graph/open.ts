import type { StorageConfig } from '../config.js';
import { openEmbeddedStore } from './embedded.js';
import { openNeo4jStore } from './neo4j.js';
import type { GraphStore } from './store.js';

/** Opens the store the configuration names: Neo4j when NEO4J_URI is set, else the embedded graph. */
export function openStore(storage: StorageConfig): Promise<GraphStore> {
  if (storage.engine === 'neo4j') return openNeo4jStore(storage);
  return Promise.resolve(openEmbeddedStore(storage.directory));
}
