import DataLoader from 'dataloader';
import { relationsById, relationsOfEntities } from '../cypher/index.js';
import type { Row } from '../graph/store.js';
import { type Batch, family, groupedByOwner } from './batch.js';
import { toRelationRow } from './mapping.js';
import type { RelationRow } from './rows.js';

/** Fact relationships. */
export interface RelationsData {
  /**
   * Every relationship of each entity (both directions, all types), on `asOf` or always. All relationship fields of
   * a request share this one loader and filter in memory, so a page costs one statement for them all.
   */
  ofEntity(asOf: string | null): DataLoader<string, RelationRow[]>;
  /** One relationship by its own id, or null. */
  byId(id: string): Promise<RelationRow | null>;
}

export function relationsData(batch: Batch): RelationsData {
  const ofEntity = family(
    (asOf: string | null) =>
      new DataLoader<string, RelationRow[]>(
        async (ids) => {
          const rows = await batch.reader.read(relationsOfEntities, {
            ids: [...ids],
            types: null,
            direction: 'BOTH',
            asOf,
          });
          // The entity at the other end comes with each relationship (what the page shows of it), and its sources.
          batch.prime.entities(rows.map((row) => row.other));
          batch.prime.citations(rows.flatMap((row) => (Array.isArray(row.citations) ? row.citations : [])));
          return groupedByOwner(rows, ids, 'relation', toRelationRow);
        },
        batch.options as DataLoader.Options<string, RelationRow[]>,
      ),
  );
  return {
    ofEntity,
    async byId(id) {
      const [row] = await batch.reader.read(relationsById, { ids: [id] });
      return row ? toRelationRow(row.relation as Row) : null;
    },
  };
}
