import type { Context } from '../context.js';
import type { CitationRow, EntityKindValue, EntityRow, RelationRow, RelationTypeValue } from '../graph/rows.js';

// Field resolvers every entity type shares (the Entity interface), spread into each type's resolvers.

const TYPENAME_OF_KIND: Record<EntityKindValue, string> = {
  MUNICIPALITY: 'Municipality',
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PROJECT: 'Project',
  UNIVERSITY: 'University',
  FUNDER: 'Funder',
  GRANT: 'Grant',
  MEETING: 'Meeting',
  CASE: 'Case',
  DOCUMENT: 'Document',
};

/** The GraphQL type of an entity row. */
export function typenameOfEntity(row: EntityRow): string {
  return TYPENAME_OF_KIND[row.kind];
}

/**
 * Loads citations by id, keeping their order. A fact whose citation is not in the graph is a broken graph, not a
 * fact without a source: it fails (logged, an INTERNAL_SERVER_ERROR to the client) rather than show fewer sources.
 */
export async function loadCitations(ids: readonly string[], context: Context): Promise<CitationRow[]> {
  const rows = await context.loaders.citation.loadMany([...ids]);
  const missing = ids.filter((_id, index) => rows[index] === null || rows[index] instanceof Error);
  if (missing.length > 0) throw new Error(`Citations missing from the graph: ${missing.join(', ')}`);
  return rows as CitationRow[];
}

/**
 * Every relationship of an entity (optionally on one day). All relationship fields of a request share this one
 * loader and filter in memory, so a page costs one statement for them all, whichever lists happen to be empty.
 */
export function allRelations(id: string, asOf: string | null, context: Context): Promise<RelationRow[]> {
  return context.loaders.relations({ types: null, direction: 'BOTH', asOf }).load(id);
}

export const entityFields = {
  citations: (row: EntityRow, _args: unknown, context: Context) => loadCitations(row.citationIds, context),
  relations: async (
    row: EntityRow,
    args: { types?: readonly string[] | null; direction?: 'OUT' | 'IN' | 'BOTH' | null; asOf?: string | null },
    context: Context,
  ): Promise<RelationRow[]> => {
    const all = await allRelations(row.id, args.asOf ?? null, context);
    const direction = args.direction ?? 'BOTH';
    return all.filter(
      (relation) =>
        (!args.types || args.types.length === 0 || args.types.includes(relation.type)) &&
        (direction === 'BOTH' || (direction === 'OUT' ? relation.fromId === row.id : relation.toId === row.id)),
    );
  },
};

function isEntity(row: EntityRow | Error | null): row is EntityRow {
  return row !== null && !(row instanceof Error);
}

function byNumberThenName(a: EntityRow, b: EntityRow): number {
  return (a.number ?? '').localeCompare(b.number ?? '', 'nb', { numeric: true }) || a.name.localeCompare(b.name, 'nb');
}

/**
 * A typed relationship field: the entities at the other end of this entity's relationships of the given types
 * and direction (optionally on one day). Two batched statements per GraphQL level, whatever the number of rows.
 */
export function related(types: RelationTypeValue[], direction: 'OUT' | 'IN', kinds?: EntityKindValue[]) {
  return async (row: EntityRow, args: { asOf?: string | null }, context: Context): Promise<EntityRow[]> => {
    const relations = (await allRelations(row.id, args?.asOf ?? null, context)).filter(
      (relation) =>
        types.includes(relation.type) && (direction === 'OUT' ? relation.fromId === row.id : relation.toId === row.id),
    );
    const otherIds = [...new Set(relations.map((relation) => (direction === 'OUT' ? relation.toId : relation.fromId)))];
    const others = (await context.loaders.entity.loadMany(otherIds)).filter(isEntity);
    return others.filter((other) => !kinds || kinds.includes(other.kind)).sort(byNumberThenName);
  };
}

/** Like `related`, for a relationship that has one entity at the other end (or none). */
export function relatedOne(types: RelationTypeValue[], direction: 'OUT' | 'IN', kinds?: EntityKindValue[]) {
  const many = related(types, direction, kinds);
  return async (row: EntityRow, _args: unknown, context: Context): Promise<EntityRow | null> =>
    (await many(row, {}, context))[0] ?? null;
}
