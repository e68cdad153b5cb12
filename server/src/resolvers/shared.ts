import type { Context } from '../context.js';
import type { CitationRow, EntityKindValue, EntityRow, RelationRow } from '../graph/rows.js';

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

/** Loads citations by id, keeping their order and dropping none silently. */
export async function loadCitations(ids: readonly string[], context: Context): Promise<CitationRow[]> {
  const rows = await context.loaders.citation.loadMany([...ids]);
  return rows.filter((row): row is CitationRow => row !== null && !(row instanceof Error));
}

export const entityFields = {
  citations: (row: EntityRow, _args: unknown, context: Context) => loadCitations(row.citationIds, context),
  relations: (
    row: EntityRow,
    args: { types?: readonly string[] | null; direction?: 'OUT' | 'IN' | 'BOTH' | null; asOf?: string | null },
    context: Context,
  ): Promise<RelationRow[]> =>
    context.loaders
      .relations({
        types: args.types ? [...args.types] : null,
        direction: args.direction ?? 'BOTH',
        asOf: args.asOf ?? null,
      })
      .load(row.id),
};
