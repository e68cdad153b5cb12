import DataLoader from 'dataloader';
import { entitiesById, entitiesCount, entitiesPage, searchEntities } from '../cypher/index.js';
import type { EntityKindValue } from '../domain/vocabulary.js';
import type { Row } from '../graph/store.js';
import { type Batch, byId, count } from './batch.js';
import { toEntityRow } from './mapping.js';
import type { EntityRow, SearchHitRow } from './rows.js';

/** Entities: by id (batched), search, and pages in name order. */
export interface EntitiesData {
  /** One entity by id per load, one statement per wave; null for an id that names nothing. */
  byId: DataLoader<string, EntityRow | null>;
  /** Entities whose search keys hold every folded word, best match first. */
  search(query: {
    folded: string;
    words: string[];
    kinds: EntityKindValue[] | null;
    first: number;
  }): Promise<SearchHitRow[]>;
  /** Up to `limit` entities in (name, id) order after the keyset `after`. */
  page(kinds: EntityKindValue[] | null, after: [string, string] | null, limit: number): Promise<EntityRow[]>;
  /** How many entities of the given kinds there are. */
  count(kinds: EntityKindValue[] | null): Promise<number>;
}

export function entitiesData(batch: Batch): EntitiesData {
  const { reader } = batch;
  return {
    byId: new DataLoader(
      async (ids) => {
        const rows = await reader.read(entitiesById, { ids: [...ids] });
        return byId(
          rows.map((row) => toEntityRow(row.entity as Row)),
          ids,
        );
      },
      batch.options as DataLoader.Options<string, EntityRow | null>,
    ),
    async search({ folded, words, kinds, first }) {
      const rows = await reader.read(searchEntities, { folded, words, kinds, first });
      return rows.map((row) => ({ entity: toEntityRow(row.entity as Row), score: Number(row.score) }));
    },
    async page(kinds, after, limit) {
      const rows = await reader.read(entitiesPage, {
        kinds,
        afterName: after?.[0] ?? null,
        afterId: after?.[1] ?? null,
        limit,
      });
      return rows.map((row) => toEntityRow(row.entity as Row));
    },
    async count(kinds) {
      const [row] = await reader.read(entitiesCount, { kinds });
      return count(row?.total);
    },
  };
}
