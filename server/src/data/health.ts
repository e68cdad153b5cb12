import { ping } from '../cypher/health.js';
import type { GraphStore } from '../graph/store.js';

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
