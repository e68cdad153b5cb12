import type { StorageConfig } from '../config.js';
import { openEmbeddedStore } from './embedded.js';
import type { GraphStore } from './store.js';

/**
 * Opens the store the configuration names: Neo4j when NEO4J_URI is set, else the embedded graph. The Neo4j adapter
 * (and neo4j-driver with it, a third of the server's start-up) is loaded only when it is the one configured.
 */
export async function openStore(storage: StorageConfig): Promise<GraphStore> {
  if (storage.engine === 'neo4j') {
    const { openNeo4jStore } = await import('./neo4j.js');
    return openNeo4jStore(storage);
  }
  return openEmbeddedStore(storage.directory);
}
