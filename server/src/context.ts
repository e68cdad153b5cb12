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
import { refusal } from './limits.js';

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

function roleLoader(store: GraphStore, statement: Statement, options: DataLoader.Options<string, RoleRow[]>) {
  return family(
    (asOf: string | null) =>
      new DataLoader<string, RoleRow[]>(
        async (ids) => groupedByOwner(await store.read(statement, { ids: [...ids], asOf }), ids, 'role', toRoleRow),
        options,
      ),
  );
}

/**
 * Dispatches DataLoader batches in waves: a batch waits until no statement of this request is in flight, so that
 * every load the answers of one wave cause lands in the next wave, whichever answer came first. Without this, the
 * number of statements of a request would depend on timing (two concurrent reads returning in either order).
 */
function waveScheduler() {
  let inFlight = 0;
  let checkQueued = false;
  const pending: (() => void)[] = [];
  const check = () => {
    checkQueued = false;
    if (inFlight > 0 || pending.length === 0) return;
    for (const dispatch of pending.splice(0)) dispatch();
  };
  // setImmediate runs after the promise continuations of a finished read, which is when they enqueue new loads.
  const queueCheck = () => {
    if (!checkQueued) {
      checkQueued = true;
      setImmediate(check);
    }
  };
  return {
    schedule(dispatch: () => void) {
      pending.push(dispatch);
      queueCheck();
    },
    async track<T>(work: () => Promise<T>): Promise<T> {
      inFlight++;
      try {
        return await work();
      } finally {
        inFlight--;
        queueCheck();
      }
    },
  };
}

/** What bounds one request: its deadline or disconnect (signal) and how many rows it may read. */
export interface RequestBounds {
  /** Aborted when the deadline passes or the client goes away; its reason is the error reads then fail with. */
  signal?: AbortSignal;
  maxRows?: number;
}

/** Fails at once when the request was aborted, and whenever it is aborted while a read is in flight. */
function bounded<T>(signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
  if (!signal) return work();
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    work().then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

/** Builds a fresh context (and fresh loader caches) for one request. */
export function createContext(baseStore: GraphStore, bounds: RequestBounds = {}): Context {
  const waves = waveScheduler();
  let rowsRead = 0;
  const store: GraphStore = {
    ...baseStore,
    read: (statement, params) =>
      waves.track(() =>
        bounded(bounds.signal, async () => {
          const rows = await baseStore.read(statement, params);
          rowsRead += rows.length;
          if (bounds.maxRows !== undefined && rowsRead > bounds.maxRows) {
            throw refusal(
              'RESPONSE_TOO_LARGE',
              `This request read more than ${bounds.maxRows} rows from the database. Ask for less at a time.`,
            );
          }
          return rows;
        }),
      ),
  };
  const options = { batchScheduleFn: (dispatch: () => void) => waves.schedule(dispatch) };
  const loaders: Loaders = {
    entity: new DataLoader(async (ids) => {
      const rows = await store.read(entitiesById, { ids: [...ids] });
      return byId(
        rows.map((row) => toEntityRow(row.entity as Row)),
        ids,
      );
    }, options),
    citation: new DataLoader(async (ids) => {
      const rows = await store.read(citationsById, { ids: [...ids] });
      return byId(
        rows.map((row) => toCitationRow(row.citation as Row)),
        ids,
      );
    }, options),
    quotesOfDocument: new DataLoader(
      async (ids) =>
        groupedByOwner(await store.read(citationsOfDocuments, { ids: [...ids] }), ids, 'citation', toCitationRow),
      options,
    ),
    rolesOfPerson: roleLoader(store, rolesOfPersons, options),
    representatives: roleLoader(store, representativesOfMunicipalities, options),
    rolesHeldIn: roleLoader(store, rolesHeldIn, options),
    relations: family(
      (args: RelationArgs) =>
        new DataLoader<string, RelationRow[]>(
          async (ids) =>
            groupedByOwner(
              await store.read(relationsOfEntities, { ids: [...ids], ...args }),
              ids,
              'relation',
              toRelationRow,
            ),
          options,
        ),
    ),
  };
  return { store, loaders };
}
