import DataLoader from 'dataloader';
import { citationsById, citationsOfDocuments } from '../cypher/index.js';
import type { Row } from '../graph/store.js';
import { type Batch, byId, groupLoader } from './batch.js';
import { toCitationRow } from './mapping.js';
import type { CitationRow } from './rows.js';

/** Citations (document + verbatim quote). */
export interface CitationsData {
  /** One citation by id per load, batched. */
  byId: DataLoader<string, CitationRow | null>;
  /** The quotes taken from each document, batched. */
  ofDocument: DataLoader<string, CitationRow[]>;
  /**
   * Citations by id, in the order asked. A fact whose citation is not in the graph is a broken graph, not a fact
   * without a source: it fails (logged, an INTERNAL_SERVER_ERROR to the client) rather than show fewer sources.
   */
  many(ids: readonly string[]): Promise<CitationRow[]>;
}

export function citationsData(batch: Batch): CitationsData {
  const loader = new DataLoader<string, CitationRow | null>(
    async (ids) => {
      const rows = await batch.reader.read(citationsById, { ids: [...ids] });
      return byId(
        rows.map((row) => toCitationRow(row.citation as Row)),
        ids,
      );
    },
    batch.options as DataLoader.Options<string, CitationRow | null>,
  );
  return {
    byId: loader,
    ofDocument: groupLoader(batch, citationsOfDocuments, 'citation', toCitationRow),
    async many(ids) {
      const rows = await loader.loadMany([...ids]);
      const missing = ids.filter((_id, index) => rows[index] === null || rows[index] instanceof Error);
      if (missing.length > 0) throw new Error(`Citations missing from the graph: ${missing.join(', ')}`);
      return rows as CitationRow[];
    },
  };
}
