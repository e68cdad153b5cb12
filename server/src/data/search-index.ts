import {
  entitiesWithoutSearchText,
  rolesWithoutTitleText,
  setEntitySearchText,
  setRoleTitleText,
  TEXT_INDEXES,
} from '../cypher/index.js';
import { searchProperties, titleText } from '../domain/names.js';
import type { GraphStore } from '../graph/store.js';

/** How many nodes one backfill transaction writes. */
const BATCH = 5_000;

/**
 * Gets the graph ready for search: gives the nodes written before search had text indexes their search texts (a
 * graph seeded by an earlier version), then creates the indexes that are missing and waits until they answer.
 * Cheap when all is in place: two reads that find nothing, and the engines' own "if not exists".
 * `rebuild` rescans every node into the indexes (after a restore wrote the graph anew).
 */
export async function prepareSearch(store: GraphStore, options: { rebuild?: boolean } = {}): Promise<void> {
  await backfill(
    store,
    () => store.read(entitiesWithoutSearchText, { limit: BATCH }),
    (rows) => {
      const texts = rows.map((row) => {
        const { searchText, spellText } = searchProperties(String(row.name ?? ''), (row.aliases as string[]) ?? []);
        return { id: String(row.id), searchText, spellText };
      });
      return store.write(setEntitySearchText, { rows: texts });
    },
  );
  await backfill(
    store,
    () => store.read(rolesWithoutTitleText, { limit: BATCH }),
    (rows) =>
      store.write(setRoleTitleText, {
        rows: rows.map((row) => ({ id: String(row.id), titleText: titleText(String(row.title ?? '')) })),
      }),
  );
  await store.ensureTextIndexes(TEXT_INDEXES, options);
}

type Rows = Awaited<ReturnType<GraphStore['read']>>;

async function backfill(store: GraphStore, next: () => Promise<Rows>, write: (rows: Rows) => Promise<unknown>) {
  const seen = new Set<string>();
  for (let rows = await next(); rows.length > 0; rows = await next()) {
    // A node the write did not change would come back for ever: stop rather than loop.
    if (rows.some((row) => seen.has(String(row.id)))) {
      throw new Error(`Could not store the search texts of ${store.location}: a node kept coming back unchanged`);
    }
    for (const row of rows) seen.add(String(row.id));
    await write(rows);
  }
}
