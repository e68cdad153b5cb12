import {
  authSchemaStatements,
  backupNodes,
  backupRelationships,
  countNodes,
  deleteWholeGraph,
  editSchemaStatements,
  finishRestore,
  GRAPH_LABELS,
  GRAPH_RELATIONSHIP_TYPES,
  mergeSchemaStatements,
  restoreLabel,
  restoreNodes,
  restoreRelationships,
  restoreSchemaStatements,
  schemaStatements,
} from '../cypher/index.js';
import {
  type Backup,
  type BackupValue,
  type BackupVocabulary,
  canonicalBackup,
  type ReadNode,
  type ReadRelationship,
} from '../domain/backup.js';
import type { GraphStore, Plain, Row } from '../graph/store.js';
import { canonicalDateTime, TemporalValue } from '../graph/values.js';
import { prepareSearch } from './search-index.js';

// The whole graph to and from one backup (domain/backup.ts says the file; cypher/backup.ts the statements).

/** What a restore may write, and the unique keys it checks first (those the schema statements constrain). */
export const BACKUP_VOCABULARY: BackupVocabulary = {
  labels: GRAPH_LABELS,
  relationshipTypes: GRAPH_RELATIONSHIP_TYPES,
  uniqueKeys: { Entity: 'id', Role: 'id', Post: 'id', Citation: 'id', User: 'id', ApiToken: 'id', Edit: 'id' },
};

/** The parameters cypher/typed.ts needs. */
export const FLOORS = { dateFloor: '0001-01-01', dateTimeFloor: '0001-01-01T00:00:00Z' };
const BATCH = 1000;

interface TypedProperty {
  key: string;
  value: Plain;
  isDate: boolean;
  isDateTime: boolean;
}

function backupValue(where: string, property: TypedProperty): BackupValue {
  const { key, value } = property;
  if (property.isDate) return { $date: String(value) };
  if (property.isDateTime) {
    const iso = canonicalDateTime(String(value));
    if (iso === null) throw new Error(`${where}.${key}: a date-time the backup cannot write: ${String(value)}`);
    return { $datetime: iso };
  }
  const scalar = (item: Plain) => typeof item === 'string' || typeof item === 'boolean' || Number.isFinite(item);
  if (scalar(value) || (Array.isArray(value) && value.every(scalar))) return value as BackupValue;
  throw new Error(`${where}.${key}: a value the backup cannot write: ${JSON.stringify(value)}`);
}

/** The typed properties a statement of cypher/typed.ts returned, as the backup writes them. */
export function propertiesOf(where: string, row: Row): Record<string, BackupValue> {
  const typed = row.properties as unknown as TypedProperty[];
  return Object.fromEntries(typed.map((property) => [property.key, backupValue(where, property)]));
}

function toParam(value: BackupValue): unknown {
  if (typeof value === 'object' && !Array.isArray(value)) {
    return '$date' in value ? new TemporalValue('date', value.$date) : new TemporalValue('datetime', value.$datetime);
  }
  return value;
}

/** Properties as parameters: dates and date-times become temporal values for the engine. */
export function paramsOf(properties: Record<string, BackupValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, toParam(value)]));
}

/** Backup and restore of one store. */
export function backupData(store: GraphStore) {
  return {
    /** Reads the whole graph into a backup (two statements; the graph should not change meanwhile). */
    async read(): Promise<Backup> {
      const nodes: ReadNode<string>[] = (await store.read(backupNodes, FLOORS)).map((row) => {
        const labels = row.labels as string[];
        const unknown = labels.filter((label) => !GRAPH_LABELS.includes(label));
        if (unknown.length > 0) {
          // A new label must join the vocabulary (cypher/backup.ts) so that a restore can write it.
          throw new Error(`The graph holds a node labelled ${unknown.join(', ')}, which the backup does not know.`);
        }
        return { ref: String(row.ref), labels, properties: propertiesOf(`node ${labels.join(':')}`, row) };
      });
      const relationships: ReadRelationship<string>[] = (await store.read(backupRelationships, FLOORS)).map((row) => {
        const type = String(row.type);
        if (!GRAPH_RELATIONSHIP_TYPES.includes(type)) {
          throw new Error(`The graph holds a relationship of type ${type}, which the backup does not know.`);
        }
        return { type, from: String(row.from), to: String(row.to), properties: propertiesOf(type, row) };
      });
      return canonicalBackup(nodes, relationships);
    },

    /**
     * Replaces the whole graph with a backup checked by parseBackup, in one transaction: all of it or, on any
     * failure, nothing. Returns how many nodes it replaced.
     */
    async restore(backup: Backup): Promise<{ replaced: number }> {
      // Schema statements run on their own (Neo4j does not mix them with data in a transaction).
      for (const statement of [
        ...schemaStatements,
        ...editSchemaStatements,
        ...mergeSchemaStatements,
        ...authSchemaStatements,
        ...restoreSchemaStatements,
      ]) {
        await store.write(statement);
      }
      const [before] = await store.read(countNodes);
      await store.transaction(async (tx) => {
        await tx.run(deleteWholeGraph);
        const rows = backup.nodes.map((node, key) => ({ key, properties: paramsOf(node.properties) }));
        for (let i = 0; i < rows.length; i += BATCH) await tx.run(restoreNodes, { rows: rows.slice(i, i + BATCH) });
        for (const label of GRAPH_LABELS) {
          const keys = backup.nodes.flatMap((node, key) => (node.labels.includes(label) ? [key] : []));
          const statement = restoreLabel[label];
          if (!statement) throw new Error(`No restore statement for the label ${label}`);
          for (let i = 0; i < keys.length; i += BATCH) await tx.run(statement, { keys: keys.slice(i, i + BATCH) });
        }
        for (const type of GRAPH_RELATIONSHIP_TYPES) {
          const rels = backup.relationships
            .filter((relationship) => relationship.type === type)
            .map((relationship) => ({
              from: relationship.from,
              to: relationship.to,
              properties: paramsOf(relationship.properties),
            }));
          const statement = restoreRelationships[type];
          if (!statement) throw new Error(`No restore statement for the relationship type ${type}`);
          for (let i = 0; i < rels.length; i += BATCH) await tx.run(statement, { rows: rels.slice(i, i + BATCH) });
        }
        await tx.run(finishRestore);
      });
      // The nodes were written anew, their search texts with them: rescan them into the indexes.
      await prepareSearch(store, { rebuild: true });
      return { replaced: Number(before?.count ?? 0) };
    },
  };
}
