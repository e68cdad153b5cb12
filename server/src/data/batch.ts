import DataLoader from 'dataloader';
import type { Statement } from '../graph/statement.js';
import type { Params, Row } from '../graph/store.js';
import type { RoleListName } from './roles.js';
import type { RoleRow } from './rows.js';

// The plumbing every data module shares: one reader per request whose statements are counted in flight, loaders
// that dispatch in waves, and the two ways a batched statement's rows come back (by id, grouped by owner).

/** Runs read statements for one request. */
export interface Reader {
  read(statement: Statement, params?: Params): Promise<Row[]>;
}

/**
 * Fills other modules' loaders with rows a statement returned beside its own answer (a search hit's seats and
 * their bodies), so that the fields which would load them find them and send nothing. A row primed is the row the
 * loader's own statement would return; a key already loaded keeps its value.
 */
export interface Primer {
  /** Entity maps as a statement returns them (n {.*}); what is not an entity's map (null, an empty map) is skipped. */
  entities(maps: readonly unknown[]): void;
  /** Citation maps as a statement returns them, each with its document (`document`) when it came along. */
  citations(maps: readonly unknown[]): void;
  roles(list: RoleListName, asOf: string | null, ownerId: string, rows: RoleRow[]): void;
}

/** What a module needs to build its loaders: the request's reader, the wave scheduler's options, the primer. */
export interface Batch {
  reader: Reader;
  options: DataLoader.Options<string, unknown>;
  /** Set by the data layer once every module's loaders exist (data/index.ts); does nothing until then. */
  prime: Primer;
}

/** Rows in the order of the asked ids (null for an id that names nothing). */
export function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

/** The rows of a batched statement (`ownerId` + one column) grouped per asked id, in the order of the ids. */
export function groupedByOwner<T>(rows: Row[], ids: readonly string[], column: string, map: (value: Row) => T): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(String(row.ownerId))?.push(map(row[column] as Row));
  return ids.map((id) => groups.get(id) ?? []);
}

/** A family of loaders keyed by their arguments (one loader per distinct asOf, filter, ...). */
export function family<A, V>(make: (args: A) => DataLoader<string, V>): (args: A) => DataLoader<string, V> {
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

/** A loader of one statement `UNWIND $ids …` whose rows carry `ownerId` and one mapped column. */
export function groupLoader<T>(
  batch: Batch,
  statement: Statement,
  column: string,
  map: (value: Row) => T,
  params: Params = {},
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(
    async (ids) => groupedByOwner(await batch.reader.read(statement, { ids: [...ids], ...params }), ids, column, map),
    batch.options as DataLoader.Options<string, T[]>,
  );
}

/**
 * Dispatches DataLoader batches in waves: a batch waits until no statement of this request is in flight, so that
 * every load the answers of one wave cause lands in the next wave, whichever answer came first. Without this, the
 * number of statements of a request would depend on timing (two concurrent reads returning in either order).
 */
export function waveBatch(base: Reader): Batch {
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
  const reader: Reader = {
    async read(statement, params) {
      inFlight++;
      try {
        return await base.read(statement, params);
      } finally {
        inFlight--;
        queueCheck();
      }
    },
  };
  return {
    reader,
    prime: { entities: () => {}, citations: () => {}, roles: () => {} },
    options: {
      batchScheduleFn: (dispatch: () => void) => {
        pending.push(dispatch);
        queueCheck();
      },
    },
  };
}

/**
 * Hands on what the rows of a role list bring beside each role (roleListProjection): the holder, the body and the
 * municipality to the entities' loader, the citations with their documents to the citations' loader.
 */
export function primeRoleListRows(batch: Batch, rows: readonly Row[]): void {
  batch.prime.entities(rows.flatMap((row) => [row.person, row.heldIn, row.behalf]));
  batch.prime.citations(rows.flatMap((row) => (Array.isArray(row.citations) ? row.citations : [])));
}

/** A node's map as a statement returns it: null, or (on Grafeo, for a missing node) an empty map, is none. */
export function isEntityMap(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Row).id === 'string';
}

/** A number column that may be null (a sum over nothing). */
export const count = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
