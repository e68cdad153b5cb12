import DataLoader from 'dataloader';
import {
  bodyCounts,
  entitiesById,
  entitiesCount,
  entitiesPage,
  searchEntitiesBySpelling,
  searchHits,
} from '../cypher/index.js';
import { SPELLING_MIN_LENGTH, spellingVariants, withinOneEdit } from '../domain/names.js';
import { shownOn } from '../domain/seats.js';
import type { EntityKindValue } from '../domain/vocabulary.js';
import type { Row } from '../graph/store.js';
import { type Batch, byId, count } from './batch.js';
import { toEntityRow, toRoleRow } from './mapping.js';
import type { EntityRow, SearchHitRow } from './rows.js';

/** Entities: by id (batched), search, and pages in name order. */
export interface EntitiesData {
  /** One entity by id per load, one statement per wave; null for an id that names nothing. */
  byId: DataLoader<string, EntityRow | null>;
  /**
   * Entities whose search keys hold every folded word; people by a seat's title with its body or municipality;
   * and, when those find nothing, names one letter off. Best match first.
   */
  search(query: {
    folded: string;
    words: string[];
    kinds: EntityKindValue[] | null;
    first: number;
    /** The day a seat must be held on to rank as current. */
    today: string;
  }): Promise<SearchHitRow[]>;
  /** How many roles are held in each body, and how many bodies it is part of; batched. */
  counts: DataLoader<string, { roles: number; parents: number }>;
  /** Up to `limit` entities in (name, id) order after the keyset `after`. */
  page(kinds: EntityKindValue[] | null, after: [string, string] | null, limit: number): Promise<EntityRow[]>;
  /** How many entities of the given kinds there are. */
  count(kinds: EntityKindValue[] | null): Promise<number>;
}

/** Query words tried one letter off, and their longest length: beyond those the variants only cost time. */
const MAX_SPELLING_WORDS = 6;
const MAX_SPELLING_LENGTH = 40;
const collator = new Intl.Collator('nb');
/** The fewest candidates an index lookup hands on (a short list's order is the index's, not ours). */
const MIN_SCAN = 100;

/** True when a word of the key is one edit from the query word (both long enough for a typo to be one). */
function oneEditIn(key: string, word: string): boolean {
  return (
    word.length >= SPELLING_MIN_LENGTH &&
    key.split(' ').some((part) => part.length >= SPELLING_MIN_LENGTH && withinOneEdit(part, word))
  );
}

/** One hit per entity, its best; by score, then in Norwegian name order. */
function bestPerEntity(hits: SearchHitRow[]): SearchHitRow[] {
  const best = new Map<string, SearchHitRow>();
  for (const hit of hits) {
    const known = best.get(hit.entity.id);
    if (!known || hit.score > known.score) best.set(hit.entity.id, hit);
  }
  return [...best.values()].sort(
    (a, b) =>
      b.score - a.score || collator.compare(a.entity.name, b.entity.name) || (a.entity.id < b.entity.id ? -1 : 1),
  );
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
    counts: new DataLoader(
      async (ids) => {
        const rows = new Map(
          (await reader.read(bodyCounts, { ids: [...ids] })).map((row) => [
            String(row.ownerId),
            { roles: count(row.roles), parents: count(row.parents) },
          ]),
        );
        return ids.map((id) => rows.get(id) ?? { roles: 0, parents: 0 });
      },
      batch.options as DataLoader.Options<string, { roles: number; parents: number }>,
    ),
    async search({ folded, words, kinds, first, today }) {
      // The index is asked for words of two letters or more (a lone letter starts too many words to walk), unless
      // the query has nothing else; every word is still checked on what the index finds.
      const long = words.filter((word) => word.length > 1);
      const terms = long.length > 0 ? long : words;
      if (terms.length === 0) return [];
      // What the index hands on per lookup: more than asked for, as its order is not the final one.
      const scan = Math.max(first * 10, MIN_SCAN);
      const people = kinds === null || kinds.includes('PERSON');
      const rows = await reader.read(searchHits, { terms, folded, words, kinds, first, scan, people, asOf: today });
      const hits: SearchHitRow[] = [];
      for (const row of rows) {
        const entity = toEntityRow(row.entity as Row);
        // What the hit shows comes with it: the bodies and municipalities of its seats, and a person's seats today
        // (the seat the answer gives a person found by name), so that none of it is read again.
        batch.prime.entities([row.heldIn, row.behalf]);
        if (row.matchedBy === 'NAME') {
          hits.push({ entity, score: Number(row.score), matchedBy: 'NAME' });
          if (entity.kind === 'PERSON') {
            const seats = (row.seats as Row[]) ?? [];
            batch.prime.entities(seats.flatMap((seat) => [seat.heldIn, seat.behalf]));
            batch.prime.roles(
              'ofPerson',
              today,
              entity.id,
              seats.map((seat) => toRoleRow(seat.role as Row)),
            );
          }
          continue;
        }
        const seat = toRoleRow(row.role as Row);
        // A seat held today ranks above one that ended: "ordfører hitra" is the mayor now, then the ones before.
        hits.push({ entity, score: shownOn(seat, today) ? 0.7 : 0.6, matchedBy: 'SEAT', seat });
      }
      const typed = words.filter((word) => word.length >= SPELLING_MIN_LENGTH).slice(0, MAX_SPELLING_WORDS);
      // Only when nothing else was found: a name spelt right is never crowded by near ones, and the costlier
      // comparison runs only for a query that would otherwise find nothing.
      if (hits.length === 0 && typed.length > 0) {
        const queries = words.map((word) => ({
          word,
          variants: typed.includes(word) && word.length <= MAX_SPELLING_LENGTH ? spellingVariants(word) : [word],
        }));
        const variants = [...new Set(queries.filter((q) => typed.includes(q.word)).flatMap((q) => q.variants))];
        const rows = await reader.read(searchEntitiesBySpelling, { terms: variants, queries, kinds, scan });
        for (const row of rows) {
          const keys = ((row.entity as Row).keys as string[] | undefined) ?? [];
          if (keys.some((key) => words.every((word) => key.includes(word) || oneEditIn(key, word)))) {
            hits.push({ entity: toEntityRow(row.entity as Row), score: 0.4, matchedBy: 'SPELLING' });
          }
        }
      }
      return bestPerEntity(hits).slice(0, first);
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
