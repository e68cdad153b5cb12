import { linksOfEntities, MAX_PATH_HOPS, pathsStatements } from '../cypher/index.js';
import type { PathNode, PathRelationship } from '../domain/links.js';
import type { EntityKindValue } from '../domain/vocabulary.js';
import type { Row } from '../graph/store.js';
import type { Batch } from './batch.js';
import { type KindedLink, toLinkRow } from './mapping.js';

export { MAX_PATH_HOPS };

/** The network view and the connection finder. */
export interface NetworkData {
  /** Every link touching each of the entities (fact relationships and roles seen as links), on `asOf`. */
  linksOf(ids: string[], asOf: string | null): Promise<{ ownerId: string; link: KindedLink }[]>;
  /** The shortest paths of at most `hops` links between two entities, through entities of `kinds` only. */
  paths(query: {
    from: string;
    to: string;
    hops: number;
    kinds: EntityKindValue[] | null;
    first: number;
  }): Promise<{ nodes: PathNode[]; relationships: PathRelationship[] }[]>;
}

export function networkData(batch: Batch): NetworkData {
  const { reader } = batch;
  return {
    async linksOf(ids, asOf) {
      const rows = await reader.read(linksOfEntities, { ids, asOf });
      return rows.map((row) => ({ ownerId: String(row.ownerId), link: toLinkRow(row.link as Row) }));
    },
    async paths({ from, to, hops, kinds, first }) {
      const statement = pathsStatements.get(hops);
      if (!statement) throw new RangeError(`No path statement for ${hops} hops`);
      const rows = await reader.read(statement, { from, to, kinds, first });
      return rows.map((row) => ({
        nodes: row.nodes as unknown as PathNode[],
        relationships: row.relationships as unknown as PathRelationship[],
      }));
    },
  };
}
