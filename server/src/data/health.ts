import { ping } from '../cypher/health.js';
import type { GraphStore } from '../graph/store.js';

/** How long /ready waits for the database: within a second, so that a load balancer or supervisor learns of a stopped
 * database at once (the Neo4j driver's own connection timeouts are 2 s, so this deadline is what answers first). */
export const READY_DEADLINE_MS = 800;

/** Whether the database answers a trivial statement within `ms` (for /ready, and before an export starts). */
export async function databaseAnswers(store: GraphStore, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([store.read(ping).then(() => true), late]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
