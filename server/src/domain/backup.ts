import { z } from 'zod';

// The backup file (npm run backup / restore, docs/operations.md): the whole graph as one JSON document, the same
// bytes whichever engine wrote it. Nodes are numbered by their place in the file and relationships name their ends
// by that number, so that no engine's internal id is written. Every list is in one canonical order (nodes by their
// labels and properties, relationships by their ends, type and properties; labels and property keys sorted), so that
// a backup of a restored graph is byte for byte the file it was restored from.
//
// A property is text, a number, a boolean, a list of one of these, or a typed value in the form the embedded engine
// itself uses in JSON: {"$date": "YYYY-MM-DD"}, {"$datetime": "YYYY-MM-DDTHH:MM:SS[.fff]Z|±HH:MM"}. A graph
// database cannot store a map as a property, so an object in the file is always a typed value.

/** What the first two fields of every backup say. */
export const BACKUP_FORMAT = 'regiongraf-backup';
export const BACKUP_VERSION = 1;

export type BackupScalar = string | number | boolean;
export type BackupValue = BackupScalar | BackupScalar[] | { $date: string } | { $datetime: string };

export interface BackupNode {
  labels: string[];
  properties: Record<string, BackupValue>;
}

export interface BackupRelationship {
  type: string;
  /** The place in `nodes` of the start node. */
  from: number;
  /** The place in `nodes` of the end node. */
  to: number;
  properties: Record<string, BackupValue>;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  nodes: BackupNode[];
  relationships: BackupRelationship[];
}

/** The labels and relationship types a restore may write: the graph's fixed vocabulary, never the file's. */
export interface BackupVocabulary {
  labels: readonly string[];
  relationshipTypes: readonly string[];
  /** Per label, the property that must be unique among its nodes (checked before anything is written). */
  uniqueKeys: Readonly<Record<string, string>>;
}

/** A backup file that cannot be restored: nothing has been written. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** True when `text` is a calendar date written YYYY-MM-DD (31 February is not). */
function isCalendarDate(text: string): boolean {
  if (!DATE.test(text.slice(0, 10))) return false;
  const date = new Date(`${text.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text.slice(0, 10);
}

const scalar = z.union([z.string(), z.number().refine(Number.isFinite, 'not a finite number'), z.boolean()]);
const value = z.union([
  scalar,
  z
    .array(scalar)
    .refine(
      (list) => list.every((item) => typeof item === typeof list[0]),
      'a list property must hold values of one type',
    ),
  z.strictObject({ $date: z.string().refine((text) => DATE.test(text) && isCalendarDate(text), 'not a date') }),
  z.strictObject({
    $datetime: z
      .string()
      .refine((text) => DATE_TIME.test(text) && isCalendarDate(text), 'not a date-time with an offset'),
  }),
]);
const properties = z.record(z.string().min(1), value);
const fileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  nodes: z.array(z.strictObject({ labels: z.array(z.string()), properties })),
  relationships: z.array(
    z.strictObject({
      type: z.string(),
      from: z.number().int().nonnegative(),
      to: z.number().int().nonnegative(),
      properties,
    }),
  ),
});

/** Property keys the restore uses for itself while it runs (cypher/backup.ts). */
export const RESERVED_PROPERTY_KEYS = ['restoreKey'];

const MAX_LISTED = 5;

function listed(problems: string[]): string {
  const more = problems.length > MAX_LISTED ? `\n  … and ${problems.length - MAX_LISTED} more` : '';
  return problems
    .slice(0, MAX_LISTED)
    .map((problem) => `\n  ${problem}`)
    .join('')
    .concat(more);
}

/**
 * Reads and checks a backup file completely: its format and version, every value, every label and relationship
 * type against the vocabulary, every relationship's ends, and the unique keys. Throws BackupError saying what is
 * wrong and where; a file that passes can be written without a surprise.
 */
export function parseBackup(text: string, vocabulary: BackupVocabulary): Backup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BackupError(`The file is not JSON (is it cut short or damaged?): ${(error as Error).message}`);
  }
  const head = (json ?? {}) as { format?: unknown; version?: unknown };
  if (typeof json !== 'object' || json === null || head.format !== BACKUP_FORMAT) {
    throw new BackupError(`The file is not a Regiongraf backup (its "format" is not "${BACKUP_FORMAT}").`);
  }
  if (head.version !== BACKUP_VERSION) {
    throw new BackupError(
      `The backup is of format version ${JSON.stringify(head.version)}; this Regiongraf reads version ${BACKUP_VERSION} only.`,
    );
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    throw new BackupError(
      `The backup does not have the expected shape:${listed(
        parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`),
      )}`,
    );
  }
  const backup = parsed.data as Backup;
  const problems: string[] = [];
  const labels = new Set(vocabulary.labels);
  const types = new Set(vocabulary.relationshipTypes);
  const seen = new Map<string, Set<BackupValue>>();
  backup.nodes.forEach((node, index) => {
    for (const label of node.labels) {
      if (!labels.has(label)) problems.push(`nodes.${index}: unknown label ${JSON.stringify(label)}`);
      const key = vocabulary.uniqueKeys[label];
      if (key === undefined) continue;
      const keyValue = node.properties[key];
      if (keyValue === undefined) continue;
      const values = seen.get(label) ?? new Set();
      if (values.has(keyValue))
        problems.push(`nodes.${index}: a second ${label} with ${key} ${JSON.stringify(keyValue)}`);
      values.add(keyValue);
      seen.set(label, values);
    }
    if (new Set(node.labels).size !== node.labels.length) problems.push(`nodes.${index}: a label twice`);
    for (const key of RESERVED_PROPERTY_KEYS) {
      if (key in node.properties) problems.push(`nodes.${index}: the property ${key} is reserved for restoring`);
    }
  });
  backup.relationships.forEach((relationship, index) => {
    if (!types.has(relationship.type)) {
      problems.push(`relationships.${index}: unknown relationship type ${JSON.stringify(relationship.type)}`);
    }
    for (const end of ['from', 'to'] as const) {
      if (relationship[end] >= backup.nodes.length) {
        problems.push(`relationships.${index}.${end}: there is no node ${relationship[end]}`);
      }
    }
  });
  if (problems.length > 0) throw new BackupError(`The backup cannot be restored:${listed(problems)}`);
  return backup;
}

function sortedProperties(props: Record<string, BackupValue>): Record<string, BackupValue> {
  return Object.fromEntries(
    Object.keys(props)
      .sort()
      .map((key) => [key, props[key] as BackupValue]),
  );
}

/** A node as read from an engine: its internal reference (never written out), labels and properties. */
export interface ReadNode<Ref> {
  ref: Ref;
  labels: string[];
  properties: Record<string, BackupValue>;
}

/** A relationship as read from an engine, its ends by internal reference. */
export interface ReadRelationship<Ref> {
  type: string;
  from: Ref;
  to: Ref;
  properties: Record<string, BackupValue>;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Puts what was read into the canonical order and numbers the nodes (see the top of this file). */
export function canonicalBackup<Ref>(nodes: ReadNode<Ref>[], relationships: ReadRelationship<Ref>[]): Backup {
  const keyed = nodes.map((node) => {
    const out: BackupNode = { labels: [...node.labels].sort(compare), properties: sortedProperties(node.properties) };
    return { ref: node.ref, node: out, sortKey: JSON.stringify(out) };
  });
  keyed.sort((a, b) => compare(a.sortKey, b.sortKey));
  const place = new Map<Ref, number>(keyed.map((entry, index) => [entry.ref, index]));
  const placeOf = (ref: Ref): number => {
    const found = place.get(ref);
    if (found === undefined) throw new Error('A relationship ends at a node that was not read: read them together.');
    return found;
  };
  const rels = relationships.map((relationship) => {
    const out: BackupRelationship = {
      type: relationship.type,
      from: placeOf(relationship.from),
      to: placeOf(relationship.to),
      properties: sortedProperties(relationship.properties),
    };
    return { rel: out, sortKey: JSON.stringify(out.properties) };
  });
  rels.sort(
    (a, b) =>
      a.rel.from - b.rel.from ||
      a.rel.to - b.rel.to ||
      compare(a.rel.type, b.rel.type) ||
      compare(a.sortKey, b.sortKey),
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    nodes: keyed.map((entry) => entry.node),
    relationships: rels.map((entry) => entry.rel),
  };
}

/** The file's text: one node or relationship a line (readable, and a diff of two backups says what changed). */
export function serialiseBackup(backup: Backup): string {
  const lines = (items: unknown[]) => items.map((item) => JSON.stringify(item)).join(',\n');
  return (
    `{"format":${JSON.stringify(backup.format)},"version":${backup.version},\n` +
    `"nodes":[\n${lines(backup.nodes)}\n],\n` +
    `"relationships":[\n${lines(backup.relationships)}\n]}\n`
  );
}
