import DataLoader from 'dataloader';
import {
  citationsById,
  citationsOfDocuments,
  entitiesById,
  relationsOfEntities,
  representativesOfMunicipalities,
  rolesHeldIn,
  rolesOfPersons,
} from './cypher/index.js';
import type { Statement } from './cypher/statement.js';
import { toCitationRow, toEntityRow, toRelationRow, toRoleRow } from './graph/mapping.js';
import type { CitationRow, EntityRow, RelationRow, RoleRow } from './graph/rows.js';
import type { GraphStore, Row } from './graph/store.js';

// Per-request context. Every list a resolver needs is fetched through a DataLoader, so that one GraphQL
// level costs one Cypher statement however many rows it has (never a statement per row).

export interface RelationArgs {
  types: string[] | null;
  direction: 'OUT' | 'IN' | 'BOTH';
  asOf: string | null;
}

export interface Loaders {
  entity: DataLoader<string, EntityRow | null>;
  citation: DataLoader<string, CitationRow | null>;
  quotesOfDocument: DataLoader<string, CitationRow[]>;
  rolesOfPerson(asOf: string | null): DataLoader<string, RoleRow[]>;
  representatives(asOf: string | null): DataLoader<string, RoleRow[]>;
  rolesHeldIn(asOf: string | null): DataLoader<string, RoleRow[]>;
  relations(args: RelationArgs): DataLoader<string, RelationRow[]>;
}

export interface Context {
  store: GraphStore;
  loaders: Loaders;
}

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

function groupedByOwner<T>(rows: Row[], ids: readonly string[], column: string, map: (value: Row) => T): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(String(row.ownerId))?.push(map(row[column] as Row));
  return ids.map((id) => groups.get(id) ?? []);
}

/** A family of loaders keyed by their arguments (one loader per distinct asOf, filter, ...). */
function family<A, V>(make: (args: A) => DataLoader<string, V>): (args: A) => DataLoader<string, V> {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (args: A) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = make(args);
      loaders.set(key, loader);
    }
    return loader;
  };
}

function roleLoader(store: GraphStore, statement: Statement) {
  return family(
    (asOf: string | null) =>
      new DataLoader<string, RoleRow[]>(async (ids) =>
        groupedByOwner(await store.read(statement, { ids: [...ids], asOf }), ids, 'role', toRoleRow),
      ),
  );
}

/** Builds a fresh context (and fresh loader caches) for one request. */
export function createContext(store: GraphStore): Context {
  const loaders: Loaders = {
    entity: new DataLoader(async (ids) => {
      const rows = await store.read(entitiesById, { ids: [...ids] });
      return byId(
        rows.map((row) => toEntityRow(row.entity as Row)),
        ids,
      );
    }),
    citation: new DataLoader(async (ids) => {
      const rows = await store.read(citationsById, { ids: [...ids] });
      return byId(
        rows.map((row) => toCitationRow(row.citation as Row)),
        ids,
      );
    }),
    quotesOfDocument: new DataLoader(async (ids) =>
      groupedByOwner(await store.read(citationsOfDocuments, { ids: [...ids] }), ids, 'citation', toCitationRow),
    ),
    rolesOfPerson: roleLoader(store, rolesOfPersons),
    representatives: roleLoader(store, representativesOfMunicipalities),
    rolesHeldIn: roleLoader(store, rolesHeldIn),
    relations: family(
      (args: RelationArgs) =>
        new DataLoader<string, RelationRow[]>(async (ids) =>
          groupedByOwner(
            await store.read(relationsOfEntities, { ids: [...ids], ...args }),
            ids,
            'relation',
            toRelationRow,
          ),
        ),
    ),
  };
  return { store, loaders };
}
