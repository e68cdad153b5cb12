import type { Engine, Statement } from './statement.js';

/** A scalar or list value as both engines return it after normalising. */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

export type Params = Record<string, unknown>;
export type Row = Record<string, Plain>;

/** Runs statements inside one open transaction. */
export interface TransactionRunner {
  /** Runs one statement in the transaction and returns its rows as plain values. */
  run(statement: Statement, params?: Params): Promise<Row[]>;
}

/** A text index on one property of the nodes of one label (built on the space-separated tokens stored there). */
export interface TextIndexSpec {
  readonly label: string;
  readonly property: string;
  /** Neo4j's statement that creates it if it is missing (a full-text index on the whitespace analyser). */
  readonly neo4j: Statement;
}

/** The text indexes search needs, and Neo4j's statement that waits until they are online. */
export interface TextIndexPlan {
  readonly indexes: readonly TextIndexSpec[];
  readonly neo4jAwaitOnline: Statement;
}

/**
 * Nodes of one set of labels for a bulk load: each row is a node's properties (with its `id`; a TemporalValue
 * becomes the engine's own date). `neo4j` is the statement Neo4j creates them with (Grafeo has a call of its own).
 */
export interface BulkNodes {
  readonly labels: readonly string[];
  readonly rows: readonly Record<string, unknown>[];
  readonly neo4j: Statement;
}

/**
 * Relationships of one type for a bulk load, between nodes of the same load named by `id`. `neo4j` is the
 * statement Neo4j creates them with (it finds both ends through the id indexes of `schema`).
 */
export interface BulkRelationships {
  readonly type: string;
  /** The labels the two ends carry (each is found by its id among the load's nodes of that label). */
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly rows: readonly { from: string; to: string; properties: Record<string, unknown> }[];
  readonly neo4j: Statement;
}

/** A whole graph to write into an empty one (GraphStore.bulkCreate). */
export interface BulkLoad {
  /** The schema statements the graph keeps (constraints and indexes), each run on its own. */
  readonly schema: readonly Statement[];
  readonly nodes: readonly BulkNodes[];
  readonly relationships: readonly BulkRelationships[];
}

/** Told after each part of a bulk load: how many nodes and relationships are written, of how many. */
export type BulkProgress = (written: number, total: number) => void;

/** Called once per statement sent to the database (for tests that count round trips, and benchmarks). */
export type StatementListener = (statement: Statement, params: Params, ms: number) => void;

/**
 * The storage port: the one interface the API and the seed loader use. Both adapters (Neo4j, the embedded
 * Grafeo engine) run the same Cypher text and return plain JavaScript values only.
 */
export interface GraphStore {
  /** Which engine is behind the port: 'neo4j' or 'grafeo'. */
  readonly engine: Engine;
  /** A human-readable description of where the data lives (URI or folder), for logs. */
  readonly location: string;
  /** Runs a read-only statement and returns its rows. */
  read(statement: Statement, params?: Params): Promise<Row[]>;
  /** Runs one write statement in its own transaction and returns its rows. */
  write(statement: Statement, params?: Params): Promise<Row[]>;
  /** Runs `work` in one write transaction: committed if it resolves, rolled back entirely if it throws. */
  transaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T>;
  /**
   * Creates the text indexes that are missing and waits until they answer. `rebuild` rescans every node (after a
   * restore wrote the graph anew); Neo4j keeps its indexes in step by itself.
   */
  ensureTextIndexes(plan: TextIndexPlan, options?: { rebuild?: boolean }): Promise<void>;
  /**
   * How many write transactions this process has committed through the store. What is derived from the whole graph
   * (the question parser's vocabulary) is kept until it changes (data/shared.ts); another process writing to the same
   * Neo4j is not counted, so such values also expire with time there.
   */
  readonly writes: number;
  /**
   * Writes a whole graph into an empty one, in parts of many rows each (a million facts do not fit one transaction
   * on a small Neo4j heap): the fast path for a first load, not a substitute for `transaction`. The caller checks that
   * the graph is empty, and empties it again if this fails (seed/load.ts bulkLoadPlan). Each engine runs `schema`
   * when it is fastest: Neo4j first (its relationship statements find their ends through the id indexes), Grafeo
   * after the nodes (it links them by the node ids its batch call returns, and fills an index at once faster than
   * it keeps one up row by row).
   */
  bulkCreate(load: BulkLoad, onProgress?: BulkProgress): Promise<void>;
  /** Registers a listener for every statement sent; returns a function that removes it. */
  onStatement(listener: StatementListener): () => void;
  /** Releases the connection or the embedded database's files. */
  close(): Promise<void>;
}

/** Shared listener bookkeeping for the adapters. */
export class StatementListeners {
  private readonly listeners = new Set<StatementListener>();

  add(listener: StatementListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async time<T>(statement: Statement, params: Params, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      const ms = performance.now() - started;
      for (const listener of this.listeners) listener(statement, params, ms);
    }
  }
}

/** The database did not answer (stopped, unreachable, frozen, or over its time budget): worth trying again. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}
