import {
  bodyCounts,
  citationsById,
  entitiesById,
  relationsOfEntities,
  representativesOfMunicipalities,
  rolesHeldIn,
  rolesOfPersons,
  searchHits,
} from '../cypher/index.js';
import type { Statement } from '../graph/statement.js';
import type { GraphStore, Params } from '../graph/store.js';

// Neo4j plans a statement the first time it meets its text and keeps the plan in its query cache. Search's
// statement takes about 0.4 s to plan on a quiet machine and several seconds on a loaded one, the entity page's
// 0.1–0.2 s each: the first person to search after a restart would wait for it, or see the request deadline run
// out. The statements asked most are therefore run once at start, on ids and words that match nothing.

const NOTHING = 'regiongraf:warm-up';

const HOT: [Statement, Params][] = [
  [
    searchHits,
    {
      terms: ['regiongrafwarmup'],
      folded: 'regiongrafwarmup',
      words: ['regiongrafwarmup'],
      kinds: null,
      first: 1,
      scan: 1,
      people: true,
      asOf: '2000-01-01',
    },
  ],
  [entitiesById, { ids: [NOTHING] }],
  [relationsOfEntities, { ids: [NOTHING], types: null, direction: 'BOTH', asOf: null }],
  [representativesOfMunicipalities, { ids: [NOTHING], asOf: null }],
  [rolesOfPersons, { ids: [NOTHING], asOf: null }],
  [rolesHeldIn, { ids: [NOTHING], asOf: null }],
  [citationsById, { ids: [NOTHING] }],
  [bodyCounts, { ids: [NOTHING] }],
];

/**
 * Has Neo4j plan the hot statements before the server takes requests (the embedded engine plans each statement in
 * well under a millisecond and needs none). A statement that fails to plan within the store's timeout is tried
 * twice more (Neo4j keeps a plan it finished after the transaction timed out); one that still fails is left to the
 * first request. Returns how many statements were planned.
 */
export async function warmUp(store: GraphStore): Promise<number> {
  if (store.engine !== 'neo4j') return 0;
  let planned = 0;
  for (const [statement, params] of HOT) {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await store.read(statement, params);
        planned++;
        break;
      } catch {
        // planned on the next attempt, or by the first request that needs it
      }
    }
  }
  return planned;
}
