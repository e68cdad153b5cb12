import type { Context } from '../context.js';
import type { CitationRow, EditRow, EntityRow, RelationRow, RoleListName, RoleRow } from '../data/index.js';
import { isIsoDate } from '../domain/dates.js';
import { eventSortKey } from '../domain/events.js';
import { compareNames, compareNumbers } from '../domain/names.js';
import { InputError } from '../domain/page.js';
import { byPeriodThenTitle } from '../domain/roles.js';
import type { EntityKindValue, RelationTypeValue } from '../domain/vocabulary.js';
import { TYPENAME_OF_KIND } from '../domain/vocabulary.js';

// What many resolvers share: loading the entity an id names, relationship fields, role lists, input checks.

/** The GraphQL type of an entity row. */
export function typenameOfEntity(row: EntityRow) {
  return TYPENAME_OF_KIND[row.kind];
}

/**
 * The entity an id stored in the graph names (a dangling id is a bug, not the user's fault): at once when a
 * statement brought it along (DataLayer.known), else loaded in the next wave.
 */
export function required(id: string, context: Context): EntityRow | Promise<EntityRow> {
  return context.data.known.entity(id) ?? loadRequired(id, context);
}

async function loadRequired(id: string, context: Context): Promise<EntityRow> {
  const row = await context.data.entities.byId.load(id);
  if (row === null) throw new Error(`Dangling reference to ${id}`);
  return row;
}

/** The entity an id names, or null for a null id. */
export const optional = (id: string | null, context: Context): EntityRow | Promise<EntityRow | null> | null =>
  id === null ? null : (context.data.known.entity(id) ?? context.data.entities.byId.load(id));

/** The citations of a fact, in order: at once when all came with the fact (DataLayer.known), else loaded. */
export function citationsOf(ids: readonly string[], context: Context): CitationRow[] | Promise<CitationRow[]> {
  const known: CitationRow[] = [];
  for (const id of ids) {
    const row = context.data.known.citation(id);
    if (!row) return context.data.citations.many(ids);
    known.push(row);
  }
  return known;
}

/** The entities the ids name, in their order, leaving out any that is gone. */
export async function existing(ids: readonly string[], context: Context): Promise<EntityRow[]> {
  return (await context.data.entities.byId.loadMany([...ids])).filter(
    (row): row is EntityRow => row !== null && !(row instanceof Error),
  );
}

/** A date argument: null when absent, an InputError when not written YYYY-MM-DD. */
export function dateArgument(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!isIsoDate(value)) throw new InputError(`"${name}" must be a date written YYYY-MM-DD.`, name);
  return value;
}

/** A list argument: null (no filter) when absent or empty. */
export const listArgument = <T>(values: readonly T[] | null | undefined): T[] | null =>
  values && values.length > 0 ? [...values] : null;

/** Every relationship of an entity (optionally on one day), from the one loader all relationship fields share. */
export function allRelations(id: string, asOf: string | null, context: Context): Promise<RelationRow[]> {
  return context.data.relations.ofEntity(asOf).load(id);
}

const byNumberThenName = (a: EntityRow, b: EntityRow) =>
  compareNumbers(a.number ?? '', b.number ?? '') || compareNames(a.name, b.name);

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
    const others = await existing(otherIds, context);
    return others.filter((other) => !kinds || kinds.includes(other.kind)).sort(byNumberThenName);
  };
}

/** Like `related`, for a relationship that has one entity at the other end (or none). */
export function relatedOne(types: RelationTypeValue[], direction: 'OUT' | 'IN', kinds?: EntityKindValue[]) {
  const many = related(types, direction, kinds);
  return async (row: EntityRow, _args: unknown, context: Context): Promise<EntityRow | null> =>
    (await many(row, {}, context))[0] ?? null;
}

/** The relationships of one type that end at (IN) or start from (OUT) this entity. */
export function relationsOf(type: RelationTypeValue, direction: 'OUT' | 'IN') {
  return async (row: EntityRow, _args: unknown, context: Context): Promise<RelationRow[]> =>
    (await allRelations(row.id, null, context)).filter(
      (relation) => relation.type === type && (direction === 'OUT' ? relation.fromId : relation.toId) === row.id,
    );
}

/** A `roles(asOf)` field over one of the batched role lists, newest first. */
export function rolesField(list: RoleListName) {
  return async (row: EntityRow, args: { asOf?: string | null }, context: Context): Promise<RoleRow[]> => {
    const roles = await context.data.roles.list(list, args.asOf ?? null).load(row.id);
    return [...roles].sort(byPeriodThenTitle);
  };
}

/** The dated events that concern an entity, oldest first, undated last (domain/events.ts). */
async function eventsOf(row: EntityRow, _args: unknown, context: Context): Promise<EntityRow[]> {
  const events = await related(['CONCERNS'], 'IN', ['EVENT'])(row, {}, context);
  return events.sort((a, b) => eventSortKey(a).localeCompare(eventSortKey(b)) || compareNames(a.name, b.name));
}

/** What every fact (entity, role, relation) says of its edits: history, version, staff notes (docs/edits.md). */
export const factEditFields = {
  history: async (row: { id: string }, _args: unknown, context: Context): Promise<EditRow[]> => {
    const edits = await context.data.edits.history.load(row.id);
    return [...edits].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  },
  version: (row: { version: number }) => row.version,
  // Most facts have no note: nothing to load, and nothing to wait for.
  notes: (row: { noteEditIds: string[] }, _args: unknown, context: Context): EditRow[] | Promise<EditRow[]> =>
    row.noteEditIds.length === 0 ? [] : approvedNotes(row.noteEditIds, context),
};

async function approvedNotes(ids: string[], context: Context): Promise<EditRow[]> {
  const edits = await context.data.edits.byId.loadMany(ids);
  return edits.filter(
    (edit): edit is EditRow => edit !== null && !(edit instanceof Error) && edit.status === 'APPROVED',
  );
}

/** The fields every entity type shares (the Entity interface), spread into each type's resolvers. */
export const entityFields = {
  ...factEditFields,
  events: eventsOf,
  citations: (row: EntityRow, _args: unknown, context: Context) => citationsOf(row.citationIds, context),
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
