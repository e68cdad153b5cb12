import { LABEL_OF_KIND, RELATION_TYPES, ROLE_RELATIONSHIPS } from '../domain/vocabulary.js';
import { readStatement, type Statement, writeStatement } from '../graph/statement.js';
import { AUTH_LABELS } from './auth.js';
import { EDIT_LABELS } from './edits.js';
import { INGEST_LABELS } from './ingest.js';
import { MERGE_LABELS } from './merge.js';
import { typedProperties } from './typed.js';

// Backup and restore (data/backup.ts): read every node and relationship with the type of each property, and write a
// whole graph back. Labels and relationship types cannot be parameters, so the restore has one statement per label
// and per type of the graph's fixed vocabulary (below), never one made from a file.

/** Every label a node of the graph may carry: a restore refuses a file with any other. */
export const GRAPH_LABELS: readonly string[] = [
  'Entity',
  'Role',
  'Post',
  'Citation',
  ...Object.values(LABEL_OF_KIND),
  ...AUTH_LABELS,
  ...EDIT_LABELS,
  ...MERGE_LABELS,
  ...INGEST_LABELS,
];

/** Every relationship type of the graph. */
export const GRAPH_RELATIONSHIP_TYPES: readonly string[] = [...ROLE_RELATIONSHIPS, 'FROM', ...RELATION_TYPES];

/** The label a restore gives every node while it runs (and takes away at the end), with its key `restoreKey`. */
export const RESTORE_LABELS = ['Restoring'];
/** The keys of the maps these statements take and return (for the Cypher lint). */
export const BACKUP_PROPERTY_KEYS = [
  'restoreKey',
  'ref',
  'labels',
  'properties',
  'key',
  'value',
  'isDate',
  'isDateTime',
  'from',
  'to',
  'type',
  'keys',
];

export const restoreSchemaStatements: Statement[] = [
  writeStatement('indexRestoreKey', 'CREATE INDEX restore_key IF NOT EXISTS FOR (n:Restoring) ON (n.restoreKey)'),
];

/** Every node: an internal reference (to join relationships to it), its labels, its properties with their types. */
export const backupNodes = readStatement(
  'backupNodes',
  `
MATCH (n)
RETURN elementId(n) AS ref, labels(n) AS labels, ${typedProperties('n')} AS properties
`,
);

/** Every relationship, its ends by internal reference. */
export const backupRelationships = readStatement(
  'backupRelationships',
  `
MATCH (a)-[r]->(b)
RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, ${typedProperties('r')} AS properties
`,
);

/** How many nodes the graph holds (what a restore replaces). */
export const countNodes = readStatement('countNodes', 'MATCH (n) RETURN count(n) AS count');

/** Removes every node and relationship (the first step of a restore, in its transaction). */
export const deleteWholeGraph = writeStatement('deleteWholeGraph', 'MATCH (n) DETACH DELETE n');

/** Creates nodes ($rows: {key, properties}) under the restore's own label, found again by their key. */
export const restoreNodes = writeStatement(
  'restoreNodes',
  `
UNWIND $rows AS row
CREATE (n:Restoring)
SET n = row.properties
SET n.restoreKey = row.key
`,
);

/** Per label of the vocabulary: gives the nodes with these keys ($keys) the label. */
export const restoreLabel: Readonly<Record<string, Statement>> = Object.fromEntries(
  GRAPH_LABELS.map((label) => [
    label,
    writeStatement(
      `restoreLabel${label}`,
      `
UNWIND $keys AS key
MATCH (n:Restoring {restoreKey: key})
SET n:\`${label}\`
`,
    ),
  ]),
);

/** Per relationship type of the vocabulary: creates relationships ($rows: {from, to, properties}) between keys. */
export const restoreRelationships: Readonly<Record<string, Statement>> = Object.fromEntries(
  GRAPH_RELATIONSHIP_TYPES.map((type) => [
    type,
    writeStatement(
      `restoreRelationships_${type}`,
      `
UNWIND $rows AS row
MATCH (a:Restoring {restoreKey: row.from})
MATCH (b:Restoring {restoreKey: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.properties
`,
    ),
  ]),
);

/** Takes the restore's own label and key away again (the last step of a restore). */
export const finishRestore = writeStatement(
  'finishRestore',
  `
MATCH (n:Restoring)
REMOVE n:Restoring, n.restoreKey
`,
);
