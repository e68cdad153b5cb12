import { ANONYMOUS, type RequestAuth } from './auth/identity.js';
import { createDataLayer, type DataLayer } from './data/index.js';
import type { GraphStore } from './graph/store.js';
import { refusal } from './limits.js';

// Per-request context: wiring only. Every list a resolver needs comes from the data layer, whose loaders batch so
// that one GraphQL level costs one Cypher statement however many rows it has (never a statement per row). The
// request's bounds (deadline, disconnect, rows read) wrap the store the data layer reads through.

export interface Context {
  data: DataLayer;
  /** Who is asking (auth/http.ts); checked for every root field by auth/directive.ts. */
  auth: RequestAuth;
}

/** What bounds one request: its deadline or disconnect (signal) and how many rows it may read. */
export interface RequestBounds {
  /** Aborted when the deadline passes or the client goes away; its reason is the error reads then fail with. */
  signal?: AbortSignal;
  maxRows?: number;
  /** The clock edits are stamped with (tests move it; AppOptions.now). */
  now?: () => Date;
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
export function createContext(
  baseStore: GraphStore,
  bounds: RequestBounds = {},
  auth: RequestAuth = ANONYMOUS,
): Context {
  let rowsRead = 0;
  const store: GraphStore = {
    ...baseStore,
    get writes() {
      return baseStore.writes;
    },
    read: (statement, params) =>
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
  };
  return { data: createDataLayer(store, bounds.now, baseStore), auth };
}
